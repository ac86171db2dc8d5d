/**
 * "Delete all local data", verified. A delete that IndexedDB reports as `blocked` (another page or
 * the service worker still holds a connection) is not done: it stays pending until that connection
 * closes, and a page that reopens the database meanwhile keeps the vault in place. So: lock
 * (session cleared first), ask every context to close its connections, delete each database and
 * wait for `success`, try a blocked one again after asking once more, then look again at what is
 * there and report, by name, every database and storage area that still holds something.
 *
 * The browser glue (wipe.ts) provides the operations; this is the order and the proof.
 */
import type { DeleteOutcome } from '@/lib/platform/idb';

export type StorageAreaName = 'local' | 'session';

export interface WipeDeps {
  /** Unregister the claim reader and give back host access: nothing of ours runs on portals afterwards. */
  stopContentScripts(): Promise<void>;
  clearArea(area: StorageAreaName): Promise<void>;
  /** Number of keys an area still holds. */
  areaSize(area: StorageAreaName): Promise<number>;
  /** Every context of the extension closes its database connections (and holds them closed). */
  closeConnections(): Promise<void>;
  listDatabases(): Promise<string[]>;
  /** Resolves with the outcome once known; `blocked` only when it did not succeed within its wait. */
  deleteDatabase(name: string): Promise<DeleteOutcome>;
  /** Records left in a database that exists (a context may have re-created it, empty). */
  countRecords(name: string): Promise<number>;
}

export interface WipeProblem {
  what: 'database' | 'storage' | 'content-scripts';
  name: string;
  /** `blocked`: a connection stayed open; `error`: the browser refused; `not-empty`: still holds data. */
  reason: Exclude<DeleteOutcome, 'deleted'> | 'not-empty';
  count?: number;
}

export interface WipeReport {
  ok: boolean;
  deleted: string[];
  problems: WipeProblem[];
}

export async function wipeAndVerify(deps: WipeDeps): Promise<WipeReport> {
  const problems: WipeProblem[] = [];
  // Session first: the vault key goes, so every page is locked before anything else happens.
  await deps.clearArea('session');
  await deps.stopContentScripts().catch(() => problems.push({ what: 'content-scripts', name: 'claim reader', reason: 'error' }));
  await deps.clearArea('local');
  await deps.closeConnections();

  const deleted: string[] = [];
  const outcomes = new Map<string, DeleteOutcome>();
  for (const name of await deps.listDatabases()) {
    let outcome = await deps.deleteDatabase(name);
    if (outcome === 'blocked') {
      // Someone reopened meanwhile (a worker woken by its alarm): ask again, once.
      await deps.closeConnections();
      outcome = await deps.deleteDatabase(name);
    }
    outcomes.set(name, outcome);
    if (outcome === 'deleted') deleted.push(name);
  }

  // Proof: look again. A database re-created empty by a context that reopened it holds nothing.
  for (const name of await deps.listDatabases()) {
    const count = await deps.countRecords(name).catch(() => Number.NaN);
    if (count === 0) continue;
    const outcome = outcomes.get(name);
    problems.push({ what: 'database', name, reason: outcome && outcome !== 'deleted' ? outcome : 'not-empty', ...(Number.isFinite(count) ? { count } : {}) });
  }
  for (const area of ['local', 'session'] as const) {
    const size = await deps.areaSize(area);
    if (size > 0) problems.push({ what: 'storage', name: area, reason: 'not-empty', count: size });
  }
  return { ok: problems.length === 0, deleted, problems };
}
