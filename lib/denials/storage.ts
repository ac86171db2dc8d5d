/**
 * The user's imported X12 CARC/RARC lists live in IndexedDB (./x12-import.ts); `officialListsChanged`
 * (storage.local, a time stamp only) tells the pages holding them that an import or removal happened.
 */
import { storage } from 'wxt/utils/storage';
import { decodeCptFile } from '@/lib/codes/cpt-import';
import { errorMessage } from '@/lib/platform/errors';
import {
  importX12List, listImports, loadOfficialLists, removeX12List, X12Db, type CsvError, type X12ImportMeta, type X12List,
} from './x12-import';

/** Time of the last X12 list import or removal; watch it to reload `officialLists`. */
export const officialListsChanged = storage.defineItem<string | null>('local:claims.officialListsChangedAt', { fallback: null });

export async function withX12Db<T>(db: X12Db | undefined, fn: (db: X12Db) => Promise<T>): Promise<T> {
  const d = db ?? new X12Db();
  try {
    return await fn(d);
  } finally {
    // An open connection would block "Delete all local data" (deleteDatabase waits for it).
    if (!db) d.close();
  }
}

/** The CARC list is about 60 KB and the RARC list a few hundred; far larger is the wrong file. */
export const MAX_X12_FILE_BYTES = 5 * 1024 * 1024;

export type OfficialListOutcome =
  | { ok: true; meta: X12ImportMeta }
  | { ok: false; reason: 'invalid'; fileName: string; errors: CsvError[] }
  | { ok: false; reason: 'too-big'; fileName: string; bytes: number }
  | { ok: false; reason: 'save-failed'; fileName: string; error: string };

/** Reads, checks and stores a chosen file, all or nothing (a bad file leaves the previous list). */
export async function importOfficialListFile(
  list: X12List,
  file: { name: string; size: number; bytes: () => Promise<Uint8Array> },
  options: { db?: X12Db; now?: Date } = {},
): Promise<OfficialListOutcome> {
  const fileName = file.name;
  if (file.size > MAX_X12_FILE_BYTES) return { ok: false, reason: 'too-big', fileName, bytes: file.size };
  // Exports saved from a spreadsheet on Windows are often windows-1252, not UTF-8.
  const text = decodeCptFile(await file.bytes());
  let result;
  try {
    result = await withX12Db(options.db, (db) => importX12List(db, list, text, fileName, options.now));
  } catch (e) {
    return { ok: false, reason: 'save-failed', fileName, error: errorMessage(e) };
  }
  if (!result.ok) return { ok: false, reason: 'invalid', fileName, errors: result.errors };
  await officialListsChanged.setValue(result.meta.importedAt);
  return result;
}

export async function removeOfficialList(list: X12List, options: { db?: X12Db; now?: Date } = {}): Promise<void> {
  await withX12Db(options.db, (db) => removeX12List(db, list));
  await officialListsChanged.setValue((options.now ?? new Date()).toISOString());
}

export function officialListImports(db?: X12Db): Promise<X12ImportMeta[]> {
  return withX12Db(db, listImports);
}

/** The imported lists, or null when none was imported or the database cannot be read. */
export function readOfficialLists() {
  return withX12Db(undefined, loadOfficialLists).catch(() => null);
}
