export { DEFAULT_PAYER_RULES, defaultRuleFor, MEDICARE_REOPENING_MONTHS } from './defaults';
export { findPayerRule, payerMatches, payerTypeOf } from './match';
export { appealDeadline, claimDeadlines, reopeningDeadline, timelyFilingDeadline, timelyFilingStart } from './compute';
export { hasCarc, isDenied, isRejected, statusUnknown } from './status';
export { validatePayerRule, validatePayerRules, type RuleError } from './validate';
export { addDays, addMonths, daysBetween, isIsoDate } from '@/lib/platform/dates';
export type { Deadline, DeadlineCounting, DeadlineKind, DeadlineSettings, PayerRule } from './types';
