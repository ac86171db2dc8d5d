import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOTES_DB_NAME, openNotesDb } from '@/lib/notes/db';
import { createNotesService } from '@/lib/notes/service';
import { readSessionKey } from '@/lib/notes/session';
import { idleMinutesItem } from '@/lib/notes/storage';
import { PopupVault } from './PopupVault';

const PASS = 'correct horse battery staple';

// Dexie warns when a test deletes the database under an open connection (on purpose here).
beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

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
    const { container } = render(<PopupVault />);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 100))); // Lets the state check answer.
    expect(container.textContent).toBe('');
  });

  it('Lock now locks every page; an unlock elsewhere shows at once (no waiting for the poll)', async () => {
    const sidePanel = await otherPage();
    await sidePanel.createVault(PASS, PASS);
    const user = userEvent.setup();
    render(<PopupVault />);
    await user.click(await screen.findByRole('button', { name: 'Lock now' }));
    await screen.findByLabelText('Passphrase');
    expect(await readSessionKey(fakeBrowser.storage.session)).toBeNull();
    expect(await sidePanel.state()).toBe('locked');

    await act(() => sidePanel.unlock(PASS));
    // The poll runs every 15 s; only the storage.session watch can make this pass within the wait.
    await screen.findByRole('button', { name: 'Lock now' }, { timeout: 5000 });
    await act(() => sidePanel.lock());
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Lock now' })).toBeNull(), { timeout: 5000 });
    expect(screen.queryByLabelText('Passphrase')).not.toBeNull();
  });

  it('the unlock form leaves the focus where it is (the popup search box; the options page top)', async () => {
    const sidePanel = await otherPage();
    await sidePanel.createVault(PASS, PASS);
    await sidePanel.lock();
    const search = document.createElement('input');
    document.body.append(search);
    search.focus();
    render(<PopupVault />);
    await screen.findByLabelText('Passphrase');
    expect(document.activeElement).toBe(search);
    search.remove();
  });

  it('unlocks from the popup and shows the auto-lock delay from settings', async () => {
    const sidePanel = await otherPage();
    await sidePanel.createVault(PASS, PASS);
    await sidePanel.lock();
    await idleMinutesItem.setValue(30);
    const user = userEvent.setup();
    const { container } = render(<PopupVault />);
    await waitFor(() => expect(container.textContent).toContain('after 30 minutes without activity'));
    await user.type(screen.getByLabelText('Passphrase'), PASS);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('button', { name: 'Lock now' });
    expect(await sidePanel.state()).toBe('unlocked');
  });
});
