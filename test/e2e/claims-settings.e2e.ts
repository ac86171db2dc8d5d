/**
 * Options "Claim checks" in real Chromium: a payer rule refused while invalid, saved when valid and
 * still there after a reload; a check switched off persists; the official CARC list import (a good
 * file imports, a malformed one shows its line numbers and changes nothing). The CSV files are
 * hand-made: real CARC numbers with descriptions invented for the test (no X12 text).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { storedKeys } from './harness';
import { browserForSuite } from './suite';

const GOOD = ['Code,Description', '45,"Invented wording, charge above the agreed fee"', '97,Invented wording for a bundled service', 'B7,Invented wording for a provider not certified', ''].join('\n');
// Line 3: a RARC in the CARC list; line 4: no description; line 5: code 16 again.
const BAD = ['Code,Description', '16,Invented wording', 'N130,Invented wording', '50,', '16,Other invented wording', ''].join('\n');

const upload = (page: Page, name: string, text: string) =>
  page.getByLabel('Import CARC list (CSV)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

const stored = (page: Page, key: string) => page.evaluate(async (k) => (await chrome.storage.local.get(k))[k] ?? null, key);

/** Codes of the imported X12 lists, read from an extension page (the store lives in the extension's origin). */
const storedCodes = (page: Page) => storedKeys(page, 'remit-ranger-x12', 'codes');

describe('options: claim check settings (Chromium, built extension)', () => {
  const h = browserForSuite();
  let page: Page;
  beforeAll(async () => {
    page = await h.openExtensionPage('options');
  });

  it('shows the built-in deadlines by payer type, each customizable', async () => {
    await expect.poll(() => page.getByRole('heading', { name: 'Payer deadlines' }).count()).toBe(1);
    const partB = page.getByRole('table', { name: 'Built-in payer rules' }).getByRole('row', { name: /^Original Medicare Part B/ });
    expect(await partB.getByRole('cell').allTextContents()).toEqual([
      'payers of type: Original Medicare Part B', '12 months from the date of service', '120 days from the initial determination (+5 days presumed mail receipt)',
      expect.stringContaining('180 days'), 'Customize',
    ]);
    expect(await page.getByRole('button', { name: /^Customize / }).count()).toBe(7);
    expect(await page.getByText('No rules of your own yet').count()).toBe(1);
  });

  it('refuses an invalid payer rule with field messages and saves nothing', async () => {
    await page.getByRole('button', { name: 'Add a payer rule' }).click();
    const form = page.getByRole('form', { name: 'New payer rule' });
    await form.getByLabel('Rule name').fill('Aetna commercial');
    await form.getByRole('button', { name: 'Save rule' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('The rule was not saved: correct the fields marked below.');
    expect(await form.getByLabel('Payer name pattern').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByText('Enter at least one payer name to match').count()).toBe(1);
    expect(await form.getByText('Enter the timely filing window.').count()).toBe(1);
    expect(await stored(page, 'claims.payerRules')).toBeNull();
  });

  it('saves a valid rule, which persists after a reload and wins in the tester', async () => {
    const form = page.getByRole('form', { name: 'New payer rule' });
    await form.getByLabel('Payer name pattern').fill('aetna');
    await form.getByLabel('Timely filing window').fill('90');
    await form.getByLabel('Appeal window (days)').fill('60');
    await form.getByRole('button', { name: 'Save rule' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Payer rules saved.' }).count()).toBe(1);
    expect(await stored(page, 'claims.payerRules')).toEqual([
      { id: expect.any(String), label: 'Aetna commercial', payerMatch: 'aetna', timelyFilingDays: 90, timelyFilingFrom: 'dos', appealDays: 60, appealFrom: 'determination' },
    ]);

    await page.reload();
    const list = page.getByRole('list', { name: 'Your payer rules, in the order they are tried' });
    await expect.poll(() => list.getByRole('listitem', { name: 'Aetna commercial' }).count()).toBe(1);
    expect(await list.getByRole('listitem', { name: 'Aetna commercial' }).textContent()).toContain('Timely filing: 90 days from the date of service');
    await page.getByLabel('Test with a payer name').fill('AETNA Better Health of Ohio');
    await expect.poll(() => page.getByRole('status', { name: 'Rule that would apply' }).textContent()).toContain('Rule applied: Aetna commercial — your rule no. 1');
    await page.getByLabel('Test with a payer name').fill('Palmetto GBA');
    await expect.poll(() => page.getByRole('status', { name: 'Rule that would apply' }).textContent()).toContain('Rule applied: Original Medicare Part B — built-in default');
  });

  it('switches a check off, and it stays off after a reload', async () => {
    const units = page.getByRole('switch', { name: 'Units' });
    expect(await units.isChecked()).toBe(true);
    await units.click();
    await expect.poll(() => stored(page, 'claims.disabledRules')).toEqual(['units']);
    await page.reload();
    await expect.poll(() => page.getByRole('switch', { name: 'Units' }).count()).toBe(1);
    expect(await page.getByRole('switch', { name: 'Units' }).isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: 'Amounts' }).isChecked()).toBe(true);
  });

  it('imports a small CARC list', async () => {
    const carc = page.getByRole('group', { name: 'Claim adjustment reason codes (CARC)' });
    expect(await carc.getByText('Not imported.').count()).toBe(1);
    await upload(page, 'my-carc.csv', GOOD);
    await expect.poll(() => carc.getByRole('status').filter({ hasText: 'Imported 3 codes from my-carc.csv.' }).count()).toBe(1);
    await expect.poll(() => carc.getByText(/^3 codes imported from my-carc\.csv on /).count()).toBe(1);
    expect((await storedCodes(page)).sort()).toEqual(['carc:45', 'carc:97', 'carc:B7']);
    expect(await page.getByRole('group', { name: 'Remittance advice remark codes (RARC)' }).getByText('Not imported.').count()).toBe(1);
  });

  it('rejects a malformed CSV with its line numbers and imports nothing', async () => {
    const carc = page.getByRole('group', { name: 'Claim adjustment reason codes (CARC)' });
    await upload(page, 'broken.csv', BAD);
    const alert = carc.getByRole('alert');
    await expect.poll(() => alert.filter({ hasText: 'broken.csv was not imported and nothing changed' }).count()).toBe(1);
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([
      'Line 3: “N130” is not a CARC code.',
      'Line 4: Code 50 has no description.',
      'Line 5: Code 16 already appears on line 2.',
    ]);
    expect(await carc.getByText(/^3 codes imported from my-carc\.csv on /).count()).toBe(1);
    expect((await storedCodes(page)).sort()).toEqual(['carc:45', 'carc:97', 'carc:B7']);
  });

  it('keeps the import across a reload, and removes it on request', async () => {
    await page.reload();
    const carc = page.getByRole('group', { name: 'Claim adjustment reason codes (CARC)' });
    await expect.poll(() => carc.getByText(/^3 codes imported from my-carc\.csv on /).count()).toBe(1);
    await carc.getByRole('button', { name: 'Remove imported CARC list' }).click();
    await carc.getByRole('group', { name: 'Remove imported CARC list' }).getByRole('button', { name: 'Yes, remove' }).click();
    await expect.poll(() => carc.getByText('Not imported.').count()).toBe(1);
    expect(await storedCodes(page)).toEqual([]);
  });
});
