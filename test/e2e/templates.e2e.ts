/**
 * Appeal templates end to end: the side panel (opened as a tab pinned to the fixture page) fills a
 * built-in letter and inserts it into the field focused on the page, through the on-demand insert
 * script. The fixture sites (both origins of the server) are enabled: a letter goes only into an
 * enabled site (issue 17 item 1). Without a claim every letter has blanks, so each insert and copy
 * first answers the "blanks left" question.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForSuite } from './suite';

// Without a claim the letters keep their blanks visible ({{claimNumber}} and the like).
const BLANK = /\{\{\w+\}\}/;

/** "Insert into page" on a letter with blanks left: it asks first, the user goes ahead. */
async function insertLetter(panel: Page): Promise<void> {
  await panel.getByRole('button', { name: 'Insert into page' }).click();
  await panel.getByRole('alertdialog').getByRole('button', { name: 'Insert anyway', exact: true }).click();
}

/** The Templates tab's own status line (other tabs stay mounted and may have theirs). */
const status = (panel: Page) => panel.getByRole('region', { name: 'Templates' }).getByRole('status').last().textContent();
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('templates: insert into the portal page (Chromium, built extension)', () => {
  const h = browserForSuite({ enableFixtureSite: true });
  // The frame fixture's other origin too: a letter goes only into enabled sites.
  beforeAll(async () => {
    await h.enableSite(`http://127.0.0.1:${h.server.port}`);
  });

  const allTabs = async () => (await h.serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<unknown> } } }).chrome.tabs.query({}),
  )) as { id?: number; url?: string }[];

  /** Fixture page with `selector` focused, and the Templates tab pinned to it with `templateId` picked. */
  async function open(fixture: string, selector: string | null, templateId = 'reconsideration') {
    const page = await h.openFixture(fixture);
    await page.waitForLoadState('load');
    if (selector) await page.focus(selector);
    const panel = await h.openPanelFor(page, 'templates');
    const picker = panel.getByRole('combobox', { name: 'Template' });
    await picker.waitFor();
    await picker.selectOption(templateId);
    const finalText = panel.getByRole('textbox', { name: 'Final text' });
    await expect.poll(() => finalText.inputValue()).toMatch(BLANK);
    return { page, panel, finalText };
  }

  it('inserts into a plain textarea; the page sees input and change', async () => {
    const { page, panel, finalText } = await open('forms/textarea.html', '#reason');
    const text = await finalText.inputValue();
    expect(text).toContain('reconsider the determination');
    await insertLetter(panel);
    await expect.poll(() => status(panel)).toBe('Inserted into the page.');
    expect(await page.inputValue('#reason')).toBe(text);
    expect(await page.inputValue('#claim')).toBe('');
    expect((await page.textContent('#events'))!.trim().split('\n')).toEqual(['input:reason', 'change:reason']);
    await panel.close();
    await page.close();
  });

  it("fills a React-controlled field: the page's own state holds the text", async () => {
    const { page, panel, finalText } = await open('forms/react.html', '#appeal', 'call-note');
    const text = await finalText.inputValue();
    await insertLetter(panel);
    await expect.poll(() => status(panel)).toBe('Inserted into the page.');
    const state = async () => JSON.parse((await page.textContent('#state'))!) as { subject: string; appeal: string; changes: number };
    await expect.poll(async () => (await state()).appeal).toBe(text);
    expect((await state()).subject).toBe('');
    expect((await state()).changes).toBeGreaterThanOrEqual(1);
    await panel.close();
    await page.close();
  });

  it('types into a contenteditable as text: markup in the letter stays characters, no HTML is injected', async () => {
    const { page, panel, finalText } = await open('forms/contenteditable.html', '#editor');
    const hostile = '<img src=x onerror="document.title=\'owned\'"><b>bold?</b>';
    await finalText.fill(`${await finalText.inputValue()}\n${hostile}`);
    const text = await finalText.inputValue();
    await insertLetter(panel);
    await expect.poll(() => status(panel)).toBe('Inserted into the page.');
    const editor = page.locator('#editor');
    // Line breaks become the editor's own paragraphs; compare the words.
    await expect.poll(async () => words(await editor.innerText())).toBe(words(text));
    expect(await editor.locator('img, b, script').count()).toBe(0);
    expect(await page.title()).not.toBe('owned');
    // The page's own model (what an editor framework reads on input) saw the text.
    expect(words((await page.textContent('#model'))!)).toBe(words(text));
    await panel.close();
    await page.close();
  });

  it('warns at a maxlength field with what would be cut, changes nothing, and cuts only when asked', async () => {
    const { page, panel, finalText } = await open('forms/maxlength.html', '#comment');
    const text = await finalText.inputValue();
    expect(text.length).toBeGreaterThan(200);
    await insertLetter(panel);
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`accepts at most 200 characters: ${text.length - 200} characters of this text would be cut. Nothing was inserted.`);
    expect(await panel.getByLabel('Text that would be cut').textContent()).toBe(text.slice(200));
    expect(await page.inputValue('#comment')).toBe('');
    expect(await page.textContent('#counter')).toBe('200 characters remaining');

    await panel.getByRole('button', { name: 'Insert anyway, cut to fit' }).click();
    await expect.poll(() => status(panel)).toBe(`Inserted into the page. ${text.length - 200} characters were left out to fit the field.`);
    expect(await page.inputValue('#comment')).toBe(text.slice(0, 200));
    expect(await page.textContent('#counter')).toBe('0 characters remaining');
    expect(await alert.count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('inserts into the field focused inside a cross-origin frame, not the outer field focused before', async () => {
    const page = await h.openFixture('forms/frame.html');
    await page.waitForLoadState('load');
    await page.focus('#note');
    const frame = await (async () => {
      for (;;) {
        const found = page.frames().find((f) => f.url().startsWith('http://127.0.0.1:'));
        if (found) return found;
        await page.waitForEvent('framenavigated');
      }
    })();
    await frame.waitForLoadState('load');
    await frame.focus('#reason');
    const panel = await h.openPanelFor(page, 'templates');
    await panel.getByRole('combobox', { name: 'Template' }).selectOption('call-note');
    const text = await panel.getByRole('textbox', { name: 'Final text' }).inputValue();
    await insertLetter(panel);
    await expect.poll(() => status(panel)).toBe('Inserted into the page.');
    expect(await frame.inputValue('#reason')).toBe(text);
    expect(await page.inputValue('#note')).toBe('');

    // Back to the outer field: the frame still has its own activeElement (stale) and must not win.
    await page.focus('#note');
    await insertLetter(panel);
    await expect.poll(() => page.inputValue('#note')).toBe(text);
    expect(await frame.inputValue('#reason')).toBe(text);
    await panel.close();
    await page.close();
  });

  it('"Insert template" from the context menu opens the panel on Templates, and the letter goes into that field', async () => {
    const page = await h.openFixture('forms/textarea.html');
    await page.waitForLoadState('load');
    await page.focus('#reason');
    const tabId = await h.tabIdOf(page);
    // Headless Chromium cannot click a context menu: call the handler the menu and the shortcut use.
    await h.serviceWorker.evaluate(async ({ id, url }) => {
      const test = (globalThis as unknown as { remitRangerTest: { contextMenuClick(info: object, tab: object): Promise<void> } }).remitRangerTest;
      await test.contextMenuClick({ menuItemId: 'rr-insert-template', editable: true, pageUrl: url }, { id });
    }, { id: tabId, url: page.url() });
    const panel = await h.openExtensionPage('sidepanel', { tabId });
    await expect.poll(() => panel.getByRole('tab', { name: 'Templates' }).getAttribute('aria-selected')).toBe('true');
    const text = await panel.getByRole('textbox', { name: 'Final text' }).inputValue();
    expect(text).not.toBe('');
    await insertLetter(panel);
    await expect.poll(() => page.inputValue('#reason')).toBe(text);
    await panel.close();
    await page.close();
  });

  it('asks the user to click into a field when nothing editable has the focus', async () => {
    const { page, panel } = await open('forms/textarea.html', null);
    await insertLetter(panel);
    await expect.poll(() => status(panel)).toBe('Click into the portal field first, then insert again.');
    expect(await page.inputValue('#reason')).toBe('');
    await panel.close();
    await page.close();
  });

  it('says so when the page may not be scripted (a browser page)', async () => {
    const page = await h.context.newPage();
    await page.goto('chrome://version');
    // Without host access the extension is not told the tab's URL: it is the newest tab without one.
    const tabId = Math.max(...(await allTabs()).filter((x) => x.url === undefined && x.id !== undefined).map((x) => x.id!));
    expect(Number.isInteger(tabId)).toBe(true);
    const panel = await h.openExtensionPage('sidepanel', { tabId, tab: 'templates' });
    await insertLetter(panel);
    await expect.poll(() => status(panel)).toMatch(/^Remit Ranger cannot write into this page\./);
    await panel.close();
    await page.close();
  });

  it('copies a filled letter and clears the clipboard after the delay set in options', async () => {
    // The clipboard is read from the fixture origin (an extension origin cannot be granted here).
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
    const options = await h.openExtensionPage('options');
    const form = options.getByRole('form', { name: 'Practice details for letters' });
    await form.getByRole('textbox', { name: 'Provider or practice name' }).fill('Riverside Family Practice');
    await form.getByRole('spinbutton', { name: 'Clear a copied letter from the clipboard after (seconds)' }).fill('1');
    await form.getByRole('button', { name: 'Save practice details' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Practice details saved.');
    await options.close();

    const { page, panel, finalText } = await open('forms/textarea.html', '#reason', 'call-note');
    // A typed value makes the letter PHI (a blank filled in by the user).
    await finalText.fill(`${await finalText.inputValue()}\nPatient said the card was replaced.`);
    const text = await finalText.inputValue();
    await panel.bringToFront();
    await panel.getByRole('button', { name: 'Copy', exact: true }).click();
    await panel.getByRole('alertdialog').getByRole('button', { name: 'Copy anyway' }).click();
    await expect.poll(() => status(panel)).toBe('Copied. The clipboard will be cleared shortly because the text holds patient data.');
    // Back on the portal page, as the user would be: the panel has no focus when the timer fires.
    await page.bringToFront();
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    expect(await clipboard()).toBe(text);
    await expect.poll(clipboard, { timeout: 10_000 }).toBe('');
    expect(await panel.getByRole('alert').count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('signs letters with the practice details saved in options', async () => {
    const options = await h.openExtensionPage('options');
    const form = options.getByRole('form', { name: 'Practice details for letters' });
    await form.getByRole('textbox', { name: 'Provider or practice name' }).fill('Riverside Family Practice');
    await form.getByRole('textbox', { name: 'NPI' }).fill('1234567893');
    await form.getByRole('button', { name: 'Save practice details' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Practice details saved.');
    await options.reload();
    await expect.poll(() => options.getByRole('textbox', { name: 'Provider or practice name' }).inputValue()).toBe('Riverside Family Practice');

    const { page, panel, finalText } = await open('forms/textarea.html', '#reason');
    await expect.poll(() => finalText.inputValue()).toContain('Riverside Family Practice');
    expect(await finalText.inputValue()).toContain('1234567893');
    await panel.close();
    await page.close();
    await options.close();
  });
});
