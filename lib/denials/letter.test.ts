import { describe, expect, it } from 'vitest';
import { CARC_ENTRIES } from '@/lib/denials';
import { carcsAnswered, parseDenialCode, playbookLetter } from './letter';

describe('the denial-to-letter mapping (the playbook drives it)', () => {
  it('takes the CARC entry\'s letter', () => {
    expect(playbookLetter({ group: 'CO', reason: '50', remarks: [] })).toBe('medical-necessity');
    expect(playbookLetter({ group: 'CO', reason: '97', remarks: ['M15'] })).toBe('bundling-modifier');
    expect(playbookLetter({ group: 'CO', reason: '029', remarks: [] })).toBe('timely-filing');
    expect(playbookLetter({ group: 'CO', reason: '197', remarks: [] })).toBe('retro-authorization');
  });
  it('lets the remark decide for "see the remarks" CARCs (CO-16)', () => {
    expect(playbookLetter({ group: 'CO', reason: '16', remarks: ['N4'] })).toBe('coordination-of-benefits');
    expect(playbookLetter({ group: 'CO', reason: '16', remarks: ['MA130'] })).toBe('corrected-claim');
    expect(playbookLetter({ group: 'CO', reason: '16', remarks: [] })).toBe('corrected-claim');
  });
  it('falls back to a remark\'s letter for a CARC outside the playbook, and to none', () => {
    expect(playbookLetter({ group: 'CO', reason: '999', remarks: ['N479'] })).toBe('coordination-of-benefits');
    expect(playbookLetter({ group: 'CO', reason: '999', remarks: [] })).toBeNull();
    expect(playbookLetter({ group: 'CO', reason: '45', remarks: [] })).toBeNull();
  });
  it('derives what each letter answers from the same entries', () => {
    const answered = carcsAnswered('medical-necessity');
    expect(answered).toContain('50');
    expect(answered).toEqual(CARC_ENTRIES.filter((e) => e.template === 'medical-necessity').map((e) => e.code));
    expect(carcsAnswered('no-such-letter')).toEqual([]);
  });
  it('parses denial codes as users type them', () => {
    expect(parseDenialCode('co 050')).toEqual({ group: 'CO', reason: '50' });
    expect(parseDenialCode('B7')).toEqual({ group: null, reason: 'B7' });
    expect(parseDenialCode('hello')).toBeNull();
  });
});
