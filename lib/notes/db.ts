/**
 * The notes database. Opened only in extension pages and the service worker: a content script's
 * IndexedDB belongs to the portal's origin (so the portal, and anyone with its site data, could
 * read it), which is why content scripts ask the extension instead.
 *
 * IndexedDB and IDBKeyRange are injected (Dexie.js habit) so tests and the bench use fake-indexeddb.
 */
import { Dexie, type Table } from 'dexie';
import type { DraftRow, ItemRow, NoteRow, RevisionRow, VaultHeader } from './types';

export const NOTES_DB_NAME = 'remit-ranger-notes';

export interface IdbDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** Schema v1, exported so the migration test can build a real v1 database. */
export const SCHEMA_V1 = {
  meta: 'key',
  notes: 'id, claimRefHmac, createdAt, kind, status',
  revisions: 'id, noteId, createdAt',
  items: 'claimRefHmac, status',
  drafts: 'id',
} as const;

/**
 * Schema v2. Why: in v1 an item's next follow-up date lived only inside its ciphertext, so the
 * background could not tell how many claims are due while the vault is locked (the toolbar badge)
 * without decrypting every row. v2 indexes `nextFollowUpDay` (see types.ts for why that date may
 * stay in clear) and lists a claim's notes in date order with a compound index.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  notes: 'id, claimRefHmac, createdAt, kind, status, [claimRefHmac+createdAt]',
  items: 'claimRefHmac, status, nextFollowUpDay, reindex',
} as const;

/**
 * Schema v3 (issue 17). Why: with 10,000 claims a page keeps its worklist items decrypted in
 * memory, and asks only for the rows written since (`updatedAt`, a work timestamp already in clear
 * in every row) instead of reading all of them at every redraw.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  items: 'claimRefHmac, status, nextFollowUpDay, reindex, updatedAt',
} as const;

export class NotesDb extends Dexie {
  meta!: Table<VaultHeader, string>;
  notes!: Table<NoteRow, string>;
  revisions!: Table<RevisionRow, string>;
  items!: Table<ItemRow, string>;
  drafts!: Table<DraftRow, string>;

  constructor(deps: IdbDeps, name = NOTES_DB_NAME) {
    super(name, { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange });
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        // The upgrade runs at open time, usually while locked: it cannot decrypt, so it flags the
        // rows and `backfillFollowUpDays` (items-store.ts) fills the day in at the next unlock.
        tx.table<ItemRow, string>('items').toCollection().modify((row) => {
          row.reindex = 1;
        }),
      );
    this.version(3).stores(SCHEMA_V3);
  }
}

/**
 * The real database of an extension page or the service worker (their IndexedDB belongs to the
 * extension's origin). Never call it from a content script. Reads the globals at call time, so
 * importing this module in Node (WXT build, tests) touches nothing.
 */
export function openNotesDb(): NotesDb {
  return new NotesDb({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
}

/**
 * Runs `fn`, and if Dexie reports the database closed (the browser closes IndexedDB connections
 * of a service worker that went idle, or DevTools cleared site data), reopens once and retries.
 * `fn` must be safe to run twice: every write here is a single transaction, all-or-nothing.
 */
export async function withOpenDb<T>(db: Dexie, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (!isDatabaseClosed(error)) throw error;
    if (!db.isOpen()) await db.open();
    return fn();
  }
}

function isDatabaseClosed(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === Dexie.errnames.DatabaseClosed) return true;
  // Dexie wraps some failures; the original error sits in `inner`.
  const inner = (error as { inner?: unknown }).inner;
  return inner instanceof Error && inner.name === 'InvalidStateError' && /clos/i.test(inner.message);
}
