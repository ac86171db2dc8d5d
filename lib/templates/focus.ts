/**
 * A letter answers one denial: it lists only the lines under it. The Templates tab fills the
 * letter from the claim narrowed to those lines ({{lines}}, {{deniedLines}}, {{denialCodes}} and
 * {{remarkCodes}} all follow) and to the diagnoses those lines point at ({{diagnoses}}, with the
 * pointers renumbered so they still point at the same codes); the claim's own fields (number,
 * patient, totals) stay as they are.
 */
import type { Claim } from '@/lib/claim/types';

export function focusClaim(claim: Claim, lines: readonly number[] | null): Claim {
  if (!lines || lines.length === 0) return claim;
  const keep = new Set(lines);
  const kept = claim.lines.filter((_, i) => keep.has(i));
  // Diagnoses the kept lines point at, in claim order; a claim whose lines point at none keeps them all.
  const pointed = new Set(kept.flatMap((l) => l.dxPointers).filter((p) => p >= 1 && p <= claim.diagnoses.length));
  if (pointed.size === 0) return { ...claim, lines: kept };
  const order = [...pointed].sort((a, b) => a - b);
  const renumber = new Map(order.map((p, i) => [p, i + 1]));
  return {
    ...claim,
    diagnoses: order.map((p) => claim.diagnoses[p - 1]!),
    lines: kept.map((l) => ({ ...l, dxPointers: l.dxPointers.flatMap((p) => (renumber.has(p) ? [renumber.get(p)!] : [])) })),
  };
}
