import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isVaultError } from './errors';
import { createNotesService, claimContextFrom, type NotesServiceDeps } from './service';
import { emptyClaim } from '@/lib/claim/types';
import { noteInput, openTestDb, freshFactory } from '@/test/support/notes';
import type { NotesDb } from './db';

const PASS = 'correct horse battery staple';
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);

function setup(overrides: Partial<NotesServiceDeps> = {}) {
  const clock = { t: T0 };
  const db = overrides.db ?? openTestDb();
  const service = createNotesService({ db, session: fakeBrowser.storage.session, now: () => clock.t, ...overrides });
  return { db, clock, service };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => { throw new Error('expected a rejection'); }, (error: unknown) => error);
}

describe('vault lifecycle', () => {
  it('starts without a vault, refuses short or unconfirmed passphrases, then creates one unlocked', async () => {
    const { service } = setup();
    expect(await service.state()).toBe('no-vault');
    expect(isVaultError(await rejection(service.createVault('short', 'short')), 'passphrase-too-short')).toBe(true);
    expect(isVaultError(await rejection(service.createVault(PASS, `${PASS}!`)), 'passphrase-mismatch')).toBe(true);
    expect(await service.state()).toBe('no-vault');
    await service.createVault(PASS, PASS);
    expect(await service.state()).toBe('unlocked');
    expect(isVaultError(await rejection(service.createVault(PASS, PASS)), 'vault-exists')).toBe(true);
  });

  it('locks, refuses a wrong passphrase without changing anything, and unlocks with the right one', async () => {
    const { service, db } = setup();
    await service.createVault(PASS, PASS);
    await service.saveNote(noteInput());
    await service.lock();
    expect(await service.state()).toBe('locked');
    expect(isVaultError(await rejection(service.notesForClaim('224123456789')), 'locked')).toBe(true);

    const headerBefore = await db.meta.get('vault');
    expect(isVaultError(await rejection(service.unlock('correct horse battery stapler')), 'wrong-passphrase')).toBe(true);
    expect(await db.meta.get('vault')).toEqual(headerBefore);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await service.state()).toBe('locked');

    await service.unlock(PASS);
    const { records } = await service.notesForClaim('224123456789');
    expect(records.map((n) => n.referenceNumber)).toEqual(['REF-7781']);
  });

  it('survives a service-worker restart (new instance, same session) without asking again', async () => {
    const factory = freshFactory();
    const first = setup({ db: openTestDb(factory) });
    await first.service.createVault(PASS, PASS);
    await first.service.saveNote(noteInput());
    const second = setup({ db: openTestDb(factory) });
    expect(await second.service.state()).toBe('unlocked');
    expect((await second.service.notesForClaim('2241-2345-6789')).records).toHaveLength(1);
  });

  it('is locked after a browser restart (storage.session emptied)', async () => {
    const factory = freshFactory();
    const first = setup({ db: openTestDb(factory) });
    await first.service.createVault(PASS, PASS);
    await first.service.saveNote(noteInput());
    await fakeBrowser.storage.session.clear();
    const afterRestart = setup({ db: openTestDb(factory) });
    expect(await afterRestart.service.state()).toBe('locked');
    await afterRestart.service.unlock(PASS);
    expect((await afterRestart.service.notesForClaim('224123456789')).records).toHaveLength(1);
  });

  it('auto-locks after the configured idle time and clears the session', async () => {
    const { service, clock } = setup({ idleMinutes: () => 5 });
    await service.createVault(PASS, PASS);
    clock.t += 4 * 60_000;
    await service.touch();
    clock.t += 4 * 60_000;
    expect(await service.state()).toBe('unlocked');
    clock.t += 5 * 60_000;
    expect(isVaultError(await rejection(service.notesForClaim('1')), 'locked')).toBe(true);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('drops its in-memory keys when the session holds another vault\'s key', async () => {
    const factory = freshFactory();
    const panel = setup({ db: openTestDb(factory) });
    await panel.service.createVault(PASS, PASS);
    await panel.service.saveNote(noteInput());
    // Another page wipes the data and creates a new vault (new data key) in the same session.
    const otherDb = openTestDb(factory);
    await otherDb.delete();
    const other = setup({ db: openTestDb(factory) });
    await other.service.createVault('a different passphrase', 'a different passphrase');
    await other.service.saveNote(noteInput({ text: 'new vault note' }));
    const { records, failed } = await panel.service.notesForClaim('224123456789');
    expect(failed).toEqual([]);
    expect(records.map((n) => n.text)).toEqual(['new vault note']);
  });

  it('a panel polling its state does not keep the vault open', async () => {
    const { service, clock } = setup();
    await service.createVault(PASS, PASS);
    for (let minute = 1; minute < 15; minute++) {
      clock.t += 60_000;
      expect(await service.state()).toBe('unlocked');
    }
    clock.t += 60_000;
    expect(await service.state()).toBe('locked');
  });

  it('a portal reporting a new claim every minute does not keep the vault open (issue 17 item 3)', async () => {
    const { service, clock } = setup();
    await service.createVault(PASS, PASS);
    await service.saveNote(noteInput());
    // What the side panel does on every claims.changed: load the claim's notes and its draft.
    for (let minute = 1; minute < 15; minute++) {
      clock.t += 60_000;
      await service.notesForClaim(`CLAIM-${minute}`);
      await service.loadDraft(`CLAIM-${minute}`);
      await service.listItems();
      await service.search('rep');
    }
    clock.t += 60_000;
    expect(isVaultError(await rejection(service.notesForClaim('CLAIM-99')), 'locked')).toBe(true);
  });

  it('the user\'s input and saves restart the idle timer', async () => {
    const { service, clock } = setup();
    await service.createVault(PASS, PASS);
    clock.t += 14 * 60_000;
    await service.touch();
    clock.t += 14 * 60_000;
    await service.saveNote(noteInput());
    clock.t += 14 * 60_000;
    expect(await service.state()).toBe('unlocked');
  });

  it('"Lock now" in one page locks the others at their next call', async () => {
    const factory = freshFactory();
    const popup = setup({ db: openTestDb(factory) });
    const panel = setup({ db: openTestDb(factory) });
    await popup.service.createVault(PASS, PASS);
    expect(await panel.service.state()).toBe('unlocked');
    await popup.service.lock();
    expect(isVaultError(await rejection(panel.service.search('rep')), 'locked')).toBe(true);
  });

  it('changes the passphrase by re-wrapping: old one refused, notes intact; wrong current changes nothing', async () => {
    const { service, db } = setup();
    await service.createVault(PASS, PASS);
    await service.saveNote(noteInput());
    const before = await db.meta.get('vault');
    expect(isVaultError(await rejection(service.changePassphrase('not the passphrase', 'new passphrase 2026', 'new passphrase 2026')), 'wrong-passphrase')).toBe(true);
    expect(await db.meta.get('vault')).toEqual(before);
    await service.changePassphrase(PASS, 'new passphrase 2026', 'new passphrase 2026');
    expect((await db.meta.get('vault'))!.kdf.salt).not.toBe(before!.kdf.salt);
    await service.lock();
    expect(isVaultError(await rejection(service.unlock(PASS)), 'wrong-passphrase')).toBe(true);
    await service.unlock('new passphrase 2026');
    expect((await service.notesForClaim('224123456789')).records).toHaveLength(1);
  });
});

describe('notes, revisions and worklist items', () => {
  it('lists a claim\'s notes newest first and matches the claim number however it is spelled', async () => {
    const { service, clock } = setup();
    await service.createVault(PASS, PASS);
    await service.saveNote(noteInput({ text: 'first' }));
    clock.t += 1000;
    await service.saveNote(noteInput({ claimRef: '224123456789', text: 'second' }));
    await service.saveNote(noteInput({ claimRef: 'OTHER-1', text: 'other claim' }));
    const { records } = await service.notesForClaim('2241 2345 6789');
    expect(records.map((n) => n.text)).toEqual(['second', 'first']);
  });

  it('editing adds a revision; the history keeps every version', async () => {
    const { service, clock } = setup();
    await service.createVault(PASS, PASS);
    const note = await service.saveNote(noteInput({ text: 'v1' }));
    clock.t += 1000;
    await service.editNote(note.id, { text: 'v2', status: 'appealed' });
    clock.t += 1000;
    await service.editNote(note.id, { text: 'v3' });
    const history = await service.history(note.id);
    expect(history.records.map((r) => [r.text, r.status])).toEqual([['v1', 'pending'], ['v2', 'appealed'], ['v3', 'appealed']]);
    const [latest] = (await service.notesForClaim('224123456789')).records;
    expect(latest).toMatchObject({ text: 'v3', status: 'appealed', createdAt: note.createdAt });
    expect(latest!.updatedAt).toBeGreaterThan(note.createdAt);
  });

  it('refuses an empty note or a bad date with a clear message', async () => {
    const { service } = setup();
    await service.createVault(PASS, PASS);
    await expect(service.saveNote(noteInput({ text: ' ', outcome: '', referenceNumber: '' }))).rejects.toThrow(/empty/);
    await expect(service.saveNote(noteInput({ nextFollowUp: '2026-02-30' }))).rejects.toThrow(/not a date/);
    await expect(service.saveNote(noteInput({ claimRef: ' - ' }))).rejects.toThrow(/claim number/);
  });

  it('keeps the claim\'s worklist item in step with its notes and the claim page', async () => {
    const { service } = setup();
    await service.createVault(PASS, PASS);
    const claim = { ...emptyClaim('availity'), claimNumber: '224123456789', payer: 'Acme Health', serviceFrom: '2026-08-01', billed: 250, paid: 40 };
    await service.saveNote(noteInput({ nextFollowUp: '2026-12-01' }), claimContextFrom(claim));
    let [item] = (await service.listItems()).records;
    expect(item).toMatchObject({ claimRef: '2241 2345 6789', payer: 'Acme Health', serviceDate: '2026-08-01', amount: 210, status: 'pending', nextFollowUp: '2026-12-01' });
    await service.saveNote(noteInput({ status: 'resolved', nextFollowUp: null }));
    [item] = (await service.listItems()).records;
    expect(item).toMatchObject({ status: 'resolved', serviceDate: '2026-08-01', amount: 210 });
  });

  it('counts due items while locked, without the key', async () => {
    const { service } = setup();
    await service.createVault(PASS, PASS);
    await service.saveNote(noteInput({ claimRef: 'A1', nextFollowUp: '2026-11-20' }));
    await service.saveNote(noteInput({ claimRef: 'B2', nextFollowUp: '2026-11-26' }));
    await service.saveNote(noteInput({ claimRef: 'C3', nextFollowUp: '2026-12-26' }));
    await service.saveNote(noteInput({ claimRef: 'D4', nextFollowUp: '2026-11-01', status: 'resolved' }));
    await service.lock();
    expect(await service.countDue('2026-11-26')).toBe(2);
  });

  it('reports a tampered note and still opens the others', async () => {
    const { service, db } = setup();
    await service.createVault(PASS, PASS);
    const good = await service.saveNote(noteInput({ text: 'good' }));
    const bad = await service.saveNote(noteInput({ text: 'to be tampered' }));
    const row = (await db.notes.get(bad.id))!;
    row.ct[3]! ^= 0xff;
    await db.notes.put(row);
    const opened = await service.notesForClaim('224123456789');
    expect(opened.records.map((n) => n.id)).toEqual([good.id]);
    expect(opened.failed).toEqual([{ table: 'notes', id: bad.id }]);
  });

  it('detects a ciphertext swapped between two records', async () => {
    const { service, db } = setup();
    await service.createVault(PASS, PASS);
    const a = await service.saveNote(noteInput({ text: 'a' }));
    const b = await service.saveNote(noteInput({ text: 'b' }));
    const rowA = (await db.notes.get(a.id))!;
    const rowB = (await db.notes.get(b.id))!;
    await db.notes.put({ ...rowB, iv: rowA.iv, ct: rowA.ct });
    const opened = await service.notesForClaim('224123456789');
    expect(opened.failed).toEqual([{ table: 'notes', id: b.id }]);
  });
});

describe('drafts', () => {
  it('autosaves encrypted per claim, survives a new page, and clears when the note is saved', async () => {
    const factory = freshFactory();
    const { service } = setup({ db: openTestDb(factory) });
    await service.createVault(PASS, PASS);
    await service.saveDraft('224123456789', { claimRef: '224123456789', payer: null, content: { text: 'half a sent' } });
    const otherPage = setup({ db: openTestDb(factory) });
    expect((await otherPage.service.loadDraft('2241 2345 6789'))?.content.text).toBe('half a sent');
    expect(await otherPage.service.loadDraft('999')).toBeNull();
    otherPage.clock.t += 1000;
    await otherPage.service.saveNote(noteInput({ text: 'half a sentence, finished' }));
    expect(await service.loadDraft('224123456789')).toBeNull();
  });

  it('keeps a draft typed after the save started', async () => {
    const { service, clock, db } = setup();
    await service.createVault(PASS, PASS);
    const pending = service.saveNote(noteInput({ text: 'saved part' }));
    clock.t += 5;
    await service.saveDraft('224123456789', { claimRef: '224123456789', payer: null, content: { text: 'newer text' } });
    await pending;
    expect((await service.loadDraft('224123456789'))?.content.text).toBe('newer text');
    expect(await db.drafts.count()).toBe(1);
  });
});

describe('PHI leaving the vault asks for the passphrase again (issue 17 items 6 and 11)', () => {
  it('CSV export refuses a wrong vault passphrase and exports with the right one', async () => {
    const { service } = setup();
    await service.createVault(PASS, PASS);
    await service.saveNote(noteInput());
    expect(isVaultError(await rejection(service.exportCsv('not my passphrase')), 'wrong-passphrase')).toBe(true);
    expect(await service.exportCsv(PASS)).toMatch(/REF-7781/);
  });

  it('backup export needs a strong backup passphrase typed twice and the vault passphrase', async () => {
    const { service } = setup();
    await service.createVault(PASS, PASS);
    await service.saveNote(noteInput());
    const strong = 'a separate long backup passphrase';
    expect(isVaultError(await rejection(service.exportBackup('Backup2026!', 'Backup2026!', PASS)), 'passphrase-weak')).toBe(true);
    expect(isVaultError(await rejection(service.exportBackup(strong, `${strong}x`, PASS)), 'passphrase-mismatch')).toBe(true);
    expect(isVaultError(await rejection(service.exportBackup(strong, strong, 'not my passphrase')), 'wrong-passphrase')).toBe(true);
    expect((await service.exportBackup(strong, strong, PASS)).counts.notes).toBe(1);
  });
});

describe('database closed after a worker wake-up', () => {
  it('reopens once and carries on', async () => {
    const { service, db } = setup();
    await service.createVault(PASS, PASS);
    await service.saveNote(noteInput());
    (db as NotesDb).close();
    expect((await service.notesForClaim('224123456789')).records).toHaveLength(1);
    db.close();
    await service.saveNote(noteInput({ text: 'after close' }));
    expect((await service.notesForClaim('224123456789')).records).toHaveLength(2);
  });
});
