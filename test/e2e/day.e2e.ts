// A specialist's day on the demo portal (issue 18): a claim page open before a browser restart is
// read after it, every time; "Read this page again"; the next-actions box, the letter per denial,
// the payer rule chosen in the panel, and the worklist rows.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launch } from './harness';
import { browserForSuite } from './suite';

const BADGE = '[data-remit-ranger="badge"]';
const CHIP = '[data-remit-ranger="chip"]';

/** Makes the profile restore its open tabs at the next start, as users who "continue where they left off" have it. */
function restoreTabsOnStartup(userDataDir: string): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  prefs.session = { ...prefs.session, restore_on_startup: 1 };
  writeFileSync(file, JSON.stringify(prefs));
}

async function restoredPage(context: BrowserContext, path: string): Promise<Page> {
  let found: Page | undefined;
  await expect.poll(() => (found = context.pages().find((p) => p.url().includes(path))), { timeout: 20_000, message: `restored tab ${path}` }).toBeTruthy();
  return found!;
}

describe('a page that is always read (Chromium, built extension)', () => {
  it('reads a claim page open before a browser restart, five restarts out of five', async () => {
    const PATH = 'demo/known-problems.html';
    let h = await launch();
    const server = h.server;
    const dir = h.userDataDir;
    try {
      await h.enableSite(h.origin);
      const page = await h.openFixture(PATH);
      await page.locator(CHIP).waitFor({ state: 'attached', timeout: 15_000 });
      let read = 0;
      for (let start = 1; start <= 5; start++) {
        await h.close({ keepProfile: true, keepServer: true });
        restoreTabsOnStartup(dir);
        h = await launch({ userDataDir: dir, server });
        const restored = await restoredPage(h.context, PATH);
        // Read as soon as it loads: the chip and badges appear with no reload.
        await restored.locator(CHIP).waitFor({ state: 'attached', timeout: 15_000 });
        await expect.poll(() => restored.locator(BADGE).count(), { timeout: 15_000 }).toBeGreaterThan(5);
        const panel = await h.openPanelFor(restored, 'claim');
        await expect.poll(() => panel.getByText('A26301000102').count(), { timeout: 15_000, message: `claim in panel after start ${start}` }).toBeGreaterThan(0);
        await panel.close();
        read++;
      }
      expect(read).toBe(5);
    } finally {
      await h.close();
      await server.close();
    }
    // Five browser starts take a minute on a busy 2-core machine: the time limit is for the starts, not for reading.
  }, 240_000);

  describe('tabs open before the reader runs', () => {
    const h = browserForSuite();

    it('the service worker reads tabs already open on an enabled site (update, start), without a reload', async () => {
      const page = await h.openFixture('demo/known-problems.html');
      // Fully loaded first (the worker also reads an enabled page when its load completes).
      const id = await h.tabIdOf(page);
      await expect.poll(() => h.serviceWorker.evaluate(async (tabId) => (await (chrome.tabs as unknown as { get(i: number): Promise<{ status?: string }> }).get(tabId)).status, id)).toBe('complete');
      // Enabled behind the page's back: the registration applies to the next load only.
      await h.serviceWorker.evaluate(async (o) => {
        await chrome.storage.local.set({ 'sites.enabled': [o] });
      }, h.origin);
      expect(await page.locator(CHIP).count()).toBe(0);
      // What runtime.onStartup / onInstalled do.
      const injected = await h.serviceWorker.evaluate(() => (globalThis as unknown as { remitRangerTest: { readOpenTabs(): Promise<number> } }).remitRangerTest.readOpenTabs());
      expect(injected).toBeGreaterThan(0);
      await page.locator(CHIP).waitFor({ state: 'attached', timeout: 15_000 });
      await page.close();
    });

    it('"Read this page again" in the panel reads a page the reader was not running in', async () => {
      await h.serviceWorker.evaluate(() => chrome.storage.local.set({ 'sites.enabled': [] }));
      const page = await h.openFixture('demo/medicare-mac.html');
      await h.serviceWorker.evaluate((o) => chrome.storage.local.set({ 'sites.enabled': [o] }), h.origin);
      const panel = await h.openPanelFor(page, 'claim');
      const again = panel.getByRole('button', { name: 'Read this page again' });
      await again.first().waitFor({ timeout: 15_000 });
      await again.first().click();
      await expect.poll(() => panel.locator('[data-field="claimNumber"]').count(), { timeout: 15_000 }).toBe(1);
      await panel.close();
      await page.close();
    });
  });
});

