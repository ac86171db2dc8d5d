/**
 * A letter answers one denial: it lists only the lines under it. The Templates tab fills the
 * letter from the claim narrowed to those lines ({{lines}}, {{deniedLines}}, {{denialCodes}} and
 * {{remarkCodes}} all follow); the claim's own fields (number, patient, totals) stay as they are.
 */
import type { Claim } from '../claims/types';

export function focusClaim(claim: Claim, lines: readonly number[] | null): Claim {
  if (!lines || lines.length === 0) return claim;
  const keep = new Set(lines);
  return { ...claim, lines: claim.lines.filter((_, i) => keep.has(i)) };
}
