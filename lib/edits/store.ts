/**
 * Imported edit files in the extension's own IndexedDB: one row of metadata and one row of typed
 * arrays per file (IndexedDB stores them as raw buffers). An import is written in one transaction,
 * so a failure leaves the previous files exactly as they were; a file replaces the stored file of
 * the same table (same id), other tables stay.
 *
 * IndexedDB is injected (Dexie habit) so tests and the bench use fake-indexeddb.
 */
import { Dexie, type Table } from 'dexie';
import type { EditFile, EditFileMeta, EditTable } from './tables';
import { withStore } from '@/lib/platform/stores';

export const EDITS_DB_NAME = 'remit-ranger-edits';

export interface IdbDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

interface TableRow {
  id: string;
  table: EditTable;
}

class EditsDb extends Dexie {
  files!: Table<EditFileMeta, string>;
  data!: Table<TableRow, string>;

  constructor(deps: IdbDeps, name: string) {
    super(name, { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange });
    this.version(1).stores({ files: 'id', data: 'id' });
  }
}

export class EditsStore {
  private readonly db: EditsDb;

  constructor(deps: IdbDeps, name = EDITS_DB_NAME) {
    this.db = new EditsDb(deps, name);
  }

  /** Stores the files of one import, replacing files of the same tables; all or nothing. */
  async replace(files: readonly EditFile[]): Promise<void> {
    await this.db.transaction('rw', this.db.files, this.db.data, async () => {
      for (const f of files) {
        await this.db.data.put({ id: f.meta.id, table: f.table });
        await this.db.files.put(f.meta);
      }
    });
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.files, this.db.data, async () => {
      await this.db.data.delete(id);
      await this.db.files.delete(id);
    });
  }

  async list(): Promise<EditFileMeta[]> {
    return this.db.files.toArray();
  }

  async loadAll(): Promise<EditFile[]> {
    return this.db.transaction('r', this.db.files, this.db.data, async () => {
      const metas = await this.db.files.toArray();
      const out: EditFile[] = [];
      for (const meta of metas) {
        const row = await this.db.data.get(meta.id);
        if (row) out.push({ meta, table: row.table });
      }
      return out;
    });
  }

  close(): void {
    this.db.close();
  }
}

/**
 * The store of an extension page or the service worker (the extension's origin), never a content
 * script. Reads the globals at call time, so importing this module in Node touches nothing.
 */
export function openEditsStore(): EditsStore {
  return new EditsStore({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
}

/** Runs `fn` on a store opened for it and closed after (an open connection would block "Delete all local data"). */
export function withEditsStore<T>(fn: (store: EditsStore) => Promise<T>, store?: EditsStore): Promise<T> {
  return withStore(store, openEditsStore, fn);
}
