import { Dexie } from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importDataKeys } from './crypto';
import { NOTES_DB_NAME, SCHEMA_V1, type NotesDb } from './db';
import { sealItem } from './items-store';
import * as keyring from './keyring';
import { addNote } from './notes-store';
import { createNotesService } from './service';
import { freshFactory, noteInput, openTestDb, steppingClock } from '@/test/support/notes';
import type { FollowUpItem } from './types';

const PASS = 'correct horse battery staple';

/** The database exactly as version 1 of the extension created it. */
class V1Db extends Dexie {
  constructor(indexedDB: IDBFactory) {
    super(NOTES_DB_NAME, { indexedDB, IDBKeyRange });
    this.version(1).stores(SCHEMA_V1);
  }
}

function item(claimRef: string, nextFollowUp: string | null): FollowUpItem {
  return { claimRef, payer: 'Acme', serviceDate: '2026-09-01', amount: 120, status: 'open', nextFollowUp, deadlines: [], updatedAt: 1 };
}

describe('schema migration v1 -> v2', () => {
  it('keeps every v1 record, indexes follow-up days after the next unlock, and lists notes by claim', async () => {
    const factory = freshFactory();
    const v1 = new V1Db(factory);
    const asNotesDb = v1 as unknown as NotesDb;
    const raw = await keyring.createVault(asNotesDb, PASS, PASS, Date.now());
    const ctx = { db: asNotesDb, keys: await importDataKeys(raw), now: steppingClock(), newId: () => crypto.randomUUID() };
    await addNote(ctx, noteInput({ text: 'written by v1' }));
    for (const row of [await sealItem(ctx, item('A-1', '2026-11-20')), await sealItem(ctx, item('B-2', '2026-12-20')), await sealItem(ctx, item('C-3', null))]) {
      delete row.nextFollowUpDay; // v1 kept the day only inside the ciphertext
      await v1.table('items').put(row);
    }
    expect(v1.verno).toBe(1);
    v1.close();

    const db = openTestDb(factory);
    await db.open();
    expect(db.verno).toBe(3);
    const rows = await db.items.toArray();
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.reindex === 1 && r.nextFollowUpDay === undefined)).toBe(true);
    expect(await db.items.where('nextFollowUpDay').below('9999').count()).toBe(0);

    const service = createNotesService({ db, session: fakeBrowser.storage.session });
    await service.unlock(PASS);
    expect(await db.items.where('reindex').equals(1).count()).toBe(0);
    expect(await service.countDue('2026-11-26')).toBe(1);
    expect((await db.items.get((await db.items.toArray()).find((r) => r.nextFollowUpDay === '2026-12-20')!.claimRefHmac))).toBeDefined();
    const items = (await service.listItems()).records;
    expect(items.map((i) => i.claimRef).sort()).toEqual(['A-1', 'B-2', 'C-3']);
    const notes = await service.notesForClaim('2241 2345 6789');
    expect(notes.records.map((n) => n.text)).toEqual(['written by v1']);
    // v3: the items' write time is indexed for rows written before it too.
    expect(await db.items.where('updatedAt').aboveOrEqual(0).count()).toBe(3);
  });

  it('opens an empty database straight at v3', async () => {
    const db = openTestDb();
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.items.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['nextFollowUpDay', 'reindex', 'updatedAt']));
  });
});
