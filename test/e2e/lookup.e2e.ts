/**
 * Code lookup in the built extension (issue 4): popup search by any code form and by misspelled
 * words, keyboard copy, detail view with inherited Excludes1 notes, recents/favourites and date
 * of service kept across openings, the side panel tab, the context-menu path, and French.
 * No timed assertions: `npm run bench:ui` measures speed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForSuite } from './suite';

const SEARCH = { en: 'Search codes', fr: 'Rechercher des codes' };

/** Text of the first `n` result rows (each starts with the code). */
async function rows(page: Page, n = 1): Promise<string[]> {
  const options = page.getByRole('listbox').getByRole('option');
  const texts = await options.allTextContents();
  return texts.slice(0, n).map((t) => t.replace(/\s+/g, ' ').trim());
}

async function search(page: Page, text: string, name = SEARCH.en): Promise<void> {
  await page.getByRole('combobox', { name }).fill(text);
}

const firstCode = async (page: Page): Promise<string> => (await page.getByRole('option').first().locator('.lk-code').textContent()) ?? '';

describe('code lookup popup (Chromium, built extension)', () => {
  const h = browserForSuite({ permissions: ['clipboard-read', 'clipboard-write'] });

  it('opens with the search box focused and shows the code typed, in any form, first', async () => {
    const page = await h.openPopup();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search codes');
    // Typed key by key, as a user would, right after opening (tables may still be loading).
    await page.keyboard.type('e119');
    await expect.poll(() => firstCode(page)).toBe('E11.9');
    for (const [input, code] of [['E11.9', 'E11.9'], ['S52521A', 'S52.521A'], ['j-1100', 'J1100'], [' s52.521a ', 'S52.521A'], ['99213', '99213']] as const) {
      await search(page, input);
      await expect.poll(() => firstCode(page), { message: input }).toBe(code);
    }
    // Each row carries the system chip and, for ICD-10-CM, the billable and date-of-service badges.
    await search(page, 'E11.9');
    await expect.poll(() => rows(page)).toEqual([expect.stringMatching(/^E11\.9 Type 2 diabetes mellitus without complications ICD-10-CM Billable Valid on \d\d\/\d\d\/\d{4}\*/)]);
    await search(page, 'E11');
    await expect.poll(() => rows(page)).toEqual([expect.stringContaining('Header – not billable')]);
    await page.close();
  });

  it('finds diabetes codes for a misspelled word', async () => {
    const page = await h.openPopup();
    await search(page, 'diabetis');
    await expect.poll(async () => (await rows(page, 5)).some((r) => /^E1[013]\.\S* .*diabetes mellitus/.test(r))).toBe(true);
    await page.close();
  });

  it('Enter copies the selected code with visible feedback, ↓ moves the selection, Esc clears', async () => {
    const page = await h.openPopup();
    const box = page.getByRole('combobox', { name: 'Search codes' });
    await box.fill('j-1100');
    await expect.poll(() => firstCode(page)).toBe('J1100');
    await box.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied J1100' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('J1100');

    await box.fill('diabetes wo complication');
    // Wait for this query's answers: the list still shows the previous query's rows for a moment.
    await expect.poll(() => rows(page, 2)).toEqual([expect.stringMatching(/diabetes/i), expect.stringMatching(/diabetes/i)]);
    const second = await page.getByRole('option').nth(1).locator('.lk-code').textContent();
    await box.press('ArrowDown');
    expect(await page.getByRole('option', { selected: true }).locator('.lk-code').textContent()).toBe(second);
    await box.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(second);

    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
    // Copied codes are the recent lookups (codes only), most recent first.
    const recent = page.getByRole('region', { name: 'Recent lookups' }).getByRole('button');
    await expect.poll(() => recent.allTextContents()).toEqual([expect.stringContaining(second!), expect.stringContaining('J1100'), 'Clear recent lookups']);
    await page.close();
  });

  it('shows the detail of E11.9 with the Excludes1 notes it inherits from E11, and its source', async () => {
    const page = await h.openPopup();
    const box = page.getByRole('combobox', { name: 'Search codes' });
    await box.fill('E11.9');
    await expect.poll(() => firstCode(page)).toBe('E11.9');
    await box.press('Shift+Enter');
    const detail = page.getByRole('article');
    await expect.poll(() => detail.getByRole('heading', { level: 2 }).textContent()).toBe('E11.9 Type 2 diabetes mellitus without complications');
    // Focus moves to the heading so reading starts at the code.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    const crumbs = detail.getByRole('navigation', { name: 'Hierarchy' });
    expect(await crumbs.textContent()).toContain('E11 Type 2 diabetes mellitus');
    const excludes1 = detail.getByRole('group', { name: 'Excludes1' });
    await expect.poll(() => excludes1.textContent()).toContain('type 1 diabetes mellitus (E10.-)');
    expect(await excludes1.textContent()).toContain('Applies here from: E11');
    expect(await detail.getByText('Notes: ICD-10-CM Tabular List FY2021').count()).toBeGreaterThan(0);
    expect(await detail.getByRole('group', { name: 'Use additional code' }).textContent()).toContain('insulin (Z79.4)');
    // GEMs crosswalk with its flag explained, validity in each release, data sources.
    const crosswalk = detail.getByRole('region', { name: 'Crosswalk to ICD-9-CM (GEMs)' });
    expect(await crosswalk.textContent()).toMatch(/250\.00.*Approximate/);
    const history = detail.getByRole('region', { name: 'Validity by release' });
    expect(await history.getByRole('row').count()).toBe(4); // header + FY2024, FY2025, FY2026
    expect(await detail.getByRole('region', { name: 'Where this data comes from' }).textContent()).toContain('ICD-10-CM FY2026 (October 1, 2025 release)');

    // A cited code opens its own detail; Esc goes back.
    await excludes1.getByRole('button', { name: 'E10.-' }).click();
    await expect.poll(() => detail.getByRole('heading', { level: 2 }).textContent()).toBe('E10 Type 1 diabetes mellitus');
    expect(await detail.getByRole('region', { name: 'Billable codes under E10' }).getByRole('button', { name: 'E10.10' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => detail.getByRole('heading', { level: 2 }).textContent()).toBe('E11.9 Type 2 diabetes mellitus without complications');

    // Favourite: kept in extension storage and listed when the popup opens again.
    await detail.getByRole('button', { name: 'Favourite' }).click();
    await expect.poll(() => detail.getByRole('button', { name: 'Favourite' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
    const again = await h.openPopup();
    const favourites = again.getByRole('region', { name: 'Favourites' });
    await expect.poll(() => favourites.getByRole('button').first().textContent()).toContain('E11.9');
    const stored = await h.serviceWorker.evaluate(() => chrome.storage.local.get(['lookup.favourites', 'lookup.recent']));
    expect(stored['lookup.favourites']).toEqual([{ system: 'icd10cm', code: 'E11.9' }]);
    // Nothing but codes: no query text was stored.
    expect(JSON.stringify(stored)).not.toContain('diabetes');
    await again.close();
  });

  it('shows the 7th-character table of a fracture code', async () => {
    const page = await h.openPopup();
    await search(page, 'S52521A');
    await expect.poll(() => firstCode(page)).toBe('S52.521A');
    await page.getByRole('option').first().click();
    const table = page.getByRole('region', { name: '7th character' });
    await expect.poll(() => table.textContent()).toContain('initial encounter for closed fracture — this code');
    await page.close();
  });

  it('answers for the date of service and remembers it', async () => {
    const page = await h.openPopup();
    // S30.1XXA was deleted by the FY2026 release (October 1, 2025); the default date is today.
    await search(page, 's301xxa');
    await expect.poll(() => rows(page)).toEqual([expect.stringContaining('Deleted 10/01/2025')]);
    expect((await rows(page))[0]).toContain('Replaced by S30.11XA');
    await page.getByLabel('Date of service').fill('2025-06-15');
    await expect.poll(() => rows(page)).toEqual([expect.stringContaining('Valid on 06/15/2025')]);
    await page.close();
    const again = await h.openPopup();
    await expect.poll(() => again.getByLabel('Date of service').inputValue()).toBe('2025-06-15');
    await again.getByRole('button', { name: 'Today' }).click();
    await expect.poll(() => again.getByRole('button', { name: 'Today' }).count()).toBe(0);
    await again.close();
  });

  it('opens the side panel Lookup tab on the text selected in a page (context menu)', async () => {
    await h.serviceWorker.evaluate(async () => {
      const test = (globalThis as unknown as { remitRangerTest: { contextMenuClick(info: unknown, tab?: unknown): Promise<void> } }).remitRangerTest;
      await test.contextMenuClick({ menuItemId: 'rr-lookup', selectionText: '  diabetes   wo complication\n', editable: false, pageUrl: 'http://localhost/' });
    });
    const panel = await h.openExtensionPage('sidepanel');
    await expect.poll(() => panel.getByRole('tab', { name: 'Lookup' }).getAttribute('aria-selected')).toBe('true');
    const box = panel.getByRole('combobox', { name: 'Search codes' });
    await expect.poll(() => box.inputValue()).toBe('diabetes wo complication');
    await expect.poll(() => firstCode(panel)).toBe('E11.9');
    // The hand-over is read once: the session item is cleared.
    const session = await panel.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get('lookup.pending'));
    expect(session['lookup.pending']).toBeUndefined();
    await panel.close();
  });
});

describe('code lookup in French', () => {
  const h = browserForSuite({ locale: 'fr-FR' });

  it('shows French labels, badges and notes headings', async () => {
    const page = await h.openPopup(SEARCH.fr);
    await expect.poll(() => page.getByLabel('Date de service').count()).toBe(1);
    // Recents load from storage after the first render.
    await expect.poll(() => page.getByRole('region', { name: 'Recherches récentes' }).count()).toBe(1);
    await search(page, 'e119', SEARCH.fr);
    await expect.poll(() => rows(page)).toEqual([expect.stringMatching(/CIM-10-CM Facturable Valide le (\d{2}\/\d{2}\/\d{4}|\d{4}-\d\d-\d\d)/)]);
    await page.getByRole('option').first().click();
    await expect.poll(() => page.getByRole('group', { name: 'Excludes1 (exclusion stricte)' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Retour aux résultats/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Copier E11.9' }).count()).toBe(1);
    await page.close();
  });
});
