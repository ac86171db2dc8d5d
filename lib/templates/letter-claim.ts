/**
 * Which claim a letter belongs to. A letter is filled from a claim read on a portal page, but the
 * form it goes into is usually on another page of the same site (the dispute form, the
 * reconsideration upload page), where no claim is read or another one is. So the letter keeps the
 * claim it was started for, with the site it was read on, until the user picks another claim:
 * - a page without a claim, or the same claim read again, keeps it (a re-read refreshes its data);
 * - another claim is only offered ("Use claim B for the letter"), never swapped in silently;
 * - the first claim seen, while the letter has none, is taken.
 * Pure: the side panel keeps the state, this decides.
 */
import type { Claim } from '@/lib/claim/types';

export interface LetterClaim {
  claim: Claim;
  /** Origin of the tab the claim was read in ("https://portal.example.com"), or null when unknown. */
  origin: string | null;
}

export interface LetterClaimState {
  /** The claim the letter is filled from. */
  pinned: LetterClaim | null;
  /** Another claim the current page shows, which the user may pick for the letter. */
  offered: LetterClaim | null;
}

export const NO_LETTER_CLAIM: LetterClaimState = { pinned: null, offered: null };

/** What makes two reads the same claim: its number and payer (case and spacing aside). */
const norm = (s: string | null) => (s ?? '').trim().replace(/\s+/g, ' ').toUpperCase();

export function letterClaimKey(claim: Claim): string {
  return `${norm(claim.claimNumber)}|${norm(claim.payer)}`;
}

/** A claim with neither number nor payer cannot be told from another: it is never pinned over one. */
const identifiable = (claim: Claim) => letterClaimKey(claim) !== '|';

export function nextLetterClaim(state: LetterClaimState, page: { claim: Claim | null; origin: string | null }): LetterClaimState {
  const { claim, origin } = page;
  if (!claim) return state.offered ? { pinned: state.pinned, offered: null } : state;
  if (!state.pinned) return { pinned: { claim, origin }, offered: null };
  const same = letterClaimKey(claim) === letterClaimKey(state.pinned.claim) && (origin === state.pinned.origin || origin === null);
  if (same) return { pinned: { claim, origin: state.pinned.origin ?? origin }, offered: null };
  // An unidentifiable read (no number, no payer) on a page of the pinned claim's site is a partial
  // read of some page, not "another claim": offer it, but it never replaces the pinned one unasked.
  return identifiable(claim) || origin !== state.pinned.origin ? { pinned: state.pinned, offered: { claim, origin } } : state;
}

/** The user picked the offered claim for the letter. */
export function pickOfferedClaim(state: LetterClaimState): LetterClaimState {
  return state.offered ? { pinned: state.offered, offered: null } : state;
}
