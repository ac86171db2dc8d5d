import { describe, expect, it } from 'vitest';
import { compactCode, displayCode, looksLikeCode, normalizeCode } from './normalize';
import { extractNoteCodes, refCovers } from './note-refs';

describe('code normalisation', () => {
  it.each([
    ['e119', 'icd10cm', 'E11.9'],
    ['E11.9', 'icd10cm', 'E11.9'],
    [' s52521a ', 'icd10cm', 'S52.521A'],
    ['S52.521-A', 'icd10cm', 'S52.521A'],
    ['t81.4xxa', 'icd10cm', 'T81.4XXA'],
    ['j-1100', 'hcpcs', 'J1100'],
    ['J 1100', 'hcpcs', 'J1100'],
    ['25000', 'icd9cm', '250.00'],
    ['250.00', 'icd9cm', '250.00'],
    ['v4581', 'icd9cm', 'V45.81'],
    ['E8490', 'icd9cm', 'E849.0'],
    ['1234f', 'cpt', '1234F'],
    ['xs', 'modifier', 'XS'],
  ] as const)('%s as %s -> %s', (input, system, expected) => {
    expect(normalizeCode(system, input)).toBe(expected);
  });
  it('refuses shapes of another system', () => {
    expect(normalizeCode('hcpcs', '99213')).toBeNull();
    expect(normalizeCode('cpt', 'J1100')).toBeNull();
    expect(normalizeCode('icd10cm', '25')).toBeNull();
  });
  it('tells code-shaped input from words', () => {
    expect(looksLikeCode('E11.')).toBe(true);
    expect(looksLikeCode('99213')).toBe(true);
    expect(looksLikeCode('heart attack')).toBe(false);
    expect(compactCode('e11.9')).toBe('E119');
    expect(displayCode('icd10cm', 'A00')).toBe('A00');
  });
});

describe('note code references', () => {
  it('finds codes in parentheses only', () => {
    expect(extractNoteCodes('vitamin B12 deficiency anemia (D51.-)')).toEqual(['D51.-']);
    expect(extractNoteCodes('intestinal infections (A00-A09)')).toEqual(['A00-A09']);
    // "with .42" names one subcategory under each category of the range, not the whole range.
    expect(extractNoteCodes('diabetic polyneuropathy (E08-E13 with .42)')).toEqual(['E08.42', 'E09.42', 'E10.42', 'E11.42', 'E12.42', 'E13.42']);
    expect(extractNoteCodes('polyneuropathy in (E08-E13 with .42) and (G61.0)')).toContain('G61.0');
  });
  it('covers codes under a reference or in a range', () => {
    expect(refCovers('E10.-', 'E1065')).toBe(true);
    expect(refCovers('E10.-', 'E1165')).toBe(false);
    expect(refCovers('A00-A09', 'A084')).toBe(true);
    expect(refCovers('A00-A09', 'A15')).toBe(false);
    expect(refCovers('K52.0-K52.9', 'K5289')).toBe(true);
  });
});
