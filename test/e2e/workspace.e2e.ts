// The workspace tabs working together: a letter from Templates saved into the claim's encrypted
// notes, and the vault control in the popup.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForSuite } from './suite';

const PASS = 'correct horse battery staple';
const CLAIM = '2126331047210'; // the ICN printed on test/fixtures/demo/medicare-mac.html

describe('workspace (Chromium, built extension)', () => {
  const h = browserForSuite({ enableFixtureSite: true });
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    page = await h.openFixture('demo/medicare-mac.html');
    await page.locator('[data-remit-ranger="chip"]').waitFor({ state: 'attached', timeout: 15_000 });
    panel = await h.openPanelFor(page, 'notes');
  });

  it('links the Notes tab to the claim read from the page', async () => {
    const notes = panel.getByRole('region', { name: 'Follow-up notes' });
    await notes.getByRole('textbox', { name: 'Passphrase' }).fill(PASS);
    await notes.getByRole('textbox', { name: 'Type it again' }).fill(PASS);
    await notes.getByRole('button', { name: 'Create vault' }).click();
    await notes.getByRole('button', { name: 'Lock now' }).waitFor();
    const claimBox = notes.getByRole('textbox', { name: 'Claim number' });
    await expect.poll(() => claimBox.inputValue(), { timeout: 15_000 }).toBe(CLAIM);
  });

  it('saves a filled letter into the claim\'s encrypted notes', async () => {
    await panel.getByRole('tab', { name: 'Templates' }).click();
    const save = panel.getByRole('button', { name: 'Save to notes' });
    await expect.poll(() => save.count(), { timeout: 15_000 }).toBe(1);
    await save.click();
    await panel.getByRole('tab', { name: 'Notes' }).click();
    const list = panel.getByRole('region', { name: /^Notes for claim / });
    await expect.poll(() => list.getByText(CLAIM, { exact: false }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('puts a denied claim on the worklist by its appeal deadline', async () => {
    // Denied, remittance dated 2026-02-10, unknown payer: the default 60-day appeal window closed in April.
    const denied = await h.openFixture('demo/known-problems.html');
    await denied.locator('[data-remit-ranger="chip"]').waitFor({ state: 'attached', timeout: 15_000 });
    const tabs = await h.serviceWorker.evaluate(() => chrome.tabs.query({}));
    const deniedPanel = await h.openExtensionPage('sidepanel', { tabId: tabs.find((t) => t.url === denied.url())!.id!, tab: 'notes' });
    const notes = deniedPanel.getByRole('region', { name: 'Follow-up notes' });
    // Still unlocked from the tests above: the key is shared by every extension page of the session.
    await notes.getByRole('button', { name: 'Lock now' }).waitFor();
    await expect.poll(() => notes.getByRole('textbox', { name: 'Claim number' }).inputValue(), { timeout: 15_000 }).toBe('A26301000102');
    await notes.getByRole('textbox', { name: 'Note', exact: true }).fill('Called payer: denial stands, gather proof of timely filing.');
    await notes.getByRole('button', { name: 'Save note' }).click();
    const overdue = notes.getByRole('region', { name: /^Overdue \(\d+\)$/ });
    await expect.poll(() => overdue.getByRole('button', { name: 'Open notes of A26301000102' }).count(), { timeout: 15_000 }).toBe(1);
    await deniedPanel.close();
    await denied.close();
  });

  it('opens the real side panel from the popup, handing over the lookup', async () => {
    const popup = await h.openExtensionPage('popup');
    await popup.getByRole('combobox', { name: 'Search codes' }).fill('htn');
    await popup.getByRole('button', { name: 'Open in workspace' }).click();
    const sidePanels = () => h.serviceWorker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }));
    await expect.poll(async () => (await sidePanels()).length, { timeout: 10_000 }).toBe(1);
    // The panel takes the hand-over and clears it (session storage, memory only).
    await expect.poll(() => h.serviceWorker.evaluate(async () => Object.keys(await chrome.storage.session.get(null))), { timeout: 10_000 })
      .not.toContain('lookup.pending');
    await expect.poll(() => popup.isClosed()).toBe(true);
  });

  it('shows the vault control in the popup and locks everywhere from there', async () => {
    const popup = await h.openExtensionPage('popup');
    const lock = popup.getByRole('button', { name: 'Lock now' });
    await expect.poll(() => lock.count(), { timeout: 10_000 }).toBe(1);
    await lock.click();
    // Every open panel followed the popup's hand-over to the Lookup tab: look at Notes again.
    await panel.getByRole('tab', { name: 'Notes' }).click();
    await expect.poll(() => panel.getByRole('region', { name: 'Follow-up notes' }).getByRole('textbox', { name: 'Passphrase' }).count(), { timeout: 10_000 }).toBe(1);
    await popup.close();
  });
});
