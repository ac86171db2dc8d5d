export { DEFAULT_PAYER_RULES } from './defaults';
export { findPayerRule, payerMatches } from './match';
export { appealDeadline, claimDeadlines, timelyFilingDeadline, timelyFilingStart } from './compute';
export { isDenied, isRejected, statusUnknown } from './status';
export { validatePayerRule, validatePayerRules, type RuleError } from './validate';
export { addDays, addMonths, daysBetween, isIsoDate } from '@/lib/platform/dates';
export type { Deadline, DeadlineKind, DeadlineSettings, PayerRule } from './types';
