/** What a claim's status says about which deadlines still matter. */
import { lookupCarc, lookupRarc } from '@/lib/denials';
import type { Claim } from '@/lib/claim/types';

// X12 claim status categories (code list 507): A3/A6/A7/A8 = returned or rejected as unprocessable.
const REJECTED_CATEGORIES = new Set(['A3', 'A6', 'A7', 'A8']);

const unprocessable = (r: string) => r.trim().toUpperCase() === 'MA130';

/**
 * Rejected or returned unprocessable: no appeal rights, a new claim must be sent in time. MA130 on
 * some lines only leaves the other lines' denials appealable.
 */
export function isRejected(claim: Claim): boolean {
  if (claim.statusCategory && REJECTED_CATEGORIES.has(claim.statusCategory.toUpperCase())) return true;
  if (claim.status && /\b(reject|rejected|unprocessable|returned)\b/i.test(claim.status)) return true;
  const adjudicated = claim.lines.filter((l) => l.adjustments.length > 0 || l.remarks.length > 0);
  return adjudicated.length > 0 && adjudicated.every((l) => l.remarks.some(unprocessable));
}

/** Denied in whole or in part: F2, a "denied" status, or a playbook denial on any line. */
export function isDenied(claim: Claim): boolean {
  if (claim.statusCategory?.toUpperCase() === 'F2') return true;
  if (claim.status && /\bden(y|ied|ial)\b/i.test(claim.status)) return true;
  return claim.lines.some((l) =>
    l.adjustments.some((a) => lookupCarc(a.reason)?.kind === 'denial')
    || l.remarks.some((r) => lookupRarc(r)?.kind === 'denial'));
}

/** Nothing on the page says the claim was processed: it may not have been filed yet. */
export function statusUnknown(claim: Claim): boolean {
  return !claim.statusCategory && !claim.status && !claim.paidDate && claim.lines.every((l) => l.adjustments.length === 0 && !l.paid);
}

/** True when any line carries this CARC, whatever the group ("29" on CO-29 or OA-29). */
export function hasCarc(claim: Claim, carc: string): boolean {
  const want = carc.toUpperCase();
  return claim.lines.some((l) => l.adjustments.some((a) => a.reason.trim().toUpperCase().replace(/^0+(?=\d)/, '') === want));
}
