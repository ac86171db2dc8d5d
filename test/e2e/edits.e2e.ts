// NCCI edits in Chromium: the synthetic PTP and MUE files (test/fixtures/edits, CMS layouts, invented
// values) imported in options, then the demo claim with a bundled pair and units above the MUE:
// the side panel shows both findings and the page badges take their colours; removing the files
// takes them away again.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { storedKeys } from './harness';
import { browserForSuite } from './suite';
import { leftovers } from './leftovers';

const BADGE = '[data-remit-ranger="badge"]';
const EDITS = resolve(import.meta.dirname, '../fixtures/edits');
const FILES = [resolve(EDITS, 'ccipra-v320r0-f1.txt'), resolve(EDITS, 'MCR_MUE_PractitionerServices_Eff_01-01-2026.csv')];

describe('NCCI edits (Chromium, built extension)', () => {
  const h = browserForSuite({ enableFixtureSite: true });

  const severityOf = (page: Page, code: string) => page.locator(`${BADGE}[data-code="${code}"]`).first().getAttribute('data-severity');

  it('imports the files in options, then flags the bundled pair and the excess units in the panel and on the page', async () => {
    const options = await h.openExtensionPage('options');
    await options.getByLabel('Import edit files (zip, txt, csv)').setInputFiles(FILES);
    const section = options.locator('section[aria-labelledby="edits-title"]');
    await expect.poll(() => section.textContent(), { timeout: 15_000 }).toContain('Imported 2 file(s), 5 rows.');
    expect(await options.getByRole('cell', { name: 'ccipra-v320r0-f1.txt (v32.0)' }).count()).toBe(1);
    expect(await options.getByRole('cell', { name: '2026 Q1' }).count()).toBe(2);
    expect((await storedKeys(options, 'remit-ranger-edits', 'files')).sort()).toEqual(['mue|practitioner|', 'ptp|practitioner|f1']);

    const page = await h.openFixture('demo/ncci-edits.html');
    await expect.poll(() => severityOf(page, '97140'), { timeout: 15_000, message: 'PTP badge' }).toBe('error');
    await expect.poll(() => severityOf(page, '97110'), { timeout: 15_000, message: 'MUE badge' }).toBe('warning');

    const panel = await h.openPanelFor(page, 'claim');
    await expect.poll(() => panel.getByText(/97140 is bundled into 97110 \(line 3\) on (2026-01-14|01\/14\/2026)/).count(), { timeout: 15_000, message: 'PTP finding' }).toBeGreaterThan(0);
    expect(await panel.getByText(/6 units of 97110 on (2026-01-14|01\/14\/2026) exceed its MUE of 4 per date of service/).count()).toBeGreaterThan(0);
    expect(await panel.getByText(/CO-97 on line 2: the NCCI PTP edit 97110\/97140/).count()).toBeGreaterThan(0);
    await panel.close();
    await page.close();

    // The lookup detail of a code shows its MUE (answered by the service worker).
    const popup = await h.openExtensionPage('popup');
    const box = popup.getByRole('combobox', { name: 'Search codes' });
    await box.fill('J1100');
    await expect.poll(() => popup.getByRole('option').first().locator('.lk-code').textContent(), { timeout: 10_000 }).toBe('J1100');
    await box.press('Shift+Enter');
    await expect.poll(() => popup.getByRole('article').textContent(), { timeout: 10_000, message: 'MUE in lookup detail' })
      .toContain('MUE (practitioner): 3 (MAI 3: date of service, clinical) — 2026 Q1, MCR_MUE_PractitionerServices_Eff_01-01-2026.csv');
    await popup.close();

    // Remove both files: the same page no longer carries the NCCI colours.
    await options.getByRole('button', { name: 'Remove ccipra-v320r0-f1.txt' }).click();
    await options.getByRole('button', { name: 'Remove MCR_MUE_PractitionerServices_Eff_01-01-2026.csv' }).click();
    await expect.poll(() => options.getByText('No edit files imported').count(), { timeout: 10_000 }).toBe(1);
    const again = await h.openFixture('demo/ncci-edits.html');
    await expect.poll(() => again.locator(`${BADGE}[data-code="97140"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await severityOf(again, '97140')).not.toBe('error');
    await again.close();
    await options.close();
  });

  it('refuses a damaged file in options and keeps nothing of it', async () => {
    const options = await h.openExtensionPage('options');
    const before = await storedKeys(options, 'remit-ranger-edits', 'files');
    await options.getByLabel('Import edit files (zip, txt, csv)').setInputFiles({
      name: 'ccipra-v321r0-f2.txt', mimeType: 'text/plain',
      buffer: Buffer.from('Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\r\n97110\t97140\t\t20200101\t*\t5\tx\r\n', 'latin1'),
    });
    await expect.poll(() => options.getByText('Line 2 of ccipra-v321r0-f2.txt: modifier indicator "5" is not 0, 1 or 9').count(), { timeout: 15_000 }).toBe(1);
    expect(await storedKeys(options, 'remit-ranger-edits', 'files')).toEqual(before);
    expect(await options.getByText('Nothing was imported').count()).toBe(1);
    await options.close();
  });

  it('"Delete all local data" removes the imported edits, and the checks stop using them', async () => {
    const options = await h.openExtensionPage('options');
    await options.getByLabel('Import edit files (zip, txt, csv)').setInputFiles(FILES);
    await expect.poll(() => options.locator('section[aria-labelledby="edits-title"]').textContent(), { timeout: 15_000 }).toContain('Imported 2 file(s)');
    const page = await h.openFixture('demo/ncci-edits.html');
    await expect.poll(() => severityOf(page, '97140'), { timeout: 15_000 }).toBe('error');
    await page.close();

    await options.getByRole('button', { name: 'Delete all local data' }).click();
    await options.getByLabel('Type DELETE to confirm').fill('DELETE');
    await options.getByRole('group', { name: 'Delete all local data' }).getByRole('button', { name: 'Delete all local data' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'All local data was deleted.' }).count(), { timeout: 15_000 }).toBe(1);
    // The options views refresh after the wipe and may reopen an empty schema; no record may be left.
    expect((await leftovers(options)).counts['remit-ranger-edits'] ?? 0).toBe(0);

    // The service worker had the edits loaded: after the wipe its next verdicts no longer carry them.
    await h.enableSite(h.origin);
    const again = await h.openFixture('demo/ncci-edits.html');
    await expect.poll(() => again.locator(`${BADGE}[data-code="97140"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await severityOf(again, '97140')).not.toBe('error');
    await again.close();
    await options.close();
  });
});
