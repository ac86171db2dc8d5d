/**
 * The cross-check contract: what `checkClaim` returns and what it is given besides the claim.
 *
 * A finding carries both a rendered English `message`/`fix` (so `npm run check -- --json` reads on
 * its own) and the catalog keys + params the UI needs to show it in the user's language.
 */
import type { Claim } from '@/lib/claim/types';
import type { CodeEntry, CodeSystem, CodeTables, DosValidity } from '@/lib/codes/types';
import type { PayerRule } from '@/lib/deadlines/types';
import type { OfficialLists } from '@/lib/denials/types';
import type { TemplateId } from '@/lib/denials/letters';
import type { EditsIndex } from '@/lib/edits/edits-index';
import type { EditsAnalysis } from '@/lib/edits/analyze';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Where the problem is; indexes are 0-based (diagnosis 0 = letter A, line 0 = first line). */
export type Where = { claim: true } | { diagnosis: number } | { line: number };


export type FindingParams = Record<string, string | number>;

export interface Finding {
  /** Rule id, also the file name under rules/ ("icd10-header"). */
  rule: string;
  severity: Severity;
  where: Where;
  /** The code the finding is about, in display form, or null (amounts, deadlines). */
  code: string | null;
  /** English text, rendered from `messageKey` + `params`. */
  message: string;
  /** English text of what to do, rendered from `fixKey` + `params`. */
  fix: string;
  messageKey: string;
  fixKey: string;
  params: FindingParams;
  /** Codes the fix offers (replacements, billable descendants, GEMs targets), display form. */
  suggestions: string[];
  /** The appeal/letter template that fits the fix, when one does. */
  templateId: TemplateId | null;
  /**
   * Where the rule's fact comes from (code release and its effective date, guideline section,
   * regulation, payer rule in options), rendered in English; '' when the finding only reports what
   * the page shows. `sourceKey` renders it in the UI locale with the same params.
   */
  source: string;
  sourceKey: string | null;
  /** Every line (0-based) the finding is about when one finding stands for several (CO-45 on four lines). */
  lines?: number[];
}

/** Caller-provided settings; the integrator keeps `payerRules` and `disabledRules` in storage.local. */
export interface CheckSettings {
  /** The user's own payer rules, tried before the built-in defaults (first match wins). */
  payerRules?: PayerRule[];
  /** Rule ids the user switched off. */
  disabledRules?: string[];
  /**
   * Official CARC/RARC descriptions the user imported (lib/denials/x12-import.ts), loaded by the caller
   * before checking; used for codes outside the playbook. Not a stored setting.
   */
  officialLists?: OfficialLists | null;
  /**
   * NCCI PTP, MUE and add-on code edits the user imported (lib/edits), loaded by the caller; absent
   * or null = the ncci-* rules stay silent. Not a stored setting.
   */
  edits?: EditsIndex | null;
  /**
   * Contract paths the reader was not sure of (ExtractionResult.unsure): unknown to every rule,
   * reported once by the extraction-unsure rule. Not a stored setting.
   */
  unsure?: readonly string[];
}

export interface DiagnosisInfo {
  index: number;
  /** As on the claim. */
  raw: string;
  /** Upper-case letters and digits only ("S52521A"). */
  body: string;
  /** Which system the code was found in; null when in none. */
  system: 'icd10cm' | 'icd9cm' | null;
  /** Display form from the tables, or the raw code upper-cased when unknown. */
  display: string;
  /** Distinct dates of service of the lines that point at it, else the claim's; may be empty. */
  dates: string[];
}

export interface CheckContext {
  claim: Claim;
  tables: CodeTables;
  settings: CheckSettings;
  today: string;
  /** Per line: its own service date, else the claim's from date, else null. */
  lineDates: (string | null)[];
  /** The claim's date of service: from date, else the earliest line date, else null. */
  claimDate: string | null;
  diagnoses: DiagnosisInfo[];
  /** `tables.validity`, memoised for this check (a 200-line claim asks the same code many times). */
  validity(system: CodeSystem, code: string, dos: string): DosValidity;
  /** `tables.get`, memoised for this check. */
  get(system: CodeSystem, code: string): CodeEntry | null;
  /** The imported NCCI edits (`settings.edits`), or null. */
  edits: EditsIndex | null;
  /** What the edits say about this claim's lines, worked out once on first use; null without edits. */
  editsAnalysis(): EditsAnalysis | null;
}

export interface Rule {
  id: string;
  check(ctx: CheckContext): Finding[];
}
