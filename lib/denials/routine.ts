/**
 * Adjustments that are routine on a paid claim, not denials: the contractual write-off (CO-45),
 * the patient's deductible / coinsurance / co-payment (PR-1, PR-2, PR-3) and Medicare
 * sequestration (CO-253). The one list: the Claim tab folds them into one line, letters leave
 * them out, and the lines table shows the rest as the line's denial.
 */
import type { Adjustment } from '@/lib/claim/types';

export const ROUTINE_ADJUSTMENTS: ReadonlySet<string> = new Set(['CO-45', 'PR-1', 'PR-2', 'PR-3', 'CO-253']);

/** "CO-45" for a grouped adjustment, the bare CARC otherwise ("45" reads as not routine: the group decides who pays). */
export function adjustmentKey(a: Pick<Adjustment, 'group' | 'reason'>): string {
  const reason = a.reason.trim().toUpperCase().replace(/^0+(?=\d)/, '');
  return a.group ? `${a.group}-${reason}` : reason;
}

export function isRoutineAdjustment(a: Pick<Adjustment, 'group' | 'reason'>): boolean {
  return ROUTINE_ADJUSTMENTS.has(adjustmentKey(a));
}

/** The patient's share among routine adjustments (PR-1/2/3), as opposed to the contractual part. */
export function isPatientShare(a: Pick<Adjustment, 'group' | 'reason'>): boolean {
  return a.group === 'PR' && ['1', '2', '3'].includes(adjustmentKey(a).slice(3));
}
