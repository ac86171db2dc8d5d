/**
 * The user's imported CPT descriptors, kept in the extension's own IndexedDB (never shipped, never
 * synced). One import replaces the previous one in a single transaction: if any write fails the
 * transaction aborts and the previous import stays as it was.
 *
 * IndexedDB and IDBKeyRange are injected (Dexie.js habit) so tests use fake-indexeddb.
 */
import { Dexie, type Table } from 'dexie';
import type { LicensedCptEntry } from './tables';

export const LICENSED_DB_NAME = 'remit-ranger-licensed';

export interface IdbDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** What the options page shows about the current import. */
export interface CptImportInfo {
  fileName: string;
  /** ISO timestamp. */
  importedAt: string;
  count: number;
}

interface MetaRow extends CptImportInfo {
  key: 'cpt';
}

interface CptRow {
  code: string;
  descriptor: string;
  shortDescriptor: string | null;
}

class LicensedDb extends Dexie {
  cpt!: Table<CptRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(deps: IdbDeps, name: string) {
    super(name, { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange });
    this.version(1).stores({ cpt: 'code', meta: 'key' });
  }
}

export class LicensedStore {
  private readonly db: LicensedDb;

  constructor(deps: IdbDeps, name = LICENSED_DB_NAME) {
    this.db = new LicensedDb(deps, name);
  }

  /** Replaces the whole import. Rejects (keeping the previous import) on any failed write or a count mismatch. */
  async replaceCpt(entries: readonly LicensedCptEntry[], meta: CptImportInfo): Promise<void> {
    if (meta.count !== entries.length) throw new Error(`licensed CPT import: ${entries.length} entries but the import says ${meta.count}`);
    const rows: CptRow[] = entries.map((e) => ({ code: e.code, descriptor: e.descriptor, shortDescriptor: e.shortDescriptor ?? null }));
    await this.db.transaction('rw', this.db.cpt, this.db.meta, async () => {
      await this.db.cpt.clear();
      // bulkAdd, not bulkPut: a repeated code fails the transaction instead of silently overwriting.
      await this.db.cpt.bulkAdd(rows);
      await this.db.meta.put({ key: 'cpt', fileName: meta.fileName, importedAt: meta.importedAt, count: meta.count });
    });
  }

  /** The imported entries in code order; empty when nothing was imported. */
  async loadCpt(): Promise<LicensedCptEntry[]> {
    const rows = await this.db.cpt.orderBy('code').toArray();
    return rows.map((r) => (r.shortDescriptor ? { code: r.code, descriptor: r.descriptor, shortDescriptor: r.shortDescriptor } : { code: r.code, descriptor: r.descriptor }));
  }

  async clearCpt(): Promise<void> {
    await this.db.transaction('rw', this.db.cpt, this.db.meta, async () => {
      await this.db.cpt.clear();
      await this.db.meta.delete('cpt');
    });
  }

  async cptImportInfo(): Promise<CptImportInfo | null> {
    const row = await this.db.meta.get('cpt');
    return row ? { fileName: row.fileName, importedAt: row.importedAt, count: row.count } : null;
  }

  close(): void {
    this.db.close();
  }
}

/**
 * The store of an extension page or the service worker (the extension's origin). Never from a
 * content script: its IndexedDB would belong to the portal. Reads the globals at call time, so
 * importing this module in Node touches nothing.
 */
export function openLicensedStore(): LicensedStore {
  return new LicensedStore({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
}
