/** Deletes everything Remit Ranger keeps in this browser profile. */
import { browser } from 'wxt/browser';
import { CLAIM_SCRIPT_ID } from '@/lib/sites/background';
import { matchPatternFor } from '@/lib/sites/origins';
import { enabledSites } from '@/lib/sites/storage';

export async function wipeAllLocalData(): Promise<void> {
  const origins = await enabledSites.getValue();
  await browser.scripting.unregisterContentScripts({ ids: [CLAIM_SCRIPT_ID] }).catch(() => undefined);
  await browser.permissions.remove({ origins: origins.map(matchPatternFor) }).catch(() => false);
  await browser.storage.local.clear();
  await browser.storage.session.clear();
  // Every database of the extension's origin: notes vault, licensed imports, imported official
  // code releases (remit-ranger-releases), drafts.
  const dbs = await indexedDB.databases();
  await Promise.all(
    dbs.map((db) => new Promise<void>((resolve) => {
      if (!db.name) return resolve();
      const req = indexedDB.deleteDatabase(db.name);
      for (const event of ['success', 'error', 'blocked']) req.addEventListener(event, () => resolve());
    })),
  );
}
