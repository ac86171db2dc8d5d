import { describe, expect, it } from 'vitest';
import { expandExpected, scorePage, total } from './accuracy';
import type { Claim } from '@/lib/claim/types';

describe('reader accuracy', () => {
  const expected = expandExpected({ claimNumber: 'A1', billed: 10, lines: [{ code: '99213', adjustments: [{ group: 'CO', reason: '45', amount: 1 }, { group: 'PR', reason: '2', amount: 2 }] }] }) as Claim;

  it('fills what the fixture leaves out with null and empty lists', () => {
    expect(expected.paid).toBeNull();
    expect(expected.lines[0]!.modifiers).toEqual([]);
    expect(expected.portal).toBe('generic');
  });

  it('counts correct, wrong, missing and invented values per field', () => {
    const actual: Claim = structuredClone(expected);
    actual.billed = null; // missing
    actual.claimNumber = 'B2'; // wrong
    actual.paid = 5; // invented: the page shows no paid amount
    actual.lines[0]!.adjustments.reverse(); // order does not matter
    const s = scorePage(expected, actual);
    expect(s.fields.billed).toEqual({ correct: 0, wrong: 0, missing: 1 });
    expect(s.fields.claimNumber).toEqual({ correct: 0, wrong: 1, missing: 0 });
    expect(s.fields.paid).toEqual({ correct: 0, wrong: 1, missing: 0 });
    expect(s.fields['line.adjustments']).toEqual({ correct: 1, wrong: 0, missing: 0 });
    expect(s.fields['line.code']).toEqual({ correct: 1, wrong: 0, missing: 0 });
    expect(total(s.fields)).toMatchObject({ correct: 3, wrong: 2, missing: 1 });
  });

  it('scores a missed line as missing fields and an extra line as wrong ones', () => {
    const none: Claim = { ...structuredClone(expected), lines: [] };
    expect(scorePage(expected, none).fields['line.code']).toEqual({ correct: 0, wrong: 0, missing: 1 });
    const extra: Claim = structuredClone(expected);
    extra.lines.push({ ...extra.lines[0]!, code: '36415', adjustments: [] });
    const s = scorePage(expected, extra);
    expect(s.fields['line.code']).toEqual({ correct: 1, wrong: 1, missing: 0 });
    expect(s.fields['lines.count']).toEqual({ correct: 0, wrong: 1, missing: 0 });
  });

  it('scores list pages claim by claim', () => {
    const list = expandExpected({ claims: [{ claimNumber: 'A' }, { claimNumber: 'B' }] });
    const s = scorePage(list, { claims: [(list as { claims: Claim[] }).claims[0]!] });
    expect(s.fields.claimNumber).toEqual({ correct: 1, wrong: 0, missing: 1 });
  });
});
