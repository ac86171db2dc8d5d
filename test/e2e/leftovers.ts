/**
 * What "Delete all local data" must leave behind, as an extension page sees it: every database of
 * the extension's origin with its record count, and the keys of both storage areas. Shared by the
 * options and PHI-boundary E2E files.
 */
import type { Page } from 'playwright-core';

export interface Leftovers {
  /** Records per database. An empty schema may be there (a view that refreshes reopens it); no record may. */
  counts: Record<string, number>;
  local: string[];
  session: string[];
}

export function leftovers(page: Page): Promise<Leftovers> {
  return page.evaluate(async () => {
    // The E2E build's page hook (lib/platform/views/mount.tsx): the wipe's own record count.
    const hook = (globalThis as unknown as { remitRangerPageTest: { countRecords(name: string): Promise<number> } }).remitRangerPageTest;
    const counts: Record<string, number> = {};
    for (const d of await indexedDB.databases()) if (d.name) counts[d.name] = await hook.countRecords(d.name);
    const local = Object.keys(await chrome.storage.local.get(null));
    const session = Object.keys(await chrome.storage.session.get(null));
    return { counts, local, session };
  });
}

/** Total records over every database. */
export const recordCount = (l: Leftovers): number => Object.values(l.counts).reduce((a, b) => a + b, 0);
