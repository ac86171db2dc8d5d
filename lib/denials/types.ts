/**
 * The denial playbook: for the CARCs and RARCs staff meet most, what the code means in plain words
 * (our own, never X12's wording) and what to do next. Codes outside it fall back to the official
 * description when the user imported the X12 lists (lib/denials/x12-import.ts), else to a hint.
 */
import type { AdjustmentGroup } from '@/lib/claim/types';
import type { TemplateId } from './letters';

/** The usual next steps; the UI shows them as labels (`playbook.action.<id>`). */
export type PlaybookAction =
  | 'corrected-claim' | 'appeal' | 'bill-patient' | 'send-records' | 'retro-authorization'
  | 'verify-eligibility' | 'bill-other-payer' | 'call-payer' | 'write-off' | 'no-action'
  /** Original Medicare: a reopening (clerical error) or adjustment bill (Part A) replaces a corrected claim. */
  | 'reopening' | 'adjustment-bill' | 'new-claim';

/**
 * 'denial': the line was refused and needs work; 'routine': an expected reduction (contract,
 * deductible); 'alert': information that changes no money by itself.
 */
export type PlaybookKind = 'denial' | 'routine' | 'alert';

export interface PlaybookText {
  title: string;
  explanation: string;
  steps: string[];
}

export interface PlaybookEntry {
  list: 'carc' | 'rarc';
  code: string;
  kind: PlaybookKind;
  actions: PlaybookAction[];
  template: TemplateId | null;
  en: PlaybookText;
  fr: PlaybookText;
  /**
   * Text that replaces en/fr for one group code: what a CARC means for who pays depends on the
   * group (CO-45 may not be billed to the patient; PR-45 is the patient's under the plan's rules).
   */
  byGroup?: Partial<Record<AdjustmentGroup, { en: PlaybookText; fr: PlaybookText }>>;
}

export interface GroupInfo {
  group: AdjustmentGroup;
  en: { name: string; explanation: string };
  fr: { name: string; explanation: string };
}

/** Official descriptions imported by the user, keyed by code as X12 prints it ("45", "N130"). */
export interface OfficialLists {
  carc: ReadonlyMap<string, string>;
  rarc: ReadonlyMap<string, string>;
}

export type Explanation =
  | { inPlaybook: true; code: string; group: GroupInfo | null; entry: PlaybookEntry }
  | {
      inPlaybook: false;
      code: string;
      group: GroupInfo | null;
      /** The imported official description, or null when the lists were not imported. */
      official: string | null;
    };
