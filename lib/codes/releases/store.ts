/**
 * Imported official releases in the extension's own IndexedDB: one row per release, its meta as a
 * small object (the options page lists them without inflating anything) and its content as the
 * compact binary of format.ts. Saving the releases of one file is one transaction: a failed write
 * aborts it and leaves the previous releases exactly as they were.
 *
 * IndexedDB and IDBKeyRange are injected (as in licensed-store.ts) so tests use fake-indexeddb.
 */
import { Dexie, type Table } from 'dexie';
import type { IdbDeps } from '@/lib/codes/licensed-store';
import { decodeReleaseAsync, encodeReleaseAsync } from './format';
import type { ImportedMeta, ImportedRelease } from './model';

export const RELEASES_DB_NAME = 'remit-ranger-releases';

interface ReleaseRow {
  id: string;
  meta: ImportedMeta;
  data: Uint8Array;
}

class ReleasesDb extends Dexie {
  releases!: Table<ReleaseRow, string>;

  constructor(deps: IdbDeps, name: string) {
    super(name, { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange });
    this.version(1).stores({ releases: 'id' });
  }
}

export class ReleaseStore {
  private readonly db: ReleasesDb;

  constructor(deps: IdbDeps, name = RELEASES_DB_NAME) {
    this.db = new ReleasesDb(deps, name);
  }

  /**
   * Stores already-encoded releases (the worker encodes them), replacing any with the same id.
   * All or nothing: two rows with one id, or any failed write, rejects and stores none.
   */
  async saveEncoded(rows: readonly { meta: ImportedMeta; data: Uint8Array }[]): Promise<void> {
    const ids = new Set<string>();
    for (const r of rows) {
      if (ids.has(r.meta.id)) throw new Error(`release ${r.meta.id} twice in one import`);
      ids.add(r.meta.id);
    }
    await this.db.transaction('rw', this.db.releases, async () => {
      await this.db.releases.bulkDelete([...ids]);
      // bulkAdd, not bulkPut: a repeated id fails the transaction instead of overwriting.
      await this.db.releases.bulkAdd(rows.map((r) => ({ id: r.meta.id, meta: r.meta, data: r.data })));
    });
  }

  async save(releases: readonly ImportedRelease[]): Promise<void> {
    return this.saveEncoded(await Promise.all(releases.map(async (r) => ({ meta: r.meta, data: await encodeReleaseAsync(r) }))));
  }

  /** Metas, oldest effective date first. */
  async list(): Promise<ImportedMeta[]> {
    const rows = await this.db.releases.toArray();
    return rows.map((r) => r.meta).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.id < b.id ? -1 : 1));
  }

  /** Every stored release decoded; a damaged row is reported, not thrown, so the others still answer. */
  async loadAll(onDamaged?: (id: string, e: unknown) => void): Promise<ImportedRelease[]> {
    const rows = await this.db.releases.toArray();
    const out: ImportedRelease[] = [];
    for (const r of rows) {
      try {
        out.push(await decodeReleaseAsync(r.data));
      } catch (e) {
        onDamaged?.(r.id, e);
      }
    }
    return out;
  }

  /** Stored size in bytes of each release (compact binary). */
  async sizes(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    await this.db.releases.each((r) => (out[r.id] = r.data.byteLength));
    return out;
  }

  async remove(id: string): Promise<void> {
    await this.db.releases.delete(id);
  }

  async clear(): Promise<void> {
    await this.db.releases.clear();
  }

  close(): void {
    this.db.close();
  }
}

/** The store of an extension page or the service worker (never a content script: wrong origin). */
export function openReleaseStore(): ReleaseStore {
  return new ReleaseStore({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
}
