import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLocale } from '@/lib/platform/i18n';
import { createNotesService, type ClaimContext, type NotesService } from '@/lib/notes/service';
import { openTestDb } from '@/test/support/notes';
import { button, click, field, mount, queryButton, queryField, type, waitFor, type Mounted } from '@/test/support/notes-dom';
import { DRAFT_DELAY_MS } from './NoteForm';
import { NotesTab } from './NotesTab';

const PASS = 'correct horse battery staple';
const TODAY = '2026-11-26';
const CLAIM: ClaimContext = { claimNumber: 'ICN-2026-0001', payer: 'Acme Health', serviceDate: '2026-09-01', amount: 120 };

let mounted: Mounted | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
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

async function render(service: NotesService, onDownload = vi.fn(), claim: ClaimContext | null = CLAIM) {
  mounted = await mount(<NotesTab service={service} claim={claim} today={TODAY} onDownload={onDownload} pollMs={50} />);
  return mounted.container;
}

async function unlock(c: HTMLElement, passphrase = PASS) {
  await waitFor(() => field(c, 'Passphrase'));
  await type(field(c, 'Passphrase'), passphrase);
  await click(button(c, 'Unlock'));
}

async function saveNote(c: HTMLElement, reference: string, note: string) {
  await type(field(c, 'Reference number'), reference);
  await type(field(c, 'Note'), note);
  await click(button(c, 'Save note'));
}

