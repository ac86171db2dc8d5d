import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLocale } from '@/lib/platform/i18n';
import { createNotesService, type ClaimContext, type NotesService } from '@/lib/notes/service';
import { openTestDb } from '@/test/support/notes';
import { DRAFT_DELAY_MS } from './NoteForm';
import { NotesTab } from './NotesTab';

const PASS = 'correct horse battery staple';
const TODAY = '2026-11-26';
const CLAIM: ClaimContext = { claimNumber: 'ICN-2026-0001', payer: 'Acme Health', serviceDate: '2026-09-01', amount: 120 };

afterEach(() => {
  setLocale('en');
});

function newService(db = openTestDb()): NotesService {
  return createNotesService({ db, session: fakeBrowser.storage.session });
}

async function lockedVault(): Promise<NotesService> {
  const service = newService();
  await service.createVault(PASS, PASS);
  await service.lock();
  return service;
}

function renderTab(service: NotesService, onDownload = vi.fn(), claim: ClaimContext | null = CLAIM) {
  return render(<NotesTab service={service} claim={claim} today={TODAY} onDownload={onDownload} pollMs={50} />);
}

const button = (name: string) => screen.getByRole('button', { name });
const input = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const noteText = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Note' });
const claimList = () => screen.getByRole('region', { name: 'Notes for claim ICN-2026-0001' });

/** Replaces what a field holds, the way a user selects it all and types. */
async function retype(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.type(field, text);
}

async function unlock(user: UserEvent, passphrase = PASS) {
  await retype(user, await screen.findByLabelText('Passphrase'), passphrase);
  await user.click(button('Unlock'));
}

async function saveNote(user: UserEvent, reference: string, note: string) {
  await retype(user, screen.getByRole('textbox', { name: 'Reference number' }), reference);
  await retype(user, noteText(), note);
  await user.click(button('Save note'));
}

