/**
 * The third-party copies of the X12 CARC and RARC lists in shared/code-sources (the "official"
 * project): they stand in for the file a licensed user imports, and guard the playbook's "own
 * words" rule against X12's wording.
 */
import { describe, expect, it } from 'vitest';
import { CARC_ENTRIES, RARC_ENTRIES } from '@/lib/denials';
import { officialText } from '@/test/support/codes/official';
import { parseX12Csv, type X12Row } from './x12-import';

function copy(list: 'carc' | 'rarc'): X12Row[] {
  const file = list === 'carc' ? 'claim_adjustment_reason_codes.csv' : 'remittance_advice_remark_codes.csv';
  const parsed = parseX12Csv(officialText(`x12-carc-rarc/${file}`), list);
  if (!parsed.ok) throw new Error(`cannot parse ${file}: ${JSON.stringify(parsed.errors)}`);
  return parsed.rows;
}

describe('real X12 list copies', () => {
  it('parses every CARC and RARC row', () => {
    expect(copy('carc').length).toBe(405);
    const rarc = copy('rarc');
    expect(rarc.length).toBe(1180);
    expect(rarc.filter((r) => r.stop !== null).length).toBe(79);
  });
});

/** Lower-case words, punctuation dropped: how we compare our text with X12's. */
function words(s: string): string[] {
  return s.toLowerCase().replace(/[’']/g, '').split(/[^a-z0-9]+/).filter(Boolean);
}

function sharedRun(a: string[], b: string[], n: number): string | null {
  const grams = new Set<string>();
  for (let i = 0; i + n <= b.length; i++) grams.add(b.slice(i, i + n).join(' '));
  for (let i = 0; i + n <= a.length; i++) {
    const g = a.slice(i, i + n).join(' ');
    if (grams.has(g)) return g;
  }
  return null;
}

describe('playbook: own words, not X12 wording', () => {
  it('has no entry text equal to, or sharing a run of 7 words with, the official description', () => {
    const official = {
      carc: new Map(copy('carc').map((r) => [r.code, r.description])),
      rarc: new Map(copy('rarc').map((r) => [r.code, r.description])),
    };
    for (const e of [...CARC_ENTRIES, ...RARC_ENTRIES]) {
      const x12 = official[e.list].get(e.code);
      expect(x12, `${e.code} exists in the official list`).toBeTruthy();
      const x12Words = words(x12!);
      for (const s of [e.en.title, e.en.explanation, ...e.en.steps]) {
        expect(words(s).join(' '), `${e.code}: ${s}`).not.toBe(x12Words.join(' '));
        expect(sharedRun(words(s), x12Words, 7), `${e.code}: ${s}`).toBeNull();
      }
    }
  });
});
