/**
 * The encrypted notes vault end to end (issue 6): real Chromium with the built extension, the side
 * panel opened as a tab pinned to a demo claim page. Unlock, save, restart the browser (same
 * profile) -> locked, unlock -> the note is there; the reliability cases (two panels saving at
 * once, a draft surviving a closed panel, a closed portal tab, the worker's database connection closed); the idle
 * lock from the background alarm and "Lock now" from another page; and a raw look at everything
 * the extension stores to prove the note's text is never there in clear.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { browserForSuite } from './suite';
import { createVault, notes, unlock } from './vault';

/** The ICN printed on test/fixtures/demo/medicare-mac.html. */
const CLAIM = '2126331047210';
const FIXTURE = 'demo/medicare-mac.html';

const noteField = (scope: Locator) => scope.getByRole('textbox', { name: 'Note', exact: true });

/** The demo claim page (site enabled) and the side panel's Notes tab pinned to it. */
async function openClaimAndPanel(h: Harness): Promise<{ page: Page; panel: Page }> {
  const page = await h.openFixture(FIXTURE);
  await page.waitForLoadState('load');
  const panel = await h.openPanelFor(page, 'notes');
  await notes(panel).waitFor();
  return { page, panel };
}

/**
 * Links the form to the demo claim: the claim number comes from the page when the claim reader
 * feeds the panel; until then (or if it did not read this page) the user types it.
 */
/** The note form takes the claim number from the page: wait for it (typing it too would race the page). */
async function linkClaim(panel: Page): Promise<void> {
  const box = notes(panel).getByRole('textbox', { name: 'Claim number' });
  await box.waitFor();
  await expect.poll(async () => (await box.inputValue()).replace(/\W/g, ''), { timeout: 15_000 }).toBe(CLAIM);
}

async function saveNote(panel: Page, reference: string, text: string): Promise<void> {
  const n = notes(panel);
  await n.getByRole('textbox', { name: 'Reference number' }).fill(reference);
  await noteField(n).fill(text);
  await n.getByRole('button', { name: 'Save note' }).click();
  await expect.poll(() => n.getByRole('status').filter({ hasText: 'Note saved.' }).count()).toBe(1);
}

/**
 * Saved notes of the linked claim, in the claim's list only: a controlled <textarea> carries its
 * value as text content too, so a search of the whole tab would also find the unsaved form.
 */
const listed = (panel: Page, text: string) => notes(panel).getByRole('region', { name: /^Notes for claim / }).getByText(text, { exact: false });

describe('notes vault: unlock, save, browser restart (Chromium, built extension)', () => {
  it('saves a note on a demo claim page; after a restart it is locked, and unlocking shows the note and its reference number', async () => {
    const first = await launch();
    const origin = first.origin;
    await first.enableSite(origin);
    let { panel } = await openClaimAndPanel(first);
    await createVault(panel);
    await linkClaim(panel);
    await saveNote(panel, 'REF-RESTART-71', 'Rep Dana: reprocessing the E0601 line, call back in 14 days.');
    await expect.poll(() => listed(panel, 'reprocessing the E0601 line').count()).toBe(1);
    await expect.poll(() => listed(panel, 'REF-RESTART-71').count()).toBe(1);

    await first.close({ keepProfile: true, keepServer: true });
    const second = await launch({ userDataDir: first.userDataDir, server: first.server });
    try {
      ({ panel } = await openClaimAndPanel(second));
      const n = notes(panel);
      await n.getByRole('textbox', { name: 'Passphrase' }).waitFor();
      expect(await n.getByRole('button', { name: 'Unlock' }).count()).toBe(1);
      expect(await n.getByRole('button', { name: 'Lock now' }).count()).toBe(0);
      expect(await panel.getByText('reprocessing the E0601 line').count()).toBe(0);
      expect(await panel.getByText('REF-RESTART-71').count()).toBe(0);

      await unlock(panel);
      await linkClaim(panel);
      await expect.poll(() => listed(panel, 'reprocessing the E0601 line').count()).toBe(1);
      await expect.poll(() => listed(panel, 'REF-RESTART-71').count()).toBe(1);
    } finally {
      await second.close();
      await first.server.close();
    }
  });
});

