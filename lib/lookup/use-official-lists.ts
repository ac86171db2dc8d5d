/**
 * The user's imported X12 CARC/RARC lists for the lookup (IndexedDB, lib/denials/x12-import.ts),
 * reloaded when an import or removal happens. null until read, or when reading fails: the lookup
 * then explains denial codes from the playbook alone.
 */
import type { OfficialLists } from '@/lib/denials';
import { loadOfficialLists, X12Db } from '@/lib/denials/x12-import';
import { officialListsChanged } from '@/lib/denials/storage';
import { useWatchedRead } from '@/lib/platform/views/use-watched-read';

async function read(): Promise<OfficialLists | null> {
  const db = new X12Db();
  try {
    const lists = await loadOfficialLists(db);
    return lists.carc.size || lists.rarc.size ? lists : null;
  } catch {
    return null;
  } finally {
    // An open connection would block "Delete all local data".
    db.close();
  }
}

const FEEDS = [(reload: () => void) => officialListsChanged.watch(reload)];

export function useOfficialLists(): OfficialLists | null {
  return useWatchedRead(read, FEEDS, null);
}
