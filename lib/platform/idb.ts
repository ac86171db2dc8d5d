/**
 * Deleting and counting the extension's IndexedDB databases, with a wait instead of trusting
 * events alone: used by "Delete all local data" (lib/workspace/wipe.ts) to delete and then prove
 * it, and by the E2E build's page hook to check what is left.
 */

/** What a delete came to: done, still blocked by an open connection after the wait, or refused. */
export type DeleteOutcome = 'deleted' | 'blocked' | 'error';

/** How long a delete may stay `blocked` before it counts as not done. */
export const DELETE_WAIT_MS = 3_000;

export function deleteDatabase(factory: IDBFactory, name: string, waitMs = DELETE_WAIT_MS): Promise<DeleteOutcome> {
  return new Promise((resolve) => {
    // `blocked` is not failure yet: the delete completes if the holder closes within the wait. A
    // delete queued behind an earlier pending one never even hears `blocked`: the same wait covers it.
    const timer = setTimeout(() => resolve('blocked'), waitMs);
    const req = factory.deleteDatabase(name);
    req.addEventListener('success', () => { clearTimeout(timer); resolve('deleted'); });
    req.addEventListener('error', () => { clearTimeout(timer); resolve('error'); });
  });
}

/**
 * Records in every store of an existing database (0 for a database re-created empty). NaN when it
 * cannot be opened within `waitMs`: a delete still pending behind an open connection queues every
 * open after it, and "unknown" must read as "not proven empty".
 */
export function countRecords(factory: IDBFactory, name: string, waitMs = DELETE_WAIT_MS): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(Number.NaN), waitMs);
    const req = factory.open(name);
    req.addEventListener('success', () => clearTimeout(timer));
    req.addEventListener('error', () => reject(req.error));
    req.addEventListener('success', () => {
      const db = req.result;
      const stores = [...db.objectStoreNames];
      if (stores.length === 0) {
        db.close();
        return resolve(0);
      }
      const tx = db.transaction(stores, 'readonly');
      let total = 0;
      for (const s of stores) {
        const c = tx.objectStore(s).count();
        c.addEventListener('success', () => { total += c.result; });
      }
      tx.addEventListener('complete', () => { db.close(); resolve(total); });
      tx.addEventListener('error', () => { db.close(); reject(tx.error); });
    });
    // Opening a listed name without a version never upgrades; if it was deleted meanwhile it is created empty.
    req.addEventListener('upgradeneeded', () => undefined);
  });
}

