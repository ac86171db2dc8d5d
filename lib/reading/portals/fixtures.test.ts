/**
 * Fixture test: every test/fixtures/portals/<id>/<case>.html is detected by adapter <id> only
 * ("generic": by none) and extracts to <case>.json. `<case>.url` holds the page URL when the
 * adapter needs it. Adding an adapter or a case needs no test code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractClaimPage } from './extract';
import { parseHtml } from './node-dom';
import { closePages, keepOpen } from '@/test/support/portals';
import { adapters } from './registry';

const ROOT = resolve(__dirname, '../../../test/fixtures/portals');
const folders = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
afterAll(closePages);

function load(folder: string, name: string) {
  const base = join(ROOT, folder, name);
  const url = existsSync(`${base}.url`) ? readFileSync(`${base}.url`, 'utf8').trim() : `https://portal.example.test/${folder}/${name}`;
  const page = keepOpen(parseHtml(readFileSync(`${base}.html`, 'utf8'), url));
  return { doc: page.document, url: new URL(url), expected: JSON.parse(readFileSync(`${base}.json`, 'utf8')) as unknown };
}

it('has a fixture folder with at least one case for every adapter, and the generic folder', () => {
  for (const adapter of adapters) {
    expect(folders, `fixture folder for ${adapter.id}`).toContain(adapter.id);
  }
  expect(folders).toContain('generic');
  const ids = new Set(adapters.map((a) => a.id));
  for (const folder of folders) expect(folder === 'generic' || ids.has(folder), `adapter for folder ${folder}`).toBe(true);
});

for (const folder of folders) {
  const cases = readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();
  describe(`portal fixtures: ${folder}`, () => {
    it('has cases, each with its expected JSON', () => {
      expect(cases.length).toBeGreaterThan(0);
      for (const c of cases) expect(existsSync(join(ROOT, folder, `${c}.json`)), `${c}.json`).toBe(true);
    });

    for (const name of cases) {
      it(`${name}: detected by ${folder === 'generic' ? 'no adapter' : folder} only, extracts to ${name}.json`, () => {
        const { doc, url, expected } = load(folder, name);
        const detecting = adapters.filter((a) => a.detect(doc, url)).map((a) => a.id);
        expect(detecting).toEqual(folder === 'generic' ? [] : [folder]);
        const result = extractClaimPage(doc, url);
        expect(result.warning).toBeNull();
        expect(result.portal).toBe(folder);
        expect(result.page).toEqual(expected);
        // The result crosses a message port: it must survive JSON unchanged.
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        // Every provenance selector finds its element again ("This looks wrong" highlights it).
        for (const p of result.provenance) {
          expect(doc.querySelector(p.selector), `${p.path} -> ${p.selector}`).not.toBeNull();
        }
      });
    }
  });
}
