/**
 * The unseen-layout fixtures (test/fixtures/reading/unseen, issue 13): pages written apart from the
 * reader's own fixtures, one or more per layout class. Each must extract to its expected claim,
 * field by field; `gaps.json` may list known misses per case with their reason, and a listed gap
 * that starts to pass fails the test too, so the list never goes stale.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractClaimPage } from './portals/extract';
import { parseHtml } from './portals/node-dom';
import { closePages, keepOpen } from '@/test/support/portals';
import { expandExpected, scorePage } from './accuracy';

const DIR = resolve(__dirname, '../../test/fixtures/reading/unseen');
const cases = readdirSync(DIR).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();
const gaps: Record<string, Record<string, string>> = existsSync(join(DIR, 'gaps.json')) ? JSON.parse(readFileSync(join(DIR, 'gaps.json'), 'utf8')) : {};
afterAll(closePages);

describe('unseen-layout fixtures', () => {
  it('has at least 16 cases, each with its expected JSON', () => {
    expect(cases.length).toBeGreaterThanOrEqual(16);
    for (const c of cases) expect(existsSync(join(DIR, `${c}.json`)), c).toBe(true);
  });

  for (const name of cases) {
    it(`${name}: every field as a specialist reads it`, () => {
      const url = `https://portal.example.test/unseen/${name}`;
      const page = keepOpen(parseHtml(readFileSync(join(DIR, `${name}.html`), 'utf8'), url));
      const result = extractClaimPage(page.document, url);
      expect(result.portal).toBe('generic');
      expect(result.warning).toBeNull();
      const expected = expandExpected(JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')));
      const known = gaps[name] ?? {};
      const differences = scorePage(expected, result.page).differences;
      expect(differences.filter((d) => !(d.path in known))).toEqual([]);
      for (const path of Object.keys(known)) expect(differences.some((d) => d.path === path), `gap ${path} is fixed: remove it from gaps.json`).toBe(true);
      for (const p of result.provenance) expect(page.document.querySelector(p.selector), `${p.path} -> ${p.selector}`).not.toBeNull();
    });
  }
});
