// A specialist's day on the demo portal (issue 18): a claim page open before a browser restart is
// read after it, every time; "Read this page again"; the next-actions box, the letter per denial,
// the payer rule chosen in the panel, and the worklist rows.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, type Harness } from './harness';

const BADGE = '[data-remit-ranger="badge"]';
const CHIP = '[data-remit-ranger="chip"]';

async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const url = page.url();
  const tabs = await h.serviceWorker.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
  return tab.id;
}

/** Makes the profile restore its open tabs at the next start, as users who "continue where they left off" have it. */
function restoreTabsOnStartup(userDataDir: string): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  prefs.session = { ...(prefs.session ?? {}), restore_on_startup: 1 };
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
    const origin = `http://localhost:${server.port}`;
    const dir = h.userDataDir;
    try {
      await h.enableSite(origin);
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
        const panel = await h.openExtensionPage('sidepanel', { tabId: await tabIdOf(h, restored), tab: 'claim' });
        await expect.poll(() => panel.getByText('A26301000102').count(), { timeout: 15_000, message: `claim in panel after start ${start}` }).toBeGreaterThan(0);
        await panel.close();
        read++;
      }
      expect(read).toBe(5);
    } finally {
      await h.close();
      await server.close();
    }
  });

  describe('tabs open before the reader runs', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch();
    });
    afterAll(async () => {
      await h?.close();
    });

    it('the service worker reads tabs already open on an enabled site (update, start), without a reload', async () => {
      const page = await h.openFixture('demo/known-problems.html');
      // Enabled behind the page's back: the registration applies to the next load only.
      await h.serviceWorker.evaluate(async (o) => {
        await chrome.storage.local.set({ 'sites.enabled': [o] });
      }, `http://localhost:${h.server.port}`);
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
      await h.serviceWorker.evaluate((o) => chrome.storage.local.set({ 'sites.enabled': [o] }), `http://localhost:${h.server.port}`);
      const panel = await h.openExtensionPage('sidepanel', { tabId: await tabIdOf(h, page), tab: 'claim' });
      const again = panel.getByRole('button', { name: 'Read this page again' });
      await again.first().waitFor({ timeout: 15_000 });
      await again.first().click();
      await expect.poll(() => panel.locator('[data-field="claimNumber"]').count(), { timeout: 15_000 }).toBe(1);
      await panel.close();
      await page.close();
    });
  });
});
