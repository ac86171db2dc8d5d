/**
 * Loads the generated tables through a reader, so the same code runs in Node (fs) and in the
 * extension (fetch(browser.runtime.getURL('/code-data/' + file))).
 *
 *   const tables = await loadTables((file) => fetch(browser.runtime.getURL(`/code-data/${file}`)).then((r) => r.arrayBuffer()));
 *
 * `extras: 'lazy'` resolves as soon as core.bin is ready (exact, prefix and text search work) and
 * loads short titles, tabular notes and GEMs in the background; await `tables.extrasReady` before
 * relying on notes(), excludes1Between(), sevenCharacter() or crosswalk().
 */
import { CORE_FILE, GEMS_FILE, NOTES_FILE, SHORT_TITLES_FILE, type GemsFile, type NotesFile } from './core-format';
import { CoreView } from './core-view';
import { CodeTablesImpl } from './tables';
import { errorMessage } from '@/lib/platform/errors';
import { EXTRA_RELEASES_FILE, unpackExtraReleases } from './releases/bundled';
import type { ImportedRelease } from './releases/model';

export type TableReader = (file: string) => Promise<string | ArrayBuffer | Uint8Array>;

export interface LoadOptions {
  extras?: 'eager' | 'lazy' | 'none';
}

export interface LoadedTables extends CodeTablesImpl {
  /** Resolves when short titles, notes and GEMs are loaded (immediately with extras 'eager'). */
  extrasReady: Promise<void>;
}

function asText(data: string | ArrayBuffer | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

function asBytes(data: string | ArrayBuffer | Uint8Array, file: string): ArrayBuffer | Uint8Array {
  if (typeof data === 'string') throw new Error(`${file}: expected binary data from the reader, got text`);
  return data;
}

async function readJson<T>(read: TableReader, file: string): Promise<T> {
  try {
    return JSON.parse(asText(await read(file))) as T;
  } catch (e) {
    throw new Error(`${file}: cannot load (${errorMessage(e)}); run npm run codes:build`, { cause: e });
  }
}

/** Newer releases the build shipped (extra source folders); tables built before they existed have none. */
async function readExtraReleases(read: TableReader): Promise<ImportedRelease[]> {
  let data: string | ArrayBuffer | Uint8Array;
  try {
    data = await read(EXTRA_RELEASES_FILE);
  } catch {
    return [];
  }
  return unpackExtraReleases(asBytes(data, EXTRA_RELEASES_FILE));
}

export async function loadExtras(tables: CodeTablesImpl, read: TableReader): Promise<void> {
  const [shorts, notes, gems, extra] = await Promise.all([readJson<string[]>(read, SHORT_TITLES_FILE), readJson<NotesFile>(read, NOTES_FILE), readJson<GemsFile>(read, GEMS_FILE), readExtraReleases(read)]);
  tables.setShortTitles(shorts);
  tables.setNotes(notes);
  tables.setGems(gems);
  // Also when there are none: from then on the tables need not keep the user's decoded releases.
  tables.setBundledReleases(extra);
}

export async function loadTables(read: TableReader, options: LoadOptions = {}): Promise<LoadedTables> {
  const core = CoreView.fromBytes(asBytes(await read(CORE_FILE), CORE_FILE));
  const tables = new CodeTablesImpl(core) as LoadedTables;
  const mode = options.extras ?? 'eager';
  if (mode === 'none') tables.extrasReady = Promise.resolve();
  else {
    tables.extrasReady = loadExtras(tables, read);
    if (mode === 'eager') await tables.extrasReady;
    // Lazy: a failure surfaces through extrasReady; avoid an unhandled rejection meanwhile.
    else tables.extrasReady.catch(() => {});
  }
  return tables;
}
