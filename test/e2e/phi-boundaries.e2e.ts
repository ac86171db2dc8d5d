/**
 * Issue 17 end to end (Chromium, built extension): a letter keeps its claim on the form page of
 * the same site and asks before another site; a note draft is not carried to the next claim; a
 * content script's world can neither read nor write extension storage; the clipboard is emptied by the service worker
 * after the delay with the side panel closed (and the worker stopped meanwhile); a portal page that
 * reports a new claim every second does not keep the vault open; "Delete all local data", five
 * times with a portal tab and the side panel open, leaves nothing after a browser restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { leftovers, recordCount } from './leftovers';
import { notes, openVault } from './vault';


/** Stops every service worker of the profile, as Chrome does to an idle worker (CDP). */
async function stopWorkers(h: Harness, page: Page): Promise<void> {
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

describe('PHI boundaries (issue 17; Chromium, built extension)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close().catch(() => undefined);
  });

  it('item 2: the clipboard is empty after the delay with the side panel closed and the worker stopped', async () => {
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://localhost:${h.server.port}` });
    const options = await h.openExtensionPage('options');
    const form = options.getByRole('form', { name: 'Practice details for letters' });
    await form.getByRole('textbox', { name: 'Provider or practice name' }).fill('Riverside Family Practice');
    await form.getByRole('spinbutton', { name: 'Clear a copied letter from the clipboard after (seconds)' }).fill('5');
    await form.getByRole('button', { name: 'Save practice details' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Practice details saved.');
    await options.close();

    const page = await h.openFixture('forms/textarea.html');
    await page.waitForLoadState('load');
    const panel = await h.openExtensionPage('sidepanel', { tabId: await h.tabIdOf(page), tab: 'templates' });
    await panel.getByRole('combobox', { name: 'Template' }).selectOption('call-note');
    const finalText = panel.getByRole('textbox', { name: 'Final text' });
    await finalText.fill(`${await finalText.inputValue()}\nPatient said the card was replaced.`);
    const text = await finalText.inputValue();
    await panel.getByRole('button', { name: 'Copy', exact: true }).click();
    // The letter still has blanks: it asks first.
    await panel.getByRole('alertdialog').getByRole('button', { name: 'Copy anyway' }).click();
    await expect.poll(() => h.serviceWorker.evaluate(async () => (await chrome.storage.session.get('clipboard.clearAt'))['clipboard.clearAt'])).toBeTypeOf('number');
    await panel.close();
    // The panel's own clear on closing is not what is tested: the letter is put back, as if the
    // panel had been killed without its pagehide. Only the worker can empty it now.
    await page.bringToFront();
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await stopWorkers(h, page);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    expect(await clipboard()).toBe(text);
    await expect.poll(clipboard, { timeout: 45_000, interval: 500 }).toBe('');
    await page.close();
  }, 90_000);

  it('item 1: a letter filled on a claim page keeps its claim on the form page of the same site, and asks before another site', async () => {
    const port = h.server.port;
    await h.enableSite(`http://localhost:${port}`);
    await h.enableSite(`http://127.0.0.1:${port}`);
    const page = await h.openFixture('demo/medicare-mac.html');
    await page.waitForLoadState('load');
    const panel = await h.openExtensionPage('sidepanel', { tabId: await h.tabIdOf(page), tab: 'templates' });
    const letterFor = panel.getByRole('status').filter({ hasText: 'Letter for claim' });
    await expect.poll(() => letterFor.textContent(), { timeout: 15_000 }).toContain('2126331047210');
    await panel.getByRole('combobox', { name: 'Template' }).selectOption('reconsideration');
    const finalText = panel.getByRole('textbox', { name: 'Final text' });
    await expect.poll(() => finalText.inputValue()).toContain('2126331047210');

    // The dispute form is another page of the same site, without a claim on it.
    await page.goto(h.server.url('forms/textarea.html'));
    await page.focus('#reason');
    await page.waitForTimeout(1500); // time for the reader and the panel to see the new page
    expect(await letterFor.textContent()).toContain('2126331047210');
    expect(await finalText.inputValue()).toContain('2126331047210');
    expect(await finalText.inputValue()).not.toContain('{{claimNumber}}');
    const text = await finalText.inputValue();
    const insert = async () => {
      await panel.getByRole('button', { name: 'Insert into page' }).click();
      const blanks = panel.getByRole('alertdialog').getByRole('button', { name: 'Insert anyway', exact: true });
      if (await blanks.isVisible().catch(() => false)) await blanks.click();
    };
    await insert();
    await expect.poll(() => page.inputValue('#reason')).toBe(text);

    // Another site's page in that tab: nothing goes in until the user says so.
    await page.goto(`http://127.0.0.1:${port}/forms/textarea.html`);
    await page.focus('#reason');
    await page.waitForTimeout(1000);
    await insert();
    const ask = panel.getByRole('alertdialog', { name: 'Insert on another site?' });
    await ask.waitFor();
    expect(await ask.textContent()).toContain(`read on http://localhost:${port}`);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.inputValue('#reason')).toBe('');
    await insert();
    await panel.getByRole('alertdialog', { name: 'Insert on another site?' }).getByRole('button', { name: `Insert on http://127.0.0.1:${port}` }).click();
    await expect.poll(() => page.inputValue('#reason')).toBe(text);
    await panel.close();
    await page.close();
  }, 90_000);

  it('item 1: a note draft typed for one claim is not carried to the next claim', async () => {
    await h.enableSite(`http://localhost:${h.server.port}`);
    const page = await h.openFixture('demo/spa.html');
    await page.waitForLoadState('load');
    const panel = await h.openExtensionPage('sidepanel', { tabId: await h.tabIdOf(page), tab: 'notes' });
    const n = notes(panel);
    await openVault(panel);
    const claimNumber = n.getByRole('textbox', { name: 'Claim number' });
    await expect.poll(() => claimNumber.inputValue(), { timeout: 15_000 }).toMatch(/^SPA2026/);
    const first = await claimNumber.inputValue();
    await n.getByRole('textbox', { name: 'Reference number' }).fill('REF-FIRST-77');
    // The portal moves to the other claim while the note is open.
    await page.locator(`button[data-claim="${first.endsWith('1') ? 1 : 0}"]`).click();
    const ask = n.getByRole('alertdialog');
    await ask.waitFor({ timeout: 15_000 });
    expect(await n.getByRole('button', { name: 'Save note' }).isDisabled()).toBe(true);
    await ask.getByRole('button', { name: `Keep it on ${first} (saved as a draft)` }).click();
    await expect.poll(() => claimNumber.inputValue()).not.toBe(first);
    expect(await n.getByRole('textbox', { name: 'Reference number' }).inputValue()).toBe('');
    await panel.close();
    await page.close();
  }, 90_000);

  it('item 4: a script in a portal page (a content script\'s world) can neither read nor write extension storage', async () => {
    expect(await h.serviceWorker.evaluate(() => (globalThis as unknown as { remitRangerTest: { storageAccess: Promise<unknown> } }).remitRangerTest.storageAccess))
      .toEqual({ session: 'restricted', local: 'restricted' });
    await h.enableSite(`http://localhost:${h.server.port}`);
    const page = await h.openFixture('forms/textarea.html');
    await page.waitForLoadState('load');
    const tabId = await h.tabIdOf(page);
    const practice = () => h.serviceWorker.evaluate(async () => JSON.stringify(await chrome.storage.local.get('templates.practice')));
    const before = await practice();
    // Runs in the isolated world our content scripts use, as a compromised portal renderer would.
    const tried = await h.serviceWorker.evaluate(async (id) => {
      const [r] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: async () => {
          const attempt = async (f: () => Promise<unknown>) => f().then(() => 'allowed', (e: unknown) => `refused: ${String(e)}`);
          type Area = { get(k: null): Promise<unknown>; set(v: object): Promise<void> };
          const area = (globalThis as unknown as { chrome: { storage?: { local?: Area; session?: Area } } }).chrome.storage;
          return {
            readLocal: area?.local ? await attempt(() => area.local!.get(null)) : 'no storage.local',
            writeLocal: area?.local ? await attempt(() => area.local!.set({ 'templates.practice': { npi: '0000000000' } })) : 'no storage.local',
            readSession: area?.session ? await attempt(() => area.session!.get(null)) : 'no storage.session',
          };
        },
      });
      return r?.result;
    }, tabId);
    expect(tried).toBeDefined();
    expect(tried!.readLocal).not.toBe('allowed');
    expect(tried!.writeLocal).not.toBe('allowed');
    expect(tried!.readSession).not.toBe('allowed');
    expect(tried!.writeLocal).toMatch(/^refused: .*not allowed from this context/);
    expect(await practice()).toBe(before);
    await page.close();
  });

  it('item 3: a page that reports a new claim every second does not stop the auto-lock', async () => {
    await h.enableSite(`http://localhost:${h.server.port}`);
    const page = await h.openFixture('demo/spa.html');
    await page.waitForLoadState('load');
    const panel = await h.openExtensionPage('sidepanel', { tabId: await h.tabIdOf(page), tab: 'notes' });
    await notes(panel).waitFor();
    await openVault(panel);
    const lastActivity = () => h.serviceWorker.evaluate(async () => (await chrome.storage.session.get('notes.lastActivity'))['notes.lastActivity'] as number);
    const unlockedAt = await lastActivity();
    // The portal cycles claims every second for 15 s; the panel follows and loads each claim's notes.
    await page.evaluate(() => {
      let i = 0;
      const id = setInterval(() => (document.querySelectorAll<HTMLButtonElement>('button[data-claim]')[i++ % 2]!).click(), 1000);
      setTimeout(() => clearInterval(id), 15_000);
    });
    await expect.poll(() => panel.getByText('SPA2026000002').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(15_000);
    expect(await lastActivity()).toBe(unlockedAt);
    const tick = (ahead: number) => h.serviceWorker.evaluate(
      (ms) => (globalThis as unknown as { remitRangerNotesTest: { tick(now: number): Promise<{ locked: boolean }> } }).remitRangerNotesTest.tick(Date.now() + ms),
      ahead,
    );
    expect((await tick(15 * 60_000)).locked).toBe(true);
    await notes(panel).getByRole('button', { name: 'Unlock' }).waitFor();
    await panel.close();
    await page.close();
  }, 90_000);

  it('item 10: delete all, five times with a portal tab and the panel open, leaves nothing after a restart', async () => {
    const origin = `http://localhost:${h.server.port}`;
    await h.enableSite(origin).catch(() => undefined);
    const page = await h.openFixture('demo/medicare-mac.html');
    await page.waitForLoadState('load');
    const panel = await h.openExtensionPage('sidepanel', { tabId: await h.tabIdOf(page), tab: 'notes' });
    const options = await h.openExtensionPage('options');
    for (let round = 1; round <= 5; round++) {
      const n = notes(panel);
      await openVault(panel);
      // The vault holds a note each round, so a vault that survived would show.
      await n.getByRole('textbox', { name: 'Claim number' }).fill(`WIPE-${round}`);
      await n.getByRole('textbox', { name: 'Note', exact: true }).fill(`wipe round ${round}`);
      await n.getByRole('button', { name: 'Save note' }).click();
      await expect.poll(() => n.getByRole('status').filter({ hasText: 'Note saved.' }).count()).toBe(1);
      await options.getByRole('button', { name: 'Delete all local data' }).click();
      await options.getByLabel('Type DELETE to confirm').fill('DELETE');
      await options.getByRole('group', { name: 'Delete all local data' }).getByRole('button', { name: 'Delete all local data' }).click();
      const outcome = options.getByRole('status').filter({ hasText: 'All local data was deleted.' }).or(options.getByRole('alert'));
      await outcome.first().waitFor({ timeout: 20_000 });
      // The report, word for word, when something was left.
      expect(`round ${round}: ${await outcome.first().textContent()}`).toBe(`round ${round}: All local data was deleted.`);
      // The panel reloads after the wipe and offers a new vault.
      await notes(panel).getByRole('button', { name: 'Create vault' }).waitFor({ timeout: 15_000 });
      await options.reload();
    }
    await options.close();
    await panel.close();
    await page.close();
    const dir = h.userDataDir;
    await h.close({ keepProfile: true, keepServer: true });
    const server = h.server;
    h = await launch({ userDataDir: dir, server });
    const check = await h.openExtensionPage('options');
    const left = await leftovers(check);
    expect(recordCount(left)).toBe(0);
    expect(left.local).toEqual([]);
    expect(left.session).toEqual([]);
    await check.close();
    await h.close();
    await server.close();
  }, 240_000);
});
