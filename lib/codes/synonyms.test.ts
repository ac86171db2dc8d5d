/** The lookup words of issue 12 ("Letters and lookup words", synonyms), one test per rule. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedTables } from './load';
import { GENERATED_DIR, loadTablesFromDir } from './node';
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

const have = existsSync(join(GENERATED_DIR, 'manifest.json'));
let t: LoadedTables;

describe.skipIf(!have)('synonyms over the generated tables', () => {
  beforeAll(async () => {
    t = await loadTablesFromDir();
  });

  it.each([
    ['heartburn', 'R12'],
    ['back pain', 'M54.9'],
    ['skin infection', 'L08.9'],
    ['low iron', 'E61.1'],
    ['seizures', 'R56.9'],
    ['hot flashes', 'R23.2'],
  ])('%s is %s', (q, code) => {
    expect(t.search(q, { dos: '2026-03-01', limit: 5 })[0]!.code).toBe(code);
  });

  it('ED answers both senses in the first results', () => {
    const top = t.search('ED', { limit: 6 });
    expect(top.some((r) => /erectile/i.test(r.title))).toBe(true);
    expect(top.some((r) => /emergency department/i.test(r.title))).toBe(true);
  });

  it('f/u does not answer Z09 first', () => {
    expect(t.search('f/u hypertension', { limit: 3 })[0]!.code).not.toBe('Z09');
  });

  it('the common-code boost does not promote header codes (FY2026 headers)', () => {
    for (const code of ['I47.1', 'I71.4', 'N18.3', 'K21.0', 'M54.5', 'M51.36', 'M48.06', 'G20', 'G35', 'B37.3']) {
      const id = t.core.find('icd10cm', code.replace('.', ''));
      expect(id, code).toBeGreaterThanOrEqual(0);
      expect(t.core.billable(id), code).toBe(false);
      expect(t.prior.has(id), code).toBe(false);
    }
  });
});
