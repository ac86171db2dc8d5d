/**
 * The payer rule form as text fields (what the user typed, kept as typed) and the way back to a
 * `PayerRule`. Whether a rule is valid is decided by `validatePayerRule` only; this file turns its
 * field errors into translated messages next to the field that caused them.
 */
import { validatePayerRule, type PayerRule, type RuleError } from '@/lib/deadlines';
import { t } from '@/lib/platform/i18n';
import { defaultRuleFor } from '@/lib/deadlines';
import { PAYER_TYPES, type PayerType } from '@/lib/deadlines/payer-type';

export interface RuleDraft {
  label: string;
  payerMatch: string;
  filingCount: string;
  filingUnit: 'days' | 'months';
  timelyFilingFrom: PayerRule['timelyFilingFrom'];
  appealDays: string;
  appealFrom: PayerRule['appealFrom'];
  secondLevelDays: string;
  /** '' = any payer type (match by name only). */
  payerType: PayerType | '';
  /** Days of presumed mail receipt added before the appeal window counts ('' = none). */
  receiptDays: string;
}

/** Fields a message can sit beside; 'rule' is the rule as a whole (a missing id, not an object). */
export type DraftField = Exclude<keyof RuleDraft, 'filingUnit'> | 'rule';
export type DraftErrors = Partial<Record<DraftField, string>>;

// The bounds validatePayerRule enforces (lib/deadlines/validate.ts); rule-form.test.ts
// checks both ends against it, so the messages cannot drift from the validator.
export const MAX_DAYS = 3650;
export const MAX_MONTHS = 120;

export const EMPTY_DRAFT: RuleDraft = {
  label: '', payerMatch: '', filingCount: '', filingUnit: 'days', timelyFilingFrom: 'dos',
  appealDays: '', appealFrom: 'determination', secondLevelDays: '', payerType: '', receiptDays: '',
};

const text = (v: unknown): string => (typeof v === 'number' || typeof v === 'string' ? String(v) : '');

/** A stored rule (possibly hand-edited or damaged) as form fields. */
export function draftFromRule(raw: unknown): RuleDraft {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof PayerRule, unknown>>;
  const months = r.timelyFilingMonths != null;
  return {
    label: text(r.label),
    payerMatch: text(r.payerMatch),
    filingCount: text(months ? r.timelyFilingMonths : r.timelyFilingDays),
    filingUnit: months ? 'months' : 'days',
    timelyFilingFrom: r.timelyFilingFrom === 'discharge' ? 'discharge' : 'dos',
    appealDays: text(r.appealDays),
    appealFrom: r.appealFrom === 'paidDate' ? 'paidDate' : 'determination',
    secondLevelDays: text(r.secondLevelDays),
    payerType: (PAYER_TYPES as readonly unknown[]).includes(r.payerType) ? r.payerType as PayerType : '',
    receiptDays: text(r.receiptDays),
  };
}

/** Digits only: "90" -> 90; "" -> undefined; anything else ("90.5", "1e2", "-3") -> NaN, refused. */
function count(value: string): number | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  return /^\d+$/.test(v) ? Number(v) : Number.NaN;
}

export function ruleFromDraft(draft: RuleDraft, id: string): PayerRule {
  const filing = count(draft.filingCount);
  const second = count(draft.secondLevelDays);
  const rule: PayerRule = {
    id,
    label: draft.label.trim(),
    payerMatch: draft.payerMatch.trim(),
    timelyFilingFrom: draft.timelyFilingFrom,
    appealDays: count(draft.appealDays) as number,
    appealFrom: draft.appealFrom,
  };
  if (filing !== undefined) rule[draft.filingUnit === 'months' ? 'timelyFilingMonths' : 'timelyFilingDays'] = filing;
  if (second !== undefined) rule.secondLevelDays = second;
  const receipt = count(draft.receiptDays);
  if (receipt !== undefined) rule.receiptDays = receipt;
  if (draft.payerType) {
    rule.payerType = draft.payerType;
    // A rule for a payer type keeps the name of that type's first appeal level (redetermination ...).
    const level = defaultRuleFor(draft.payerType).appealLevelKey;
    if (level) rule.appealLevelKey = level;
  }
  return rule;
}

/** The validator's errors as one translated message per form field. */
export function draftErrors(errors: readonly RuleError[], draft: RuleDraft): DraftErrors {
  const out: DraftErrors = {};
  for (const e of errors) {
    switch (e.field) {
      case 'label': out.label = t('claimsSettings.error.label'); break;
      case 'payerMatch': out.payerMatch = t('claimsSettings.error.payerMatch'); break;
      case 'timelyFilingDays':
      case 'timelyFilingMonths':
        out.filingCount = draft.filingCount.trim() === ''
          ? t('claimsSettings.error.filingMissing')
          : draft.filingUnit === 'months'
            ? t('claimsSettings.error.filingMonths', { max: MAX_MONTHS })
            : t('claimsSettings.error.filingDays', { max: MAX_DAYS });
        break;
      case 'timelyFilingFrom': out.timelyFilingFrom = t('claimsSettings.error.filingFrom'); break;
      case 'appealDays': out.appealDays = t('claimsSettings.error.appealDays', { max: MAX_DAYS }); break;
      case 'appealFrom': out.appealFrom = t('claimsSettings.error.appealFrom'); break;
      case 'secondLevelDays': out.secondLevelDays = t('claimsSettings.error.secondLevel', { max: MAX_DAYS }); break;
      case 'payerType': out.payerType = t('claimsSettings.error.payerType'); break;
      case 'receiptDays': out.receiptDays = t('claimsSettings.error.receiptDays'); break;
      default: out.rule = t('claimsSettings.error.rule');
    }
  }
  return out;
}

/** Validates the form; the rule only when every field is right. */
export function checkDraft(draft: RuleDraft, id: string): { rule: PayerRule | null; errors: DraftErrors } {
  const { rule, errors } = validatePayerRule(ruleFromDraft(draft, id));
  return { rule, errors: draftErrors(errors, draft) };
}

/** Why a stored rule is not used (empty when it is valid). */
export function storedRuleProblems(raw: unknown): string[] {
  const { errors } = validatePayerRule(raw);
  const out = draftErrors(errors, draftFromRule(raw));
  // A form holds one count, but a stored rule may hold both (the validator's "one of the two").
  const r = raw as Partial<PayerRule> | null;
  if (out.filingCount && r?.timelyFilingDays != null && r.timelyFilingMonths != null) out.filingCount = t('claimsSettings.error.filingBoth');
  return Object.values(out);
}