describe('NotesTab', () => {
  it('first run: refuses a short passphrase with a clear message, then creates the vault unlocked', async () => {
    const user = userEvent.setup();
    renderTab(newService());
    await user.type(await screen.findByLabelText('Passphrase'), 'short');
    expect(screen.getByText('Too short: at least 10 characters.')).toBeTruthy();
    await user.type(input('Type it again'), 'short');
    await user.click(button('Create vault'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The passphrase needs at least 10 characters.'));
    await retype(user, input('Passphrase'), PASS);
    await retype(user, input('Type it again'), PASS);
    await user.click(button('Create vault'));
    await screen.findByRole('button', { name: 'Lock now' });
  });

  it('unlock → save a note on the claim → it appears; Lock now hides it', async () => {
    const user = userEvent.setup();
    const { container } = renderTab(await lockedVault());
    await unlock(user, 'not my passphrase');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('That passphrase is not correct. Nothing was changed.'));
    await unlock(user);
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Claim number' }).value).toBe('ICN-2026-0001'));
    await screen.findByText('No notes for this claim yet.');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Payer' }).value).toBe('Acme Health');

    await user.type(screen.getByRole('textbox', { name: 'Rep name' }), 'Dana');
    await user.type(screen.getByRole('textbox', { name: 'Outcome' }), 'Reprocessing');
    await saveNote(user, 'REF-5521', 'Rep says the modifier was dropped; resubmit corrected claim.');
    await waitFor(() => expect(claimList().textContent).toContain('Rep says the modifier was dropped; resubmit corrected claim.'));
    expect(within(claimList()).getByText('Reference #: REF-5521')).toBeTruthy();
    expect(within(claimList()).getByText('Contact: Dana')).toBeTruthy();
    expect(noteText().value).toBe('');

    // The worklist item took the page's date of service and amount: 86 days old -> 61-90.
    await waitFor(() => {
      const aging = screen.getByRole('table', { name: 'A/R aging by date of service' });
      const row = within(aging).getAllByRole('row').find((tr) => within(tr).queryByRole('rowheader', { name: '61-90' }));
      expect(row?.textContent).toContain('$120.00');
    });

    await user.click(button('Lock now'));
    await screen.findByLabelText('Passphrase');
    expect(container.textContent).not.toContain('modifier was dropped');
    expect(container.innerHTML).not.toContain('REF-5521');
    expect(screen.queryByLabelText('Note')).toBeNull();
    await unlock(user);
    await waitFor(() => expect(claimList().textContent).toContain('modifier was dropped'));
  });

  it('a refused save says why and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderTab(await lockedVault());
    await unlock(user);
    await user.type(await screen.findByRole('textbox', { name: 'Rep name' }), 'Dana');
    await user.type(input('Next follow-up date'), '2026-12-01');
    await user.click(button('Save note'));
    const form = screen.getByRole('form', { name: 'Add a note' });
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toContain('The note is empty'));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Rep name' }).value).toBe('Dana');
    expect(input('Next follow-up date').value).toBe('2026-12-01');
  });

  it('edits add a revision and the history lists both versions', async () => {
    const user = userEvent.setup();
    renderTab(await lockedVault());
    await unlock(user);
    await screen.findByRole('textbox', { name: 'Reference number' });
    await saveNote(user, 'R-1', 'first version');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await retype(user, screen.getByRole('textbox', { name: 'Corrected text' }), 'second version');
    await user.click(button('Save changes'));
    await waitFor(() => expect(screen.getAllByRole('article')[0]!.textContent).toContain('second version'));
    await user.click(await screen.findByRole('button', { name: 'History' }));
    await waitFor(() => {
      const history = screen.getByRole('region', { name: 'Revisions, oldest first' });
      const items = within(history).getAllByRole('listitem').map((li) => li.textContent);
      expect(items).toHaveLength(2);
      expect(items[0]).toContain('first version');
      expect(items[1]).toContain('second version');
    });
  });

  it('autosaves an encrypted draft while typing and restores it in a new panel', async () => {
    const user = userEvent.setup();
    const service = await lockedVault();
    const { unmount } = renderTab(service);
    await unlock(user);
    await user.type(await screen.findByRole('textbox', { name: 'Note' }), 'half-written call note');
    // The user sees when the draft is safe (encrypted in the vault), and it is really there.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Draft kept (encrypted).'));
    expect((await service.loadDraft(CLAIM.claimNumber))?.content.text).toBe('half-written call note');
    unmount();
    renderTab(service);
    await waitFor(() => expect(noteText().value).toBe('half-written call note'));
    expect(screen.getByText('Unsaved draft restored.')).toBeTruthy();
  });

  it('writes the draft at once when the panel closes mid-sentence', async () => {
    const user = userEvent.setup();
    const service = await lockedVault();
    const { unmount } = renderTab(service);
    await unlock(user);
    await user.type(await screen.findByRole('textbox', { name: 'Note' }), 'typed just before closing');
    unmount(); // well before the autosave delay
    await waitFor(async () => expect((await service.loadDraft(CLAIM.claimNumber))?.content.text).toBe('typed just before closing'), { timeout: DRAFT_DELAY_MS / 2 });
  });

  it('exports CSV only after the warning is confirmed; the backup is encrypted', async () => {
    const user = userEvent.setup();
    const onDownload = vi.fn();
    renderTab(await lockedVault(), onDownload);
    await unlock(user);
    await screen.findByRole('textbox', { name: 'Reference number' });
    await saveNote(user, 'R-9', 'csv marker text');
    await waitFor(() => expect(screen.getAllByRole('article')[0]!.textContent).toContain('csv marker text'));

    await user.click(button('Export CSV…'));
    expect(screen.getByRole('alertdialog').textContent).toContain('NOT encrypted');
    expect(onDownload).not.toHaveBeenCalled();
    await user.click(button('Cancel'));
    expect(onDownload).not.toHaveBeenCalled();
    await user.click(button('Export CSV…'));
    const dialog = screen.getByRole('alertdialog');
    // Issue 17 item 6: the vault passphrase is asked again; a wrong one exports nothing.
    const again = within(dialog).getByLabelText('Your vault passphrase (asked again before notes leave the vault)');
    await user.type(again, 'not the passphrase');
    await user.click(within(dialog).getByRole('button', { name: 'I understand: export without encryption' }));
    await screen.findByText(/That passphrase is not correct/);
    expect(onDownload).not.toHaveBeenCalled();
    await user.clear(again);
    await user.type(again, PASS);
    await user.click(within(dialog).getByRole('button', { name: 'I understand: export without encryption' }));
    await waitFor(() => expect(onDownload).toHaveBeenCalledTimes(1));
    expect(onDownload.mock.calls[0]![0]).toMatchObject({ name: 'remit-ranger-notes-2026-11-26.csv', type: 'text/csv' });
    expect(onDownload.mock.calls[0]![0].text).toContain('csv marker text');

    const backupForm = screen.getByRole('form', { name: 'Encrypted backup' });
    await user.type(within(backupForm).getByLabelText('Backup passphrase'), 'backup passphrase 1 for the file');
    await user.type(within(backupForm).getByLabelText('Type the backup passphrase again'), 'backup passphrase 1 for the file');
    await user.type(within(backupForm).getByLabelText('Your vault passphrase (asked again before notes leave the vault)'), PASS);
    await user.click(within(backupForm).getByRole('button', { name: 'Export encrypted backup' }));
    await waitFor(() => expect(onDownload).toHaveBeenCalledTimes(2));
    const backup = onDownload.mock.calls[1]![0];
    expect(backup.name).toBe('remit-ranger-notes-2026-11-26.rrbackup.json');
    expect(backup.text).not.toContain('csv marker text');
    expect(JSON.parse(backup.text).format).toBe('remit-ranger-notes-backup');
  });

  it('searches across claims and shows the worklist', async () => {
    const user = userEvent.setup();
    const service = await lockedVault();
    await service.unlock(PASS);
    await service.saveNote({ claimRef: 'OLD-77', payer: 'Beta Plan', kind: 'portal', status: 'pending', contact: '', referenceNumber: '', outcome: 'Pended for records', text: 'Sent medical records by fax', nextFollowUp: '2026-11-20' });
    renderTab(service);
    await user.type(await screen.findByRole('searchbox', { name: 'Search all claims' }), 'medical records');
    await user.click(button('Search'));
    await screen.findByText('Matches: 1');
    expect(screen.getByText('Sent medical records by fax')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Overdue (1)' }).textContent).toContain('OLD-77'));
    await user.click(button('Open notes of OLD-77'));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Claim number' }).value).toBe('OLD-77');
  });

  it('notices a lock from elsewhere (popup, idle alarm) and hides the notes', async () => {
    const user = userEvent.setup();
    const service = await lockedVault();
    renderTab(service);
    await unlock(user);
    await screen.findByRole('button', { name: 'Lock now' });
    await newService().lock(); // another page's "Lock now", same storage.session
    await screen.findByLabelText('Passphrase');
    expect(screen.queryByRole('button', { name: 'Lock now' })).toBeNull();
  });

  it('speaks French', async () => {
    const user = userEvent.setup();
    setLocale('fr');
    renderTab(await lockedVault());
    await user.type(await screen.findByLabelText('Phrase secrète'), PASS);
    expect(button('Déverrouiller')).toBeTruthy();
    await user.click(button('Déverrouiller'));
    await screen.findByRole('button', { name: 'Verrouiller maintenant' });
    expect(screen.getByRole('textbox', { name: 'Numéro de réclamation' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Numéro de référence' })).toBeTruthy();
    expect(button('Enregistrer la note')).toBeTruthy();
  });
});