describe('next actions and one letter per denial (Chromium, built extension)', () => {
  const h = browserForSuite({ enableFixtureSite: true });

  async function claimPanel(path: string, width = 420): Promise<{ page: Page; panel: Page }> {
    const page = await h.openFixture(path);
    await page.locator(CHIP).waitFor({ state: 'attached', timeout: 15_000 });
    const panel = await h.openPanelFor(page, 'claim');
    await panel.setViewportSize({ width, height: 900 });
    await panel.locator('.next-actions .na-row').first().waitFor({ timeout: 15_000 });
    return { page, panel };
  }

  it('shows the next-actions box of a claim with three denials, first, with lines, letters and evidence', async () => {
    const { page, panel } = await claimPanel('demo/known-problems.html');
    const rows = panel.locator('.next-actions li.na-row');
    await expect.poll(() => rows.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-kind')}:${e.getAttribute('data-lines')}`)))
      .toEqual(['corrected-claim:1, 4', 'corrected-claim:2', 'appeal:3']);
    // The box comes before the lines table, which comes before the finding cards.
    const order = await panel.evaluate(() => {
      const y = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top;
      return [y('.next-actions'), y('table.claim-lines'), y('.findings')];
    });
    expect(order[0]).toBeLessThan(order[1]!);
    expect(order[1]).toBeLessThan(order[2]!);
    const appeal = rows.nth(2);
    expect(await appeal.locator('.na-head').innerText()).toMatch(/Appeal · line 3 · CO-50 N115/);
    // The appeal window is counted from the page's remittance date, and says which rule gave it.
    expect(await appeal.locator('.na-letter').innerText()).toMatch(/Letter: Medical necessity appeal \(CO-50\) · .*\d{2}\/\d{2}\/\d{4} \(appeal window\)/);
    // Evidence: the fix links land on finding cards that exist.
    const href = await rows.nth(0).locator('.na-fix a').first().getAttribute('href');
    expect(await panel.locator(href!).count()).toBe(1);
    // Each denial's explanation is said once: CO-16 sits on two lines, one card.
    expect(await panel.locator('li.finding[data-rule="denial-playbook"]', { hasText: 'CO-16' }).count()).toBe(1);
    await panel.close();
    await page.close();
  });

  it('opens the letter for each denial listing only its lines, and warns about a flagged code it cites', async () => {
    const { page, panel } = await claimPanel('demo/known-problems.html');
    await panel.locator('.next-actions li.na-row').nth(2).locator('.na-letter button').click();
    const final = panel.locator('textarea.tpl-final');
    await expect.poll(() => final.inputValue(), { timeout: 15_000 }).toContain('95004');
    let text = await final.inputValue();
    expect(text).not.toContain('99214');
    expect(text).not.toContain('36415');
    expect(text).not.toContain('82947');
    expect(text).toContain('CO-50');
    expect(text).not.toContain('CO-16');
    // Line 3 points at B88.0, deleted before the date of service: the letter cites it, so it warns.
    expect(text).toContain('B88.0');
    expect(await panel.locator('.tpl-flagged').innerText()).toMatch(/cites B88\.0/);
    // One letter per denial: choose CO-97 and the letter follows, with line 2 only.
    const choices = panel.locator('.letters-for-denials li');
    expect(await choices.evaluateAll((els) => els.map((e) => e.getAttribute('data-denial')))).toEqual(['CO-16', 'CO-97', 'CO-50']);
    await choices.nth(1).locator('button').click();
    await expect.poll(() => final.inputValue()).toContain('36415');
    text = await final.inputValue();
    expect(text).not.toContain('95004');
    expect(await panel.locator('.tpl-tab select').first().inputValue()).toBe('bundling-modifier');
    await panel.close();
    await page.close();
  });

  it('changing the payer rule in the panel changes the deadline, and is remembered after a reload', async () => {
    const { page, panel } = await claimPanel('demo/known-problems.html');
    const box = panel.locator('section.payer-rule');
    await box.waitFor({ timeout: 15_000 });
    // An adjudicated denial: the appeal window is the deadline that matters (no filing window shown).
    const appeal = box.locator('[data-deadline="appeal"]');
    const before = await appeal.innerText();
    expect(await box.getAttribute('data-rule')).not.toBe('medicare-part-b');
    await box.locator('select').selectOption('medicare-part-b');
    // Original Medicare Part B: 120 days from the presumed receipt of the notice (its date + 5 days).
    await expect.poll(() => appeal.innerText(), { timeout: 15_000 }).not.toBe(before);
    const after = await appeal.innerText();
    expect(after).toMatch(/^Appeal: by \d{2}\/\d{2}\/\d{4}/);
    expect(await box.locator('[data-field="rule-name"]').innerText()).toMatch(/Medicare Part B/);
    // The next-actions box follows the same rule.
    const due = /\d{2}\/\d{2}\/\d{4}/.exec(after)![0];
    await expect.poll(() => panel.locator('.next-actions').innerText()).toContain(due);
    await panel.reload();
    await panel.locator('section.payer-rule').waitFor({ timeout: 15_000 });
    await expect.poll(() => panel.locator('section.payer-rule select').inputValue(), { timeout: 15_000 }).toBe('medicare-part-b');
    await expect.poll(() => panel.locator('section.payer-rule [data-deadline="appeal"]').innerText()).toBe(after);
    // Back to automatic for the other tests.
    await panel.locator('section.payer-rule select').selectOption('');
    await expect.poll(() => panel.locator('section.payer-rule [data-deadline="appeal"]').innerText()).toBe(before);
    await panel.close();
    await page.close();
  });

  it('screenshots of the Claim tab at 360 and 420 px', async () => {
    const { mkdirSync } = await import('node:fs');
    const dir = process.env.SCREENS_DIR;
    for (const width of [360, 420]) {
      const { page, panel } = await claimPanel('demo/known-problems.html', width);
      await panel.locator('.findings').waitFor();
      // Nothing wider than the panel: no sideways scrolling of the whole page.
      const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      if (dir) {
        mkdirSync(dir, { recursive: true });
        await panel.screenshot({ path: join(dir, `claim-${width}.png`), fullPage: true });
        // Readable pieces of the long page, one screen each.
        const height = await panel.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, n = 1; y < Math.min(height, 3200); y += 640, n++) {
          await panel.screenshot({ path: join(dir, `claim-${width}-${n}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(640, height - y) } });
        }
      }
      await panel.close();
      await page.close();
    }
  });
});

describe('the worklist a manager would accept (Chromium, built extension)', () => {
  const h = browserForSuite({ enableFixtureSite: true });

  it('shows patient, payer, balance owed by the payer, last action and next date; search finds the patient; the Claim tab shows the note', async () => {
    const CLAIM = '2126331047210';
    const page = await h.openFixture('demo/medicare-mac.html');
    await page.locator(CHIP).waitFor({ state: 'attached', timeout: 15_000 });
    const panel = await h.openPanelFor(page, 'notes');
    const notes = panel.getByRole('region', { name: 'Follow-up notes' });
    await notes.getByRole('textbox', { name: 'Passphrase' }).fill('correct horse battery staple');
    await notes.getByRole('textbox', { name: 'Type it again' }).fill('correct horse battery staple');
    await notes.getByRole('button', { name: 'Create vault' }).click();
    await notes.getByRole('button', { name: 'Lock now' }).waitFor();
    const claimBox = notes.getByRole('textbox', { name: 'Claim number' });
    // The claim number comes from the page (so does the patient's name, kept sealed with the item).
    await expect.poll(() => claimBox.inputValue(), { timeout: 15_000 }).toBe(CLAIM);
    await notes.getByRole('textbox', { name: 'Outcome' }).fill('reprocessing line 2');
    await notes.getByRole('textbox', { name: 'Note', exact: true }).fill('Rep Dana: records received for the A7030 line.');
    await notes.getByLabel('Next follow-up date').fill('2026-12-15');
    await notes.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => notes.getByRole('status').filter({ hasText: 'Note saved.' }).count()).toBe(1);

    const row = notes.locator(`li.worklist-row[data-claim="${CLAIM}"]`);
    await row.first().waitFor({ timeout: 15_000 });
    expect(await row.count()).toBe(1);
    expect(await row.locator('[data-field="patient"]').innerText()).toContain('TESTPATIENT, MORGAN');
    expect((await row.locator('[data-field="payer"]').innerText()).trim()).not.toBe('');
    // Billed 1,318.00 - paid 166.26 - contractual (CO-45 105.96 + CO-253 3.33) - patient 42.41.
    expect(await row.locator('[data-field="balance"]').innerText()).toBe('$1,000.04 owed by the payer');
    expect(await row.locator('[data-field="last"]').innerText()).toMatch(/^Last: Phone call, \d{2}\/\d{2}\/\d{4} — reprocessing line 2$/);
    expect(await row.locator('[data-field="next"]').innerText()).toMatch(/^Next: \d{2}\/\d{2}\/\d{4} \(/);
    expect(await notes.locator('.worklist-covers').innerText()).toMatch(/^Covers 1 claim with notes/);

    // Search finds the claim's notes by the patient's name.
    await notes.getByRole('searchbox').fill('morgan');
    await notes.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => notes.getByText('Matches: 1').count()).toBe(1);

    // The Claim tab shows the claim's notes: how many, the last one.
    await panel.getByRole('tab', { name: 'Claim' }).click();
    await expect.poll(() => panel.locator('[data-notes-count]').getAttribute('data-notes-count'), { timeout: 15_000 }).toBe('1');
    expect(await panel.locator('.claim-notes-last').innerText()).toContain('reprocessing line 2');
    await panel.close();
    await page.close();
  });
});
