import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importDataKeys } from './crypto';
import { addNote } from './notes-store';
import { DEFAULT_SCAN_LIMIT } from './search';
import { readSessionKey } from './session';
import { createNotesService } from './service';
import { noteInput, openTestDb, steppingClock } from '@/test/support/notes';

const PASS = 'correct horse battery staple';

describe('in-memory search index over every note (issue 17, the vault at scale)', () => {
  it('after unlock, builds with progress and searches all notes, older than the newest 5,000 too, without truncation', async () => {
    await fakeBrowser.storage.session.clear();
    const db = openTestDb();
    const service = createNotesService({ db, session: fakeBrowser.storage.session });
    await service.createVault(PASS, PASS);
    const raw = (await readSessionKey(fakeBrowser.storage.session))!;
    const ctx = { db, keys: await importDataKeys(raw), now: steppingClock(), newId: () => crypto.randomUUID() };
    // The oldest note holds the word searched for; then more than the scan limit of newer notes.
    await addNote(ctx, noteInput({ claimRef: 'OLDEST-1', text: 'the oldest needle' }));
    for (let i = 0; i < DEFAULT_SCAN_LIMIT + 5; i += 500) {
      await Promise.all(Array.from({ length: 500 }, (_, j) => addNote(ctx, noteInput({ claimRef: `C-${i + j}`, text: `hay ${i + j}` }))));
    }
    await service.lock();
    await service.unlock(PASS);
    const steps: number[] = [];
    const unwatch = service.watchIndex((s) => steps.push(s.loaded));
    expect((await service.buildIndex()).state).toBe('ready');
    unwatch();
    expect(service.indexStatus()).toMatchObject({ state: 'ready', loaded: DEFAULT_SCAN_LIMIT + 501, total: DEFAULT_SCAN_LIMIT + 501 });
    expect(steps.length).toBeGreaterThan(2);
    const found = await service.search('oldest needle');
    expect(found).toMatchObject({ truncated: false, total: 1 });
    expect(found.notes.map((n) => n.claimRef)).toEqual(['OLDEST-1']);
    // Saves and edits made in this page are searchable at once.
    const saved = await service.saveNote(noteInput({ claimRef: 'NEW-1', text: 'fresh marker' }));
    expect((await service.search('fresh marker')).total).toBe(1);
    await service.editNote(saved.id, { text: 'changed words' });
    expect((await service.search('fresh marker')).total).toBe(0);
    expect((await service.search('changed words')).total).toBe(1);
    // A note saved by another page (written straight to the database here) is found too.
    const otherCtx = { ...ctx, keys: await importDataKeys((await readSessionKey(fakeBrowser.storage.session))!) };
    await addNote(otherCtx, noteInput({ claimRef: 'OTHER-PAGE', text: 'from the popup' }));
    expect((await service.search('from the popup')).notes.map((n) => n.claimRef)).toEqual(['OTHER-PAGE']);
    // Lock drops it.
    await service.lock();
    expect(service.indexStatus().state).toBe('none');
  }, 120_000);

  it('indexes every note exactly once whatever the dates: many in the same millisecond, a few far apart', async () => {
    await fakeBrowser.storage.session.clear();
    const db = openTestDb();
    const service = createNotesService({ db, session: fakeBrowser.storage.session });
    await service.createVault(PASS, PASS);
    const keys = await importDataKeys((await readSessionKey(fakeBrowser.storage.session))!);
    let clock = 1_000;
    const ctx = { db, keys, now: () => clock, newId: () => crypto.randomUUID() };
    // 4,500 notes in one millisecond (a backup import), then stragglers years apart.
    await Promise.all(Array.from({ length: 4_500 }, (_, i) => addNote(ctx, noteInput({ claimRef: `SAME-${i}`, text: 'same instant' }))));
    for (const t of [2_000, 9e11, 1.7e12, 1.7e12 + 1]) {
      clock = t;
      await addNote(ctx, noteInput({ claimRef: `AT-${t}`, text: 'straggler' }));
    }
    expect((await service.buildIndex())).toMatchObject({ state: 'ready', loaded: 4_504, total: 4_504 });
    expect((await service.search('same instant')).total).toBe(4_500);
    expect((await service.search('straggler')).total).toBe(4);
    expect((await service.search('acme')).total).toBe(4_504);
  }, 120_000);
});
