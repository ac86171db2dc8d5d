/**
 * "No note is lost": two tabs saving at once, a worker dying mid-save, the connection closed by
 * the browser, a portal logout (the note form lives in the extension, its draft in the vault).
 */
import { forceCloseDatabase } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNotesService } from './service';
import { freshFactory, noteInput, openTestDb } from '@/test/support/notes';

const PASS = 'correct horse battery staple';

async function twoPages() {
  const factory = freshFactory();
  const dbA = openTestDb(factory);
  const dbB = openTestDb(factory);
  const a = createNotesService({ db: dbA, session: fakeBrowser.storage.session });
  const b = createNotesService({ db: dbB, session: fakeBrowser.storage.session });
  await a.createVault(PASS, PASS);
  return { factory, dbA, dbB, a, b };
}

describe('reliability', () => {
  it('two tabs saving at once (two connections) lose nothing', async () => {
    const { a, b, dbA } = await twoPages();
    const saves = Array.from({ length: 40 }, (_, i) =>
      (i % 2 ? a : b).saveNote(noteInput({ claimRef: `CLM-${i % 4}`, text: `note ${i}` })));
    const saved = await Promise.all(saves);
    expect(new Set(saved.map((n) => n.id)).size).toBe(40);
    expect(await dbA.notes.count()).toBe(40);
    expect(await dbA.revisions.count()).toBe(40);
    const texts = (await Promise.all([0, 1, 2, 3].map((c) => a.notesForClaim(`CLM-${c}`)))).flatMap((o) => o.records.map((n) => n.text));
    expect(texts.sort()).toEqual(Array.from({ length: 40 }, (_, i) => `note ${i}`).sort());
  });

  it('two tabs editing the same note at once both keep their text in the history', async () => {
    const { a, b } = await twoPages();
    const note = await a.saveNote(noteInput({ text: 'original' }));
    await Promise.all([a.editNote(note.id, { text: 'edit from tab A' }), b.editNote(note.id, { text: 'edit from tab B' })]);
    const history = (await b.history(note.id)).records.map((r) => r.text);
    expect(history).toHaveLength(3);
    expect(history).toEqual(expect.arrayContaining(['original', 'edit from tab A', 'edit from tab B']));
    const [latest] = (await a.notesForClaim('224123456789')).records;
    expect(['edit from tab A', 'edit from tab B']).toContain(latest!.text);
  });

  it('a worker that dies inside the save transaction leaves no half note, and the draft survives', async () => {
    const { factory, a, dbA } = await twoPages();
    await a.saveDraft('224123456789', { claimRef: '224123456789', payer: null, content: { text: 'call notes so far' } });
    // The write of the note row fails after the revision row was written in the same transaction.
    dbA.notes.hook('creating', () => {
      throw new Error('worker terminated');
    });
    await expect(a.saveNote(noteInput({ text: 'call notes so far' }))).rejects.toThrow('worker terminated');

    const restarted = createNotesService({ db: openTestDb(factory), session: fakeBrowser.storage.session });
    const rawDb = openTestDb(factory);
    expect(await rawDb.revisions.count()).toBe(0);
    expect(await rawDb.notes.count()).toBe(0);
    expect((await restarted.loadDraft('224123456789'))?.content.text).toBe('call notes so far');
    await restarted.saveNote(noteInput({ text: 'call notes so far' }));
    expect((await restarted.notesForClaim('224123456789')).records).toHaveLength(1);
    expect(await restarted.loadDraft('224123456789')).toBeNull();
  });

  it('the browser closing the connection during a save neither loses nor duplicates the note', async () => {
    const { a, dbA, factory } = await twoPages();
    await dbA.open();
    const saving = a.saveNote(noteInput({ text: 'during close' }));
    // fake-indexeddb types its argument loosely; it takes the connection.
    forceCloseDatabase(dbA.backendDB() as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await saving;
    const check = openTestDb(factory);
    expect(await check.notes.count()).toBe(1);
    expect(await check.revisions.count()).toBe(1);
  });

  it('a retried save after "database closed" writes the note once', async () => {
    const { a, dbA } = await twoPages();
    let closedOnce = false;
    // Close the connection right after the note's transaction commits, so the item update that
    // follows hits a closed database and the whole save is retried.
    dbA.notes.hook('creating', function () {
      this.onsuccess = () => {
        if (closedOnce) return;
        closedOnce = true;
        queueMicrotask(() => dbA.close());
      };
    });
    await a.saveNote(noteInput({ text: 'exactly once' }));
    expect(closedOnce).toBe(true);
    expect(await dbA.notes.count()).toBe(1);
    expect(await dbA.revisions.count()).toBe(1);
    expect(await dbA.items.count()).toBe(1);
  });
});
