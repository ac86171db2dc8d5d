/**
 * Options "Code data" in real Chromium: the releases the packaged tables were built from, and the
 * licensed CPT import (a good file imports, a malformed one shows its line numbers and changes
 * nothing, removal empties the store). The CPT files are hand-made here: three real code numbers
 * with descriptors invented for the test (no AMA text).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '@/code-data/sources';
import { storedKeys } from './harness';
import { browserForSuite } from './suite';

const GOOD = ['Code,Descriptor', '99213,"Invented test wording, office visit"', '0001F,Invented test wording for a quality measure', '0042T,Invented test wording for a new technology', ''].join('\n');
// Line 3: a 4-digit code; line 4: no descriptor; line 5: the same code with another descriptor.
const BAD = ['Code,Descriptor', '99214,Invented test wording', '9921,Invented test wording', '99215,', '99214,Different invented wording', ''].join('\n');

const upload = (page: Page, name: string, text: string) =>
  page.getByLabel('Import licensed CPT file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

/** Rows of the licensed database, read from an extension page (the store lives in the extension's origin). */
const storedCodes = (page: Page) => storedKeys(page, 'remit-ranger-licensed', 'cpt');

describe('options: code data and licensed CPT import (Chromium, built extension)', () => {
  const h = browserForSuite();
  let page: Page;
  beforeAll(async () => {
    page = await h.openExtensionPage('options');
  });

  it('lists every release the tables were built from, with file names and sha256, and the notes caveat', async () => {
    await expect.poll(() => page.getByRole('heading', { name: 'Code data' }).count()).toBe(1);
    // Checksums are for reviewers: under "Data sources", closed until asked for.
    expect(await page.getByRole('table', { name: 'Releases loaded' }).count()).toBe(0);
    await page.getByText('Data sources (official releases and checksums)').click();
    const table = page.getByRole('table', { name: 'Releases loaded' });
    await expect.poll(() => table.getByRole('row').count()).toBe(SOURCES.length + 1);
    for (const release of SOURCES) {
      const row = table.getByRole('row').filter({ hasText: release.name });
      expect(await row.count(), release.name).toBe(1);
      for (const f of release.files) {
        expect(await row.getByText(f.member, { exact: false }).count(), f.member).toBeGreaterThan(0);
        expect(await row.getByText(f.sha256).count(), f.sha256).toBe(1);
      }
    }
    expect(await table.getByRole('row').filter({ hasText: 'ICD-10-CM FY2026' }).getByRole('cell').first().textContent()).toBe('ICD-10-CM');
    expect(await page.getByRole('note').textContent()).toMatch(/instructional notes .* come from the ICD-10-CM Tabular List FY2021/);
    expect(await page.getByText('No CPT file imported.').count()).toBe(1);
  });

  it('imports a small licensed CPT file', async () => {
    await upload(page, 'my-cpt.csv', GOOD);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Imported 3 CPT codes from my-cpt.csv.' }).count()).toBe(1);
    await expect.poll(() => page.getByText(/^3 CPT codes imported from my-cpt\.csv on /).count()).toBe(1);
    expect((await storedCodes(page)).sort()).toEqual(['0001F', '0042T', '99213']);
  });

  let lookup: Page;
  it('gives lookups the imported descriptors', async () => {
    lookup = await h.openExtensionPage('popup');
    await lookup.getByRole('combobox', { name: 'Search codes' }).fill('99213');
    await expect.poll(() => lookup.getByRole('option').first().textContent()).toContain('Invented test wording, office visit');
  });

  it('rejects a malformed file with its line numbers and imports nothing', async () => {
    await upload(page, 'broken.csv', BAD);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.filter({ hasText: 'broken.csv was not imported and nothing changed' }).count()).toBe(1);
    const items = await alert.getByRole('listitem').allTextContents();
    expect(items.map((i) => i.split(':')[0])).toEqual(['Line 3', 'Line 4', 'Line 5']);
    expect(items[0]).toContain('“9921”');
    expect(items[2]).toContain('first on line 2');
    // The previous import is untouched, in the page and in the database.
    expect(await page.getByText(/^3 CPT codes imported from my-cpt\.csv on /).count()).toBe(1);
    expect((await storedCodes(page)).sort()).toEqual(['0001F', '0042T', '99213']);
  });

  it('keeps the import across a reload, and removes it on request', async () => {
    await page.reload();
    await expect.poll(() => page.getByText(/^3 CPT codes imported from my-cpt\.csv on /).count()).toBe(1);
    await page.getByRole('button', { name: 'Remove imported CPT' }).click();
    await page.getByRole('group', { name: 'Remove imported CPT' }).getByRole('button', { name: 'Yes, remove' }).click();
    await expect.poll(() => page.getByText('No CPT file imported.').count()).toBe(1);
    expect(await storedCodes(page)).toEqual([]);
    // A lookup left open follows the removal: 99213 is back to its section in our own words.
    await expect.poll(() => lookup.getByRole('option').first().textContent()).not.toContain('Invented test wording');
    expect(await lookup.getByRole('option').first().textContent()).toContain('99213');
  });
});

describe('options: code data in French', () => {
  const h = browserForSuite({ locale: 'fr-FR' });

  it('shows the section, the releases and the import control in French', async () => {
    const page = await h.openExtensionPage('options');
    await expect.poll(() => page.getByRole('heading', { name: 'Données de codes' }).count()).toBe(1);
    await page.getByText('Sources des données', { exact: false }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Versions chargées' }).getByRole('row').count()).toBe(SOURCES.length + 1);
    await page.getByLabel('Importer un fichier CPT sous licence').setInputFiles({ name: 'casse.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD) });
    await expect.poll(() => page.getByRole('alert').getByRole('listitem').first().textContent()).toMatch(/^Ligne 3\s:\s«\s9921\s»/);
  });
});
