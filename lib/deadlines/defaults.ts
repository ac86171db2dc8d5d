/**
 * Built-in payer rules, tried after the user's own (first match wins; the last one matches all).
 * Conservative on purpose: a default shorter than the real window costs a reminder, a longer one
 * costs a claim.
 */
import type { PayerRule } from './types';

export const DEFAULT_PAYER_RULES: readonly PayerRule[] = [
  {
    // Medicare Advantage plans are private plans: contracted providers follow their contract;
    // non-contracted providers get original Medicare's 12 months and a 60-day reconsideration
    // window (42 CFR 422.600 / MA plan manuals). 180 days is the common contract figure.
    id: 'medicare-advantage',
    label: 'Medicare Advantage plan (per contract)',
    labelKey: 'deadline.rule.medicareAdvantage',
    payerMatch: 'medicare advantage|advantage|part c|medicare complete|medicare replacement',
    timelyFilingDays: 180,
    timelyFilingFrom: 'dos',
    appealDays: 60,
    appealFrom: 'determination',
    noteKey: 'deadline.note.contract',
  },
  {
    // 42 CFR 424.44: 12 months after the date of service. 42 CFR 405.942: redetermination within
    // 120 days of receiving the initial determination (we count from the remittance date, without
    // the 5-day mailing presumption, to stay on the safe side). 42 CFR 405.962: QIC reconsideration
    // within 180 days of the redetermination decision. MAC names let "Noridian JF" match too.
    id: 'medicare',
    label: 'Medicare (MAC)',
    labelKey: 'deadline.rule.medicare',
    payerMatch: 'medicare|cms|noridian|novitas|palmetto|ngs|national government services|wps|cgs|first coast|railroad',
    timelyFilingMonths: 12,
    timelyFilingFrom: 'dos',
    appealDays: 120,
    appealFrom: 'determination',
    secondLevelDays: 180,
  },
  {
    // Federal rule 42 CFR 447.45 gives states up to 12 months; states set shorter windows and their
    // own appeal rules, so this is a placeholder the user is told to check.
    id: 'medicaid',
    label: 'Medicaid (generic — check your state)',
    labelKey: 'deadline.rule.medicaid',
    payerMatch: 'medicaid|medi-cal|epaces|emedny|masshealth|tenncare|ahcccs|soonercare|badgercare',
    timelyFilingDays: 365,
    timelyFilingFrom: 'dos',
    appealDays: 60,
    appealFrom: 'determination',
    noteKey: 'deadline.note.medicaid',
  },
  {
    // Commercial contracts range 90-365 days for filing; 180 days for both is the common middle
    // and what many state prompt-pay laws allow. The user should enter each contract's figures.
    id: 'commercial',
    label: 'Commercial default (per contract — edit in options)',
    labelKey: 'deadline.rule.commercial',
    payerMatch: '*',
    timelyFilingDays: 180,
    timelyFilingFrom: 'dos',
    appealDays: 180,
    appealFrom: 'determination',
    noteKey: 'deadline.note.contract',
  },
];
