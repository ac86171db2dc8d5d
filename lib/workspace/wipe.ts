/**
 * Deletes everything Remit Ranger keeps in this browser profile, and proves it (the order and the
 * verification are in wipe-verify.ts; this file is the browser glue).
 */
import { browser } from 'wxt/browser';
import { CLAIM_SCRIPT_ID } from '@/lib/sites/background';
import { matchPatternFor } from '@/lib/sites/origins';
import { enabledSites } from '@/lib/sites/storage';
import { closeAllDexie, signalWipe } from '@/lib/platform/wipe-signal';
import { countRecords, deleteDatabase, DELETE_WAIT_MS } from '@/lib/platform/idb';
import { wipeAndVerify, type WipeDeps, type WipeReport } from './wipe-verify';

/** Time for the other contexts to hear "close" and close (they answer nothing; this is enough for a message hop). */
const CLOSE_SETTLE_MS = 250;

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
