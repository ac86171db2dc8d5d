import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importDataKeys } from './crypto';
import { isVaultError } from './errors';
import { unseal } from './sealing';
import { readSessionKey } from './session';
import { createNotesService } from './service';
import { noteInput, openTestDb } from '@/test/support/notes';

const PASS = 'correct horse battery staple';

describe('rotate key (issue 17 item 11)', () => {
  it('re-encrypts every record under a new data key: the old key opens nothing, the notes still read', async () => {
    await fakeBrowser.storage.session.clear();
    const db = openTestDb();
    const service = createNotesService({ db, session: fakeBrowser.storage.session });
    await service.createVault(PASS, PASS);
    const note = await service.saveNote(noteInput({ text: 'rotation marker' }));
    await service.editNote(note.id, { text: 'rotation marker edited' });
    await service.saveDraft('OTHER-1', { claimRef: 'OTHER-1', payer: null, content: { text: 'draft text' } });
    const oldRaw = (await readSessionKey(fakeBrowser.storage.session))!;
    const oldKeys = await importDataKeys(oldRaw.slice());
    const before = await db.notes.get(note.id);

    expect(isVaultError(await service.rotateKey('wrong passphrase!').catch((e: unknown) => e), 'wrong-passphrase')).toBe(true);
    expect(await db.notes.get(note.id)).toEqual(before);

    expect(await service.rotateKey(PASS)).toEqual({ notes: 1, revisions: 2, items: 1, drafts: 1 });
    const newRaw = (await readSessionKey(fakeBrowser.storage.session))!;
    expect([...newRaw]).not.toEqual([...oldRaw]);
    // Every row: the old key no longer opens it.
    const rows = [
      ...(await db.notes.toArray()).map((r) => ['notes', r.id, r] as const),
      ...(await db.revisions.toArray()).map((r) => ['revisions', r.id, r] as const),
      ...(await db.items.toArray()).map((r) => ['items', r.claimRefHmac, r] as const),
      ...(await db.drafts.toArray()).map((r) => ['drafts', r.id, r] as const),
    ];
    expect(rows).toHaveLength(5);
    for (const [table, id, row] of rows) await expect(unseal(oldKeys, table, id, row)).rejects.toThrow();
    // With the new key (this page, and another page after unlocking with the same passphrase).
    expect((await service.notesForClaim(note.claimRef)).records[0]?.text).toBe('rotation marker edited');
    expect((await service.history(note.id)).records).toHaveLength(2);
    expect((await service.loadDraft('OTHER-1'))?.content.text).toBe('draft text');
    expect((await service.listItems()).records[0]?.claimRef).toBe(note.claimRef);
    // The passphrase is the same; it now unwraps the new key.
    await service.lock();
    await service.unlock(PASS);
    expect((await service.notesForClaim(note.claimRef)).records[0]?.text).toBe('rotation marker edited');
  });
});
