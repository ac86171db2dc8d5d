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
}

export interface DeadlineSettings {
  /** User rules, tried before the defaults; first match wins. */
  payerRules?: PayerRule[];
}

export type DeadlineKind = 'timely-filing' | 'appeal';

export interface Deadline {
  kind: DeadlineKind;
  rule: PayerRule;
  /** Day the window starts counting from. */
  from: string;
  /** Last day to act (inclusive). */
  due: string;
  /** Days from today to `due`: negative once passed. */
  daysLeft: number;
}
