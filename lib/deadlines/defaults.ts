/**
 * Built-in payer rules, one per payer type (lib/deadlines/payer-type.ts), used when none of the
 * user's rules matches. Safe on purpose: a window shown shorter than the real one costs a reminder,
 * a longer one costs a claim. Every figure that is not a published rule is labelled a default.
 */
import type { PayerType } from './payer-type';
import type { PayerRule } from './types';

// Original Medicare (both parts): 42 CFR 424.44(a) 12 months to file; 42 CFR 405.942(a)
// redetermination within 120 days of receipt of the initial determination, receipt presumed
// 5 days after its date; 42 CFR 405.962 QIC reconsideration within 180 days of the redetermination.
const ORIGINAL_MEDICARE = {
  timelyFilingMonths: 12,
  appealDays: 120,
  appealFrom: 'determination',
  receiptDays: 5,
  secondLevelDays: 180,
  appealLevelKey: 'deadline.level.redetermination',
  sourceKey: 'deadline.source.medicare',
} as const;

export const DEFAULT_PAYER_RULES: readonly PayerRule[] = [
  {
    // Institutional claims count from the through (discharge) date: 42 CFR 424.44(a)(1).
    id: 'medicare-part-a', label: 'Original Medicare Part A', labelKey: 'deadline.rule.medicarePartA',
    payerMatch: '', payerType: 'medicare-part-a', timelyFilingFrom: 'discharge', ...ORIGINAL_MEDICARE,
  },
  {
    id: 'medicare-part-b', label: 'Original Medicare Part B', labelKey: 'deadline.rule.medicarePartB',
    payerMatch: '', payerType: 'medicare-part-b', timelyFilingFrom: 'dos', ...ORIGINAL_MEDICARE,
  },
  {
    // 42 CFR 422.582: reconsideration within 65 days of the plan's notice; we count 60 so a mailing
    // delay cannot make it late. Filing: contracts vary (non-contracted providers get 12 months);
    // 90 days is the short end of common contracts.
    id: 'medicare-advantage', label: 'Medicare Advantage plan (default — edit per contract)', labelKey: 'deadline.rule.medicareAdvantage',
    payerMatch: '', payerType: 'medicare-advantage', timelyFilingDays: 90, timelyFilingFrom: 'dos',
    appealDays: 60, appealFrom: 'determination', appealLevelKey: 'deadline.level.reconsideration',
    sourceKey: 'deadline.source.medicareAdvantage', noteKey: 'deadline.note.medicareAdvantage', isDefault: true,
  },
  {
    // 42 CFR 447.45 lets states allow up to 12 months; most allow far less. 90 days is the common
    // short window; appeals are state rules.
    id: 'medicaid', label: 'Medicaid (default — check your state)', labelKey: 'deadline.rule.medicaid',
    payerMatch: '', payerType: 'medicaid', timelyFilingDays: 90, timelyFilingFrom: 'dos',
    appealDays: 60, appealFrom: 'determination', appealLevelKey: 'deadline.level.appeal',
    sourceKey: 'deadline.source.default', noteKey: 'deadline.note.medicaid', isDefault: true,
  },
  {
    id: 'medicaid-managed-care', label: 'Medicaid managed care plan (default — per contract)', labelKey: 'deadline.rule.medicaidManagedCare',
    payerMatch: '', payerType: 'medicaid-managed-care', timelyFilingDays: 90, timelyFilingFrom: 'dos',
    appealDays: 60, appealFrom: 'determination', appealLevelKey: 'deadline.level.appeal',
    sourceKey: 'deadline.source.default', noteKey: 'deadline.note.contract', isDefault: true,
  },
  {
    // Contracts range 60-365 days to file and 60-180 to appeal; 90 and 60 are the short common ends.
    id: 'commercial', label: 'Commercial plan (default — edit per contract)', labelKey: 'deadline.rule.commercial',
    payerMatch: '', payerType: 'commercial', timelyFilingDays: 90, timelyFilingFrom: 'dos',
    appealDays: 60, appealFrom: 'determination', appealLevelKey: 'deadline.level.appeal',
    sourceKey: 'deadline.source.default', noteKey: 'deadline.note.contract', isDefault: true,
  },
  {
    id: 'unknown', label: 'Unknown payer (shortest common windows)', labelKey: 'deadline.rule.unknown',
    payerMatch: '', payerType: 'unknown', timelyFilingDays: 90, timelyFilingFrom: 'dos',
    appealDays: 60, appealFrom: 'determination', appealLevelKey: 'deadline.level.appeal',
    sourceKey: 'deadline.source.default', noteKey: 'deadline.note.unknown', isDefault: true,
  },
];

export function defaultRuleFor(type: PayerType): PayerRule {
  return DEFAULT_PAYER_RULES.find((r) => r.payerType === type) ?? DEFAULT_PAYER_RULES[DEFAULT_PAYER_RULES.length - 1]!;
}

/** Original Medicare reopening for clerical errors: 1 year from the initial determination (42 CFR 405.980(b)(1)). */
export const MEDICARE_REOPENING_MONTHS = 12;
