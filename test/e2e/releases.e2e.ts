/**
 * Issue 14 in real Chromium: a release zip imported through Options → Code data (read in the import
 * Web Worker, stored in IndexedDB), then the popup answers a code that exists only in it, for a
 * date in its year, and says it is not yet valid the day before October 1. Removing the release
 * takes the code away again. With the official files present (shared/code-sources) the zip holds a
 * full-size fake FY2027 derived from the real FY2026 order file (its import time is printed); else
 * a small synthetic one in the same layout.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADDENDA_2027, FY2027, cmsZip, orderFile } from '@/test/support/codes/release-files';
import { fakeFy2027FromFy2026, haveOfficial } from '@/test/support/codes/official';
import { storedKeys, timeReleaseImport, type Harness } from './harness';
import { leftovers } from './leftovers';
import { browserForSuite } from './suite';

const ZIP = '2027-code-descriptions-tabular-order.zip';
const zipBytes = (): Uint8Array => (haveOfficial() ? cmsZip(2027, { order: fakeFy2027FromFy2026().text }) : cmsZip(2027, { order: orderFile(FY2027), orderAddenda: ADDENDA_2027 }));
const NEW_TITLE = haveOfficial() ? 'Cholera due to Vibrio cholerae O139 (fake FY2027 test code)' : 'Cholera due to Vibrio cholerae O139';

async function popupAnswer(h: Harness, dos: string, query: string): Promise<Page> {
  const popup = await h.openPopup();
  await popup.getByLabel('Date of service').fill(dos);
  await popup.getByRole('combobox', { name: 'Search codes' }).fill(query);
  return popup;
}

const firstRow = async (page: Page): Promise<string> => ((await page.getByRole('option').first().textContent()) ?? '').replace(/\s+/g, ' ');

describe('imported official releases (Chromium, built extension)', () => {
  const h = browserForSuite();
  let options: Page;
  beforeAll(async () => {
    options = await h.openExtensionPage('options');
  });

  it('imports a release zip through the options page, with the coverage it adds', async () => {
    await expect.poll(() => options.getByText('No release imported.').count()).toBe(1);
    const bytes = zipBytes();
    // Timed in the page, from the file chosen to the outcome on screen.
    const timing = await timeReleaseImport(options, ZIP, bytes);
    expect(timing.status).toContain('Imported ICD-10-CM FY2027 (October 1, 2026 release)');
    console.log(`[releases.e2e] Chromium: import of ${ZIP} (${(bytes.length / 1e6).toFixed(1)} MB, ${haveOfficial() ? 'full-size order file' : 'synthetic'}) through the options page: ${timing.ms.toFixed(0)} ms`);
    // Anything longer than half a second shows the progress bar and the Cancel button (the 100 ms
    // margin: the bar's timer and the outcome may land in the same frame).
    if (timing.ms > 600) expect({ bar: timing.progressAt != null, cancel: timing.cancelShown }).toEqual({ bar: true, cancel: true });
    expect(await storedKeys(options, 'remit-ranger-releases', 'releases')).toEqual(['icd10cm-fy2027']);
    const coverage = options.getByRole('table', { name: 'Which release answers which dates of service' });
    await expect.poll(() => coverage.getByRole('row').filter({ hasText: 'ICD-10-CM FY2027' }).count()).toBe(1);
    expect(await coverage.getByRole('row').filter({ hasText: 'ICD-10-CM FY2027' }).textContent()).toContain('Unverified file');
    await expect.poll(() => options.getByText(/Compared with icd10cm-fy2026: \d+ added, 1 deleted/).count()).toBe(1);
  });

  it('the popup answers a code only in the import, for a date in its year, and not the day before', async () => {
    const popup = await popupAnswer(h, '2026-11-02', 'A00.2');
    await expect.poll(() => firstRow(popup), { timeout: 20_000 }).toContain(NEW_TITLE);
    await expect.poll(() => firstRow(popup)).toContain('Valid on 11/02/2026');
    await popup.getByLabel('Date of service').fill('2026-09-30');
    await expect.poll(() => firstRow(popup)).toContain('Not yet valid (from 10/01/2026)');
    // A.00.1 left at FY2027: deleted for the new year, valid the day before.
    await popup.getByRole('combobox', { name: 'Search codes' }).fill('A00.1');
    await expect.poll(() => firstRow(popup)).toContain('Valid on 09/30/2026');
    await popup.getByLabel('Date of service').fill('2026-10-01');
    await expect.poll(() => firstRow(popup)).toContain('Deleted 10/01/2026');
    await popup.close();
  });

  it('removing the release takes the code away', async () => {
    await options.getByRole('button', { name: 'Remove this release' }).click();
    await options.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => options.getByText('No release imported.').count()).toBe(1);
    expect(await storedKeys(options, 'remit-ranger-releases', 'releases')).toEqual([]);
    // The category lists its codes again without the imported one.
    const popup = await popupAnswer(h, '2026-11-02', 'A00');
    await expect.poll(() => popup.getByRole('option').filter({ hasText: 'A00.9' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await popup.getByRole('option').filter({ hasText: NEW_TITLE }).count()).toBe(0);
  });

  it('"Delete all local data" removes imported releases too', async () => {
    const small = cmsZip(2027, { order: orderFile(FY2027), orderAddenda: ADDENDA_2027 });
    await options.getByLabel('Import a release file').setInputFiles({ name: ZIP, mimeType: 'application/zip', buffer: Buffer.from(small) });
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Imported ICD-10-CM FY2027' }).count(), { timeout: 30_000 }).toBe(1);
    expect(await storedKeys(options, 'remit-ranger-releases', 'releases')).toEqual(['icd10cm-fy2027']);
    await options.getByRole('button', { name: 'Delete all local data' }).click();
    await options.getByLabel('Type DELETE to confirm').fill('DELETE');
    await options.getByRole('group', { name: 'Delete all local data' }).getByRole('button', { name: 'Delete all local data' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'All local data was deleted.' }).count()).toBe(1);
    // The options views refresh after the wipe and may reopen an empty schema; no release may be left.
    expect(await storedKeys(options, 'remit-ranger-releases', 'releases')).toEqual([]);
    expect((await leftovers(options)).counts['remit-ranger-releases'] ?? 0).toBe(0);
    await options.reload();
    await expect.poll(() => options.getByText('No release imported.').count()).toBe(1);
  });
});
