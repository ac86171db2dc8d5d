import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOTES_DB_NAME, openNotesDb } from '@/lib/notes/db';
import { createNotesService } from '@/lib/notes/service';
import { readSessionKey } from '@/lib/notes/session';
import { idleMinutesItem } from '@/lib/notes/storage';
import { button, click, field, mount, queryButton, queryField, type, waitFor, type Mounted } from '@/test/support/notes-dom';
import { PopupVault } from './PopupVault';

const PASS = 'correct horse battery staple';

// Dexie warns when a test deletes the database under an open connection (on purpose here).
beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

let mounted: Mounted | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

/** Another page of the extension (the side panel) on the same database and session. */
async function otherPage() {
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(NOTES_DB_NAME);
    req.onsuccess = () => resolve();
    req.onblocked = () => resolve();
  });
  return createNotesService({ db: openNotesDb(), session: fakeBrowser.storage.session });
}

describe('PopupVault (the popup glue)', () => {
  it('shows nothing before a vault exists (it is created in the side panel)', async () => {
    await otherPage();
    mounted = await mount(<PopupVault />);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 100))); // Lets the state check answer.
    expect(mounted.container.textContent).toBe('');
  });

  it('Lock now locks every page; an unlock elsewhere shows at once (no waiting for the poll)', async () => {
    const sidePanel = await otherPage();
    await sidePanel.createVault(PASS, PASS);
    mounted = await mount(<PopupVault />);
    const c = mounted.container;
    await click(await waitFor(() => button(c, 'Lock now')));
    await waitFor(() => field(c, 'Passphrase'));
    expect(await readSessionKey(fakeBrowser.storage.session)).toBeNull();
    expect(await sidePanel.state()).toBe('locked');

    await act(() => sidePanel.unlock(PASS));
    // The poll runs every 15 s; only the storage.session watch can make this pass within the wait.
    await waitFor(() => button(c, 'Lock now'), 5000);
    await act(() => sidePanel.lock());
    await waitFor(() => expect(queryButton(c, 'Lock now')).toBeNull(), 5000);
    expect(queryField(c, 'Passphrase')).not.toBeNull();
  });

  it('the unlock form leaves the focus where it is (the popup search box; the options page top)', async () => {
    const sidePanel = await otherPage();
    await sidePanel.createVault(PASS, PASS);
    await sidePanel.lock();
    const search = document.createElement('input');
    document.body.append(search);
    search.focus();
    mounted = await mount(<PopupVault />);
    await waitFor(() => field(mounted!.container, 'Passphrase'));
    expect(document.activeElement).toBe(search);
    search.remove();
  });

  it('unlocks from the popup and shows the auto-lock delay from settings', async () => {
    const sidePanel = await otherPage();
    await sidePanel.createVault(PASS, PASS);
    await sidePanel.lock();
    await idleMinutesItem.setValue(30);
    mounted = await mount(<PopupVault />);
    const c = mounted.container;
    await waitFor(() => expect(c.textContent).toContain('after 30 minutes without activity'));
    await type(field(c, 'Passphrase'), PASS);
    await click(button(c, 'Unlock'));
    await waitFor(() => button(c, 'Lock now'));
    expect(await sidePanel.state()).toBe('unlocked');
  });
});
