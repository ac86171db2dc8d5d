import { describe, expect, it } from 'vitest';
import { emptyClaim, type Claim } from '@/lib/claim/types';
import { letterClaimKey, nextLetterClaim, NO_LETTER_CLAIM, pickOfferedClaim, type LetterClaimState } from './letter-claim';

const SITE = 'https://portal.example.com';
const claim = (claimNumber: string | null, payer: string | null, extra: Partial<Claim> = {}): Claim => ({ ...emptyClaim('generic'), claimNumber, payer, ...extra });
const A = claim('A-100', 'Aetna', { patientName: 'TESTPATIENT, ALEX' });
const B = claim('B-200', 'Cigna');

describe('the claim a letter belongs to (issue 17 item 1)', () => {
  it('takes the first claim seen, and keeps it on a page of the same site without a claim (the dispute form)', () => {
    let s: LetterClaimState = nextLetterClaim(NO_LETTER_CLAIM, { claim: A, origin: SITE });
    expect(s.pinned).toEqual({ claim: A, origin: SITE });
    s = nextLetterClaim(s, { claim: null, origin: SITE });
    expect(s).toEqual({ pinned: { claim: A, origin: SITE }, offered: null });
  });

  it('offers another claim instead of swapping it in, and changes only when the user picks it', () => {
    let s = nextLetterClaim(NO_LETTER_CLAIM, { claim: A, origin: SITE });
    s = nextLetterClaim(s, { claim: B, origin: SITE });
    expect(s.pinned?.claim).toBe(A);
    expect(s.offered).toEqual({ claim: B, origin: SITE });
    // Back on a page without a claim: the offer goes, the letter's claim stays.
    expect(nextLetterClaim(s, { claim: null, origin: SITE })).toEqual({ pinned: { claim: A, origin: SITE }, offered: null });
    const picked = pickOfferedClaim(s);
    expect(picked).toEqual({ pinned: { claim: B, origin: SITE }, offered: null });
  });

  it('the same claim read again refreshes its data and keeps the site it was first read on', () => {
    const richer = claim('a-100 ', 'AETNA', { patientName: 'TESTPATIENT, ALEX', memberId: 'W123' });
    const s = nextLetterClaim(nextLetterClaim(NO_LETTER_CLAIM, { claim: A, origin: SITE }), { claim: richer, origin: SITE });
    expect(s.pinned).toEqual({ claim: richer, origin: SITE });
    expect(s.offered).toBeNull();
  });

  it('the same claim number read on another site is offered, not merged (another portal, another payer record)', () => {
    const s = nextLetterClaim(nextLetterClaim(NO_LETTER_CLAIM, { claim: A, origin: SITE }), { claim: A, origin: 'https://other.example.org' });
    expect(s.pinned?.origin).toBe(SITE);
    expect(s.offered?.origin).toBe('https://other.example.org');
  });

  it('a read without number or payer on the same site never replaces the letter claim', () => {
    const s0 = nextLetterClaim(NO_LETTER_CLAIM, { claim: A, origin: SITE });
    expect(nextLetterClaim(s0, { claim: claim(null, null), origin: SITE })).toBe(s0);
  });

  it('keys claims by number and payer, ignoring case and spacing', () => {
    expect(letterClaimKey(claim(' a-100', 'aetna  health'))).toBe(letterClaimKey(claim('A-100', 'Aetna Health')));
    expect(letterClaimKey(claim('A-100', 'Aetna'))).not.toBe(letterClaimKey(claim('A-100', 'Cigna')));
  });
});
