/**
 * Deletes everything Remit Ranger keeps in this browser profile, and proves it (the order and the
 * verification are in wipe-verify.ts; this file is the browser glue).
 */
import { browser } from 'wxt/browser';
import { CLAIM_SCRIPT_ID } from '@/lib/sites/background';
import { matchPatternFor } from '@/lib/sites/origins';
import { enabledSites } from '@/lib/sites/storage';
import { closeAllDexie, signalWipe } from '@/lib/platform/wipe-signal';
import { wipeAndVerify, type DeleteOutcome, type WipeDeps, type WipeReport } from './wipe-verify';

/** How long a delete may stay `blocked` before it counts as not done. */
const DELETE_WAIT_MS = 3_000;
/** Time for the other contexts to hear "close" and close (they answer nothing; this is enough for a message hop). */
const CLOSE_SETTLE_MS = 250;

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

export function idbWipeDeps(factory: IDBFactory, closeConnections: () => Promise<void>, waitMs = DELETE_WAIT_MS): Pick<WipeDeps, 'closeConnections' | 'listDatabases' | 'deleteDatabase' | 'countRecords'> {
  return {
    closeConnections,
    listDatabases: async () => (await factory.databases()).flatMap((d) => (d.name ? [d.name] : [])),
    deleteDatabase: (name) => deleteDatabase(factory, name, waitMs),
    countRecords: (name) => countRecords(factory, name, waitMs),
  };
}

export async function wipeAllLocalData(): Promise<WipeReport> {
  const origins = await enabledSites.getValue();
  const report = await wipeAndVerify({
    stopContentScripts: async () => {
      await browser.scripting.unregisterContentScripts({ ids: [CLAIM_SCRIPT_ID] }).catch(() => undefined);
      await browser.permissions.remove({ origins: origins.map(matchPatternFor) }).catch(() => false);
    },
    clearArea: (area) => browser.storage[area].clear(),
    areaSize: async (area) => Object.keys(await browser.storage[area].get(null)).length,
    ...idbWipeDeps(indexedDB, async () => {
      closeAllDexie();
      signalWipe('close');
      await new Promise((r) => setTimeout(r, CLOSE_SETTLE_MS));
    }),
  });
  // Every other page reloads and the worker drops its caches: nothing deleted stays on screen.
  signalWipe('wiped');
  return report;
}
