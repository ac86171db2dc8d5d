// The workspace tabs working together: a letter from Templates saved into the claim's encrypted
// notes, and the vault control in the popup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

const PASS = 'correct horse battery staple';
const CLAIM = '2126331047210'; // the ICN printed on test/fixtures/demo/medicare-mac.html

describe('workspace (Chromium, built extension)', () => {
  let h: Harness;
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    h = await launch();
    await h.enableSite(`http://localhost:${h.server.port}`);
    page = await h.openFixture('demo/medicare-mac.html');
    await page.locator('[data-remit-ranger="chip"]').waitFor({ state: 'attached', timeout: 15_000 });
    const tabs = await h.serviceWorker.evaluate(() => chrome.tabs.query({}));
    const tabId = tabs.find((t) => t.url === page.url())!.id!;
    panel = await h.openExtensionPage('sidepanel', { tabId, tab: 'notes' });
  });
  afterAll(async () => {
    await h?.close();
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

  it('shows the vault control in the popup and locks everywhere from there', async () => {
    const popup = await h.openExtensionPage('popup');
    const lock = popup.getByRole('button', { name: 'Lock now' });
    await expect.poll(() => lock.count(), { timeout: 10_000 }).toBe(1);
    await lock.click();
    await expect.poll(() => panel.getByRole('region', { name: 'Follow-up notes' }).getByRole('textbox', { name: 'Passphrase' }).count(), { timeout: 10_000 }).toBe(1);
    await popup.close();
  });
});
