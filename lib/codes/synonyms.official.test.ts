/** The lookup words of issue 12 over the tables generated from the official files (the "official" project). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedTables } from './load';
import { loadTablesFromDir } from './node';

let t: LoadedTables;

describe('synonyms over the generated tables', () => {
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
