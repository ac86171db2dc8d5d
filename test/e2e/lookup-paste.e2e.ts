/**
 * What staff paste into the lookup popup (issue 15), in the built extension: a line with three
 * codes shows the three, a denial code shows its explanation, a retired code its successors, and
 * typing right after opening the popup lands in the search box even when a locked notes vault
 * exists (the passphrase box used to take the focus); the options page then opens at its top.
 */
import { describe, expect, it } from 'vitest';
import { browserForSuite } from './suite';

const PASS = 'correct horse battery staple';
const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('lookup of pasted text (Chromium, built extension)', () => {
  const h = browserForSuite({ permissions: ['clipboard-read', 'clipboard-write'] });

  it('pasting a line with three codes shows the three, each first in its group, and copies them as a list', async () => {
    const page = await h.openPopup();
    await page.getByRole('combobox', { name: 'Search codes' }).fill('Dx: M79.604; M25.561 | CPT 99213-25 x1');
    const groups = page.locator('section.lk-group');
    await expect.poll(() => groups.count()).toBe(3);
    const firstRows = await Promise.all([0, 1, 2].map((k) => groups.nth(k).getByRole('option').first().locator('.lk-code').textContent()));
    expect(firstRows).toEqual(['M79.604', 'M25.561', '99213']);
    await page.getByRole('button', { name: /^Copy the list/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('M79.604, M25.561, 99213-25');
    await page.close();
  });

  it('CO-50 shows its explanation and next steps', async () => {
    const page = await h.openPopup();
    await page.getByRole('combobox', { name: 'Search codes' }).fill('CO-50');
    const card = page.locator('.lk-denial');
    await card.waitFor();
    expect(text(await card.locator('h3').textContent())).toBe('Denial reason (CARC) CO-50: Not medically necessary (per the payer)');
    expect(await card.locator('ol li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('a retired code shows its history and successors, which open their detail', async () => {
    const page = await h.openPopup();
    await page.getByRole('combobox', { name: 'Search codes' }).fill('T81.4XXA');
    // Known from the 2018 GEMs, which load after the core tables.
    const card = page.locator('.lk-retired');
    await card.waitFor();
    expect(text(await card.textContent())).toMatch(/T81\.4XXA was an ICD-10-CM code in FY2018 .* deleted before/);
    await card.getByRole('button', { name: 'T81.40XA' }).click();
    await expect.poll(async () => text(await page.locator('.lk-detail-title').textContent())).toMatch(/^T81\.40XA Infection following a procedure/);
    await page.close();
  });

  it('with a locked vault, typing right after opening the popup lands in the search box; the options page opens at its top', async () => {
    const panel = await h.openExtensionPage('sidepanel', { tab: 'notes' });
    const notes = panel.getByRole('region', { name: 'Follow-up notes' });
    await notes.getByRole('textbox', { name: 'Passphrase' }).fill(PASS);
    await notes.getByRole('textbox', { name: 'Type it again' }).fill(PASS);
    await notes.getByRole('button', { name: 'Create vault' }).click();
    await notes.getByRole('button', { name: 'Lock now' }).click();
    await notes.getByRole('button', { name: 'Unlock' }).waitFor();

    const page = await h.openExtensionPage('popup');
    // The unlock form is on screen (the one that used to take the focus) before anything is typed.
    await page.getByRole('textbox', { name: 'Passphrase' }).waitFor();
    await page.keyboard.type('k21.9');
    const box = page.getByRole('combobox', { name: 'Search codes' });
    expect(await box.inputValue()).toBe('k21.9');
    expect(await page.getByRole('textbox', { name: 'Passphrase' }).inputValue()).toBe('');
    await expect.poll(async () => page.getByRole('option').first().locator('.lk-code').textContent()).toBe('K21.9');
    await page.close();

    const options = await h.openExtensionPage('options');
    await options.getByRole('textbox', { name: 'Passphrase' }).waitFor();
    expect(await options.evaluate(() => window.scrollY)).toBe(0);
    expect(await options.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await options.close();
    await panel.close();
  });
});