describe('notes vault: reliability, lock and privacy (Chromium, built extension)', () => {
  const h = browserForSuite({ enableFixtureSite: true });
  let tabId: number;

  beforeAll(async () => {
    const { page, panel } = await openClaimAndPanel(h);
    tabId = await h.tabIdOf(page);
    await createVault(panel);
    await panel.close();
  });

  const openPanel = async () => {
    const panel = await h.openExtensionPage('sidepanel', { tabId, tab: 'notes' });
    await notes(panel).getByRole('button', { name: 'Lock now' }).waitFor();
    return panel;
  };

  it('two side-panel pages saving at the same moment: both notes are kept', async () => {
    const a = await openPanel();
    const b = await openPanel();
    await linkClaim(a);
    await linkClaim(b);
    for (const [panel, ref, text] of [[a, 'REF-TWIN-A', 'Twin save A: payer wants records.'], [b, 'REF-TWIN-B', 'Twin save B: appeal mailed.']] as const) {
      await notes(panel).getByRole('textbox', { name: 'Reference number' }).fill(ref);
      await noteField(notes(panel)).fill(text);
    }
    await Promise.all([a, b].map((p) => notes(p).getByRole('button', { name: 'Save note' }).click()));
    for (const p of [a, b]) await expect.poll(() => notes(p).getByRole('status').filter({ hasText: 'Note saved.' }).count()).toBe(1);

    const check = await openPanel();
    await linkClaim(check);
    for (const text of ['Twin save A: payer wants records.', 'Twin save B: appeal mailed.', 'REF-TWIN-A', 'REF-TWIN-B']) {
      await expect.poll(() => listed(check, text).count()).toBe(1);
    }
    await Promise.all([a, b, check].map((p) => p.close()));
  });

  it('a draft typed in the note field survives closing and reopening the panel (encrypted autosave)', async () => {
    const panel = await openPanel();
    await linkClaim(panel);
    await notes(panel).getByRole('textbox', { name: 'Reference number' }).fill('REF-DRAFT-9');
    await noteField(notes(panel)).fill('Half-written: rep put me on hold');
    // The form says when the draft is safe; closing the panel after that loses nothing.
    await expect.poll(() => notes(panel).getByRole('status').filter({ hasText: 'Draft kept (encrypted).' }).count()).toBe(1);
    await panel.close();

    const again = await openPanel();
    await linkClaim(again);
    await expect.poll(() => noteField(notes(again)).inputValue()).toBe('Half-written: rep put me on hold');
    expect(await notes(again).getByRole('textbox', { name: 'Reference number' }).inputValue()).toBe('REF-DRAFT-9');
    expect(await notes(again).getByText('Unsaved draft restored.').count()).toBe(1);
    // Saving the draft as a note removes it: the next panel starts empty.
    await notes(again).getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => notes(again).getByRole('status').filter({ hasText: 'Note saved.' }).count()).toBe(1);
    await expect.poll(() => listed(again, 'Half-written: rep put me on hold').count()).toBe(1);
    await again.close();
    const third = await openPanel();
    await linkClaim(third);
    await expect.poll(() => listed(third, 'Half-written: rep put me on hold').count()).toBe(1);
    expect(await noteField(notes(third)).inputValue()).toBe('');
    await third.close();
  });

  it('the portal tab closing (or logging out) mid-note loses nothing: the note still saves', async () => {
    const page = await h.openFixture(FIXTURE);
    await page.waitForLoadState('load');
    const panel = await h.openPanelFor(page, 'notes');
    await notes(panel).getByRole('button', { name: 'Lock now' }).waitFor();
    await linkClaim(panel);
    await notes(panel).getByRole('textbox', { name: 'Reference number' }).fill('REF-TABGONE-3');
    await noteField(notes(panel)).fill('Typed while the portal tab closed');
    await page.close();
    await notes(panel).getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => notes(panel).getByRole('status').filter({ hasText: 'Note saved.' }).count()).toBe(1);
    await expect.poll(() => listed(panel, 'Typed while the portal tab closed').count()).toBe(1);
    await panel.close();
  });

  it('the idle alarm locks every open page at once; the auto-lock delay comes from options; "Lock now" in options locks the panel', async () => {
    const options = await h.openExtensionPage('options');
    const minutes = options.getByRole('spinbutton', { name: 'Auto-lock after (minutes)' });
    await minutes.fill('0');
    await options.getByRole('button', { name: 'Save auto-lock' }).click();
    await expect.poll(() => options.getByRole('alert').filter({ hasText: 'Enter a whole number of minutes from 1 to 240.' }).count()).toBe(1);
    await minutes.fill('5');
    await options.getByRole('button', { name: 'Save auto-lock' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'after 5 minutes' }).count()).toBe(1);

    const panel = await openPanel();
    await linkClaim(panel);
    await expect.poll(() => listed(panel, 'Twin save A: payer wants records.').count()).toBe(1);
    // The alarm's handler, run with the clock 4 minutes on (still open), then 6 (past the 5-minute delay).
    const tick = (ahead: number) => h.serviceWorker.evaluate(
      (ms) => (globalThis as unknown as { remitRangerNotesTest: { tick(now: number): Promise<{ locked: boolean }> } }).remitRangerNotesTest.tick(Date.now() + ms),
      ahead,
    );
    expect((await tick(4 * 60_000)).locked).toBe(false);
    expect((await tick(6 * 60_000)).locked).toBe(true);
    // The panel's poll is 15 s; the storage.session watch hides the notes well before it.
    await notes(panel).getByRole('textbox', { name: 'Passphrase' }).waitFor({ timeout: 10_000 });
    expect(await panel.getByText('Twin save A: payer wants records.').count()).toBe(0);
    expect(await notes(panel).getByText('after 5 minutes without activity').count()).toBe(1);

    // Unlock in the panel; the options page (another extension page) follows, and its "Lock now" locks the panel.
    await unlock(panel);
    const optionsLock = options.getByRole('button', { name: 'Lock now' });
    await optionsLock.waitFor({ timeout: 10_000 });
    await optionsLock.click();
    await notes(panel).getByRole('textbox', { name: 'Passphrase' }).waitFor({ timeout: 10_000 });
    await unlock(panel);

    await minutes.fill('15');
    await options.getByRole('button', { name: 'Save auto-lock' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'after 15 minutes' }).count()).toBe(1);
    await options.close();
    await panel.close();
  });

  it('no note text in clear: every IndexedDB database and storage area of the extension, and the portal page, are free of the marker', async () => {
    const marker = `PHI-MARKER-${Date.now().toString(36)}-Zq7`;
    const panel = await openPanel();
    await linkClaim(panel);
    await saveNote(panel, `${marker}-REF`, `Patient said ${marker} on the phone`);
    await noteField(notes(panel)).fill(`draft ${marker}`); // An autosaved draft too.
    await expect.poll(() => notes(panel).getByRole('status').filter({ hasText: 'Draft kept (encrypted).' }).count()).toBe(1);

    // Runs inside the page: its helpers must be defined in the evaluated function itself.
    // oxlint-disable unicorn/consistent-function-scoping
    const dump = await panel.evaluate(async () => {
      const bytesToText = (v: ArrayBuffer | ArrayBufferView) => {
        const bytes = v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
        // Both readings: raw bytes (latin-1) and UTF-8, so text stored as bytes would show too.
        return `${Array.from(bytes, (b) => String.fromCharCode(b)).join('')}|${new TextDecoder().decode(bytes)}`;
      };
      const replacer = (_k: string, v: unknown) => (v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? bytesToText(v) : v);
      const req = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
        r.addEventListener('success', () => resolve(r.result));
        r.addEventListener('error', () => reject(r.error));
      });
      const parts: string[] = [];
      const databases = await indexedDB.databases();
      const rowCounts: Record<string, number> = {};
      for (const { name } of databases) {
        if (!name) continue;
        const db = await req(indexedDB.open(name));
        for (const store of Array.from(db.objectStoreNames)) {
          const rows = await req(db.transaction(store).objectStore(store).getAll());
          rowCounts[`${name}/${store}`] = rows.length;
          parts.push(JSON.stringify(rows, replacer));
        }
        db.close();
      }
      type Area = { get(keys: null): Promise<Record<string, unknown>> };
      const c = (globalThis as unknown as { chrome: { storage: { local: Area; session: Area } } }).chrome;
      parts.push(JSON.stringify(await c.storage.local.get(null)), JSON.stringify(await c.storage.session.get(null)));
      parts.push(JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }));
      return { text: parts.join('\n'), databases: databases.map((d) => d.name), rowCounts };
    });
    // oxlint-enable unicorn/consistent-function-scoping
    // The scan did read the vault: the notes, the claim's worklist item and the draft are there (sealed).
    expect(dump.databases).toContain('remit-ranger-notes');
    expect(dump.rowCounts['remit-ranger-notes/notes']).toBeGreaterThanOrEqual(1);
    expect(dump.rowCounts['remit-ranger-notes/drafts']).toBeGreaterThanOrEqual(1);
    expect(dump.text).toContain('"kind":"call"'); // Clear workflow fields are readable, so the scan sees row content.
    expect(dump.text).not.toContain(marker);
    expect(dump.text).not.toContain(CLAIM); // The claim number is sealed too (rows hold only its HMAC).

    // The portal's own origin never receives the note (content scripts do not touch the vault).
    const portal = await h.openFixture(FIXTURE);
    const portalDump = await portal.evaluate(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      return JSON.stringify({ names, local: { ...localStorage }, session: { ...sessionStorage } });
    });
    expect(portalDump).not.toContain(marker);
    await portal.close();

    // And the panel still opens it: the marker was stored, only sealed.
    await expect.poll(() => listed(panel, `Patient said ${marker} on the phone`).count()).toBe(1);
    await panel.close();
  });

  it('the toolbar badge counts the due follow-up, also after the worker\'s database connection was closed (Dexie "database closed")', async () => {
    const panel = await openPanel();
    await linkClaim(panel);
    const n = notes(panel);
    await n.getByRole('textbox', { name: 'Reference number' }).fill('REF-BADGE-5');
    await noteField(n).fill('Call back today about the redetermination');
    const today = await panel.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await n.getByLabel('Next follow-up date').fill(today);
    await n.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => n.getByRole('status').filter({ hasText: 'Note saved.' }).count()).toBe(1);

    // The panel tells the worker after each save; the badge shows the count (no PHI: a number).
    type WithAction = { chrome: { action: { getBadgeText(details: object): Promise<string> } } };
    const badge = () => h.serviceWorker.evaluate(() => (globalThis as unknown as WithAction).chrome.action.getBadgeText({}));
    await expect.poll(badge).toMatch(/^[1-9]\d*$/);
    const due = Number(await badge());
    expect((await h.sendMessage<{ due: number }>('notes.changed', {})).due).toBe(due);

    type Hook = { remitRangerNotesTest: { tick(now: number): Promise<{ due: number }>; closeDb(): void } };
    await h.serviceWorker.evaluate(() => (globalThis as unknown as Hook).remitRangerNotesTest.closeDb());
    expect((await h.serviceWorker.evaluate(() => (globalThis as unknown as Hook).remitRangerNotesTest.tick(Date.now()))).due).toBe(due);
    expect(await badge()).toBe(String(due));
    // Locked, the count is still there (it reads only the clear follow-up day and status).
    await n.getByRole('button', { name: 'Lock now' }).click();
    await n.getByRole('textbox', { name: 'Passphrase' }).waitFor();
    expect((await h.sendMessage<{ due: number }>('notes.changed', {})).due).toBe(due);
    await panel.close();
  });
});
