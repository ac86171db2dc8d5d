import type { PayerType } from './payer-type';

/**
 * Per-payer filing and appeal windows. Payer rules are not PHI: the integrator keeps the user's
 * rules in storage.local and the options page edits them; the built-in defaults are in defaults.ts.
 */

export interface PayerRule {
  /** Stable id ("medicare", or a uuid for a user rule). */
  id: string;
  /** Shown in findings and options ("Medicare (MAC)", "Aetna — per contract"). */
  label: string;
  /** Catalog key of the label, for built-in rules (shown translated); user rules leave it out. */
  labelKey?: string;
  /**
   * Which payers it applies to: alternatives separated by `|`, each matched case-insensitively as
   * a substring of "payer name + portal id"; `*` matches any run of characters ("blue*shield|bcbs").
   */
  payerMatch: string;
  /** Exactly one of the two: a window in days, or in calendar months (Medicare counts 12 months). */
  timelyFilingDays?: number;
  timelyFilingMonths?: number;
  /** 'dos': from the (first) date of service; 'discharge': from the through/discharge date. */
  timelyFilingFrom: 'dos' | 'discharge';
  /** First-level appeal window (Medicare: redetermination) in days. */
  appealDays: number;
  /**
   * 'determination': from the initial determination (the remittance/denial date the portal shows);
   * 'paidDate': from the check/EFT date. Both read `claim.paidDate`, the only determination date a
   * claim page gives; the choice is kept so the options page and letters can word it right.
   */
  appealFrom: 'determination' | 'paidDate';
  /** Second-level window counted from the first-level decision (Medicare reconsideration: 180). */
  secondLevelDays?: number;
  /** Catalog key of a caution shown with the deadline ("check your state's manual"). */
  noteKey?: string;
  /**
   * Built-in defaults apply to a payer type (lib/deadlines/payer-type.ts) instead of names; a user
   * rule may set it too, to replace the default for every payer of that type.
   */
  payerType?: PayerType;
  /**
   * Days between the notice date and its presumed receipt, added before the appeal window counts
   * (Medicare: 5 days, 42 CFR 405.942(a)(1)). 0 or absent: counted from the notice date itself.
   */
  receiptDays?: number;
  /** Catalog key naming the first appeal level ("redetermination", "reconsideration"). */
  appealLevelKey?: string;
  /** Where the numbers come from (regulation or "default"), shown beside them. */
  sourceKey?: string;
  /** True for built-in defaults that are a safe guess, not the payer's published rule. */
  isDefault?: boolean;
}

export interface DeadlineSettings {
  /** User rules, tried before the defaults; first match wins. */
  payerRules?: PayerRule[];
}

/**
 * 'timely-filing': get a (new) claim on file; 'appeal': first appeal level; 'reopening': Original
 * Medicare's reopening for clerical errors (1 year from the initial determination, 42 CFR 405.980);
 * 'adjustment': Part A adjustment bill (TOB xx7) while timely filing is open.
 */
export type DeadlineKind = 'timely-filing' | 'appeal' | 'reopening' | 'adjustment';

export interface Deadline {
  kind: DeadlineKind;
  rule: PayerRule;
  /** Day the window starts counting from. */
  from: string;
  /** Last day to act (inclusive). */
  due: string;
  /** Days from today to `due`: negative once passed. */
  daysLeft: number;
  /** The payer type the claim was classified as (decides the remedy). */
  payerType: PayerType;
  /** How `due` was counted, so the UI can say it: calendar days or months, receipt presumption. */
  counting: DeadlineCounting;
}

export interface DeadlineCounting {
  unit: 'days' | 'months';
  count: number;
  /** The event counted from: date of service, through date, notice date. */
  start: 'dos' | 'discharge' | 'notice';
  /** Days added to the notice date for presumed receipt (0 = none). */
  receiptDays: number;
  /** Always false: a due date on a weekend or holiday is not moved to the next business day here. */
  rollsForward: false;
}
