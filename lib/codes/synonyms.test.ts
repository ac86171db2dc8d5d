/** The lookup words of issue 12 ("Letters and lookup words", synonyms), one test per rule. */
import { describe, expect, it } from 'vitest';
import { expandQuery } from './synonyms';

describe('synonym expansion', () => {
  it('ED also means emergency department and CP chest pain: both senses answer', () => {
    expect(expandQuery('ED').senses).toEqual(expect.arrayContaining(['emergency department', 'erectile dysfunction']));
    expect(expandQuery('cp').senses).toEqual(expect.arrayContaining(['chest pain', 'cerebral palsy']));
  });

  it('PE, ARF, ASD, BPD and CA are ambiguous', () => {
    for (const abbr of ['PE', 'ARF', 'ASD', 'BPD', 'CA']) expect(expandQuery(abbr).senses.length, abbr).toBeGreaterThan(1);
  });

  it('AUD and OUD are not "dependence" alone', () => {
    for (const abbr of ['AUD', 'OUD']) {
      const senses = expandQuery(abbr).senses;
      expect(senses.some((s) => s.includes('abuse')), abbr).toBe(true);
    }
  });

  it('r/o is not coded in outpatient settings (guideline IV.H): dropped from the words, with a note', () => {
    const e = expandQuery('r/o pneumonia');
    expect(e.text).toBe('pneumonia');
    expect(e.notes).toEqual(['ruleOut']);
  });

  it('f/u is not Z09 in general: dropped from the words, with a note', () => {
    const e = expandQuery('f/u diabetes');
    expect(e.text).not.toMatch(/follow/);
    expect(e.notes).toEqual(['followUp']);
  });
});