describe('NotesTab', () => {
  it('first run: refuses a short passphrase with a clear message, then creates the vault unlocked', async () => {
    const c = await render(newService());
    await waitFor(() => field(c, 'Passphrase'));
    await type(field(c, 'Passphrase'), 'short');
    expect(c.textContent).toContain('Too short: at least 10 characters.');
    await type(field(c, 'Type it again'), 'short');
    await click(button(c, 'Create vault'));
    await waitFor(() => expect(c.querySelector('[role="alert"]')?.textContent).toBe('The passphrase needs at least 10 characters.'));
    await type(field(c, 'Passphrase'), PASS);
    await type(field(c, 'Type it again'), PASS);
    await click(button(c, 'Create vault'));
    await waitFor(() => button(c, 'Lock now'));
  });

  it('unlock → save a note on the claim → it appears; Lock now hides it', async () => {
    const c = await render(await lockedVault());
    await unlock(c, 'not my passphrase');
    await waitFor(() => expect(c.querySelector('[role="alert"]')?.textContent).toBe('That passphrase is not correct. Nothing was changed.'));
    await unlock(c);
    await waitFor(() => expect((field(c, 'Claim number') as HTMLInputElement).value).toBe('ICN-2026-0001'));
    await waitFor(() => expect(c.textContent).toContain('No notes for this claim yet.'));
    expect((field(c, 'Payer') as HTMLInputElement).value).toBe('Acme Health');

    await type(field(c, 'Rep name'), 'Dana');
    await type(field(c, 'Outcome'), 'Reprocessing');
    await saveNote(c, 'REF-5521', 'Rep says the modifier was dropped; resubmit corrected claim.');
    const list = () => c.querySelector('section[aria-label="Notes for claim ICN-2026-0001"]')!;
    await waitFor(() => expect(list().textContent).toContain('Rep says the modifier was dropped; resubmit corrected claim.'));
    expect(list().textContent).toContain('Reference #: REF-5521');
    expect(list().textContent).toContain('Contact: Dana');
    expect((field(c, 'Note') as HTMLTextAreaElement).value).toBe('');

    // The worklist item took the page's date of service and amount: 86 days old -> 61-90.
    await waitFor(() => {
      const row = Array.from(c.querySelectorAll('.notes-aging tbody tr')).find((tr) => tr.querySelector('th')?.textContent === '61-90');
      expect(row?.textContent).toContain('$120.00');
    });

    await click(button(c, 'Lock now'));
    await waitFor(() => field(c, 'Passphrase'));
    expect(c.textContent).not.toContain('modifier was dropped');
    expect(c.innerHTML).not.toContain('REF-5521');
    expect(queryField(c, 'Note')).toBeNull();
    await unlock(c);
    await waitFor(() => expect(list().textContent).toContain('modifier was dropped'));
  });

  it('a refused save says why and keeps what was typed', async () => {
    const c = await render(await lockedVault());
    await unlock(c);
    await waitFor(() => field(c, 'Rep name'));
    await type(field(c, 'Rep name'), 'Dana');
    await type(field(c, 'Next follow-up date'), '2026-12-01');
    await click(button(c, 'Save note'));
    await waitFor(() => expect(c.querySelector('form [role="alert"]')?.textContent).toContain('The note is empty'));
    expect((field(c, 'Rep name') as HTMLInputElement).value).toBe('Dana');
    expect((field(c, 'Next follow-up date') as HTMLInputElement).value).toBe('2026-12-01');
  });

  it('edits add a revision and the history lists both versions', async () => {
    const c = await render(await lockedVault());
    await unlock(c);
    await waitFor(() => field(c, 'Reference number'));
    await saveNote(c, 'R-1', 'first version');
    await waitFor(() => button(c, 'Edit'));
    await click(button(c, 'Edit'));
    await type(field(c, 'Corrected text'), 'second version');
    await click(button(c, 'Save changes'));
    await waitFor(() => expect(c.querySelector('.notes-note')?.textContent).toContain('second version'));
    await waitFor(() => button(c, 'History'));
    await click(button(c, 'History'));
    await waitFor(() => {
      const items = Array.from(c.querySelectorAll('.notes-history li')).map((li) => li.textContent);
      expect(items).toHaveLength(2);
      expect(items[0]).toContain('first version');
      expect(items[1]).toContain('second version');
    });
  });

  it('autosaves an encrypted draft while typing and restores it in a new panel', async () => {
    const service = await lockedVault();
    const c = await render(service);
    await unlock(c);
    await waitFor(() => field(c, 'Note'));
    await type(field(c, 'Note'), 'half-written call note');
    // The user sees when the draft is safe (encrypted in the vault), and it is really there.
    await waitFor(() => expect(c.querySelector('[role="status"]')?.textContent).toBe('Draft kept (encrypted).'));
    expect((await service.loadDraft(CLAIM.claimNumber))?.content.text).toBe('half-written call note');
    await mounted!.unmount();
    mounted = null;
    const again = await render(service);
    await waitFor(() => expect((field(again, 'Note') as HTMLTextAreaElement).value).toBe('half-written call note'));
    expect(again.textContent).toContain('Unsaved draft restored.');
  });

  it('writes the draft at once when the panel closes mid-sentence', async () => {
    const service = await lockedVault();
    const c = await render(service);
    await unlock(c);
    await waitFor(() => field(c, 'Note'));
    await type(field(c, 'Note'), 'typed just before closing');
    await mounted!.unmount(); // well before the autosave delay
    mounted = null;
    await waitFor(async () => expect((await service.loadDraft(CLAIM.claimNumber))?.content.text).toBe('typed just before closing'), DRAFT_DELAY_MS / 2);
  });

  it('exports CSV only after the warning is confirmed; the backup is encrypted', async () => {
    const onDownload = vi.fn();
    const c = await render(await lockedVault(), onDownload);
    await unlock(c);
    await waitFor(() => field(c, 'Reference number'));
    await saveNote(c, 'R-9', 'csv marker text');
    await waitFor(() => expect(c.querySelector('.notes-note')?.textContent).toContain('csv marker text'));

    await click(button(c, 'Export CSV…'));
    expect(c.querySelector('[role="alertdialog"]')?.textContent).toContain('NOT encrypted');
    expect(onDownload).not.toHaveBeenCalled();
    await click(button(c, 'Cancel'));
    expect(onDownload).not.toHaveBeenCalled();
    await click(button(c, 'Export CSV…'));
    const dialog = c.querySelector<HTMLElement>('[role="alertdialog"]')!;
    // Issue 17 item 6: the vault passphrase is asked again; a wrong one exports nothing.
    await type(field(dialog, 'Your vault passphrase (asked again before notes leave the vault)'), 'not the passphrase');
    await click(button(dialog, 'I understand: export without encryption'));
    await waitFor(() => expect(c.textContent).toContain('That passphrase is not correct'));
    expect(onDownload).not.toHaveBeenCalled();
    await type(field(dialog, 'Your vault passphrase (asked again before notes leave the vault)'), PASS);
    await click(button(dialog, 'I understand: export without encryption'));
    await waitFor(() => expect(onDownload).toHaveBeenCalledTimes(1));
    expect(onDownload.mock.calls[0]![0]).toMatchObject({ name: 'remit-ranger-notes-2026-11-26.csv', type: 'text/csv' });
    expect(onDownload.mock.calls[0]![0].text).toContain('csv marker text');

    const backupForm = c.querySelector<HTMLElement>('form[aria-label="Encrypted backup"]')!;
    await type(field(backupForm, 'Backup passphrase'), 'backup passphrase 1 for the file');
    await type(field(backupForm, 'Type the backup passphrase again'), 'backup passphrase 1 for the file');
    await type(field(backupForm, 'Your vault passphrase (asked again before notes leave the vault)'), PASS);
    await click(button(backupForm, 'Export encrypted backup'));
    await waitFor(() => expect(onDownload).toHaveBeenCalledTimes(2));
    const backup = onDownload.mock.calls[1]![0];
    expect(backup.name).toBe('remit-ranger-notes-2026-11-26.rrbackup.json');
    expect(backup.text).not.toContain('csv marker text');
    expect(JSON.parse(backup.text).format).toBe('remit-ranger-notes-backup');
  });

  it('searches across claims and shows the worklist', async () => {
    const service = await lockedVault();
    await service.unlock(PASS);
    await service.saveNote({ claimRef: 'OLD-77', payer: 'Beta Plan', kind: 'portal', status: 'pending', contact: '', referenceNumber: '', outcome: 'Pended for records', text: 'Sent medical records by fax', nextFollowUp: '2026-11-20' });
    const c = await render(service);
    await waitFor(() => field(c, 'Search all claims'));
    await type(field(c, 'Search all claims'), 'medical records');
    await click(button(c, 'Search'));
    await waitFor(() => expect(c.textContent).toContain('Matches: 1'));
    expect(c.textContent).toContain('Sent medical records by fax');
    await waitFor(() => expect(c.querySelector('section[aria-label="Overdue (1)"]')?.textContent).toContain('OLD-77'));
    await click(button(c, 'Open notes of OLD-77'));
    expect((field(c, 'Claim number') as HTMLInputElement).value).toBe('OLD-77');
  });

  it('notices a lock from elsewhere (popup, idle alarm) and hides the notes', async () => {
    const service = await lockedVault();
    const c = await render(service);
    await unlock(c);
    await waitFor(() => button(c, 'Lock now'));
    await newService().lock(); // another page's "Lock now", same storage.session
    await waitFor(() => field(c, 'Passphrase'));
    expect(queryButton(c, 'Lock now')).toBeNull();
  });

  it('speaks French', async () => {
    setLocale('fr');
    const c = await render(await lockedVault());
    await waitFor(() => field(c, 'Phrase secrète'));
    expect(button(c, 'Déverrouiller')).toBeTruthy();
    await type(field(c, 'Phrase secrète'), PASS);
    await click(button(c, 'Déverrouiller'));
    await waitFor(() => button(c, 'Verrouiller maintenant'));
    expect(field(c, 'Numéro de réclamation')).toBeTruthy();
    expect(field(c, 'Numéro de référence')).toBeTruthy();
    expect(button(c, 'Enregistrer la note')).toBeTruthy();
  });
});
