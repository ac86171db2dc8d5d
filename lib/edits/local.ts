/**
 * Browser glue of the imported edits (extension pages and the service worker, never a content
 * script): import into the store, remove, list, and the loaded index each context keeps in memory.
 * `editsChanged` (storage.local) moves on every import or removal, and is cleared by "Delete all
 * local data", so every context reloads the index when it changes.
 */
import { storage } from 'wxt/utils/storage';
import { errorMessage } from '@/lib/platform/errors';
import { EditsIndex } from './edits-index';
import { importEdits, type EditsSource, type ImportOptions } from './import';
import type { EditsError } from './parse';
import { withEditsStore, type EditsStore } from './store';
import type { EditFileMeta } from './tables';

export const editsChanged = storage.defineItem<string | null>('local:edits.changedAt', { fallback: null });

export type EditsImportOutcome =
  | { ok: true; files: EditFileMeta[] }
  | { ok: false; cancelled: boolean; errors: EditsError[] };

/** Reads, checks and stores the chosen files, all or nothing (a bad file leaves the stored edits as they were). */
export async function importEditsFiles(sources: readonly EditsSource[], options: ImportOptions & { store?: EditsStore } = {}): Promise<EditsImportOutcome> {
  const result = await importEdits(sources, options);
  if (!result.ok) return result;
  if (options.signal?.aborted) return { ok: false, cancelled: true, errors: [] };
  try {
    await withEditsStore((s) => s.replace(result.files), options.store);
  } catch (e) {
    const file = sources.map((s) => s.name).join(', ');
    return { ok: false, cancelled: false, errors: [{ file, line: null, kind: 'save-failed', params: { file, error: errorMessage(e) } }] };
  }
  await editsChanged.setValue(new Date().toISOString() + Math.random().toString(36).slice(2, 6));
  return { ok: true, files: result.files.map((f) => f.meta) };
}

export async function removeEditsFile(id: string, store?: EditsStore): Promise<void> {
  await withEditsStore((s) => s.remove(id), store);
  await editsChanged.setValue(new Date().toISOString() + Math.random().toString(36).slice(2, 6));
}

export async function listEditsFiles(store?: EditsStore): Promise<EditFileMeta[]> {
  const list = await withEditsStore((s) => s.list(), store);
  const order = { ptp: 0, mue: 1, aoc: 2 } as const;
  return list.sort((a, b) => order[a.kind] - order[b.kind] || a.setting.localeCompare(b.setting) || a.part.localeCompare(b.part));
}

let cache: { stamp: string | null; index: Promise<EditsIndex | null> } | null = null;

/**
 * The imported edits as an index, loaded once per change in this context (a full quarter is tens
 * of MB of typed arrays: read once, not per check). Null when nothing is imported.
 */
export async function loadEditsIndex(): Promise<EditsIndex | null> {
  const stamp = await editsChanged.getValue();
  if (cache && cache.stamp === stamp) return cache.index;
  const index = withEditsStore((s) => s.loadAll()).then((files) => (files.length > 0 ? new EditsIndex(files) : null));
  cache = { stamp, index };
  index.catch(() => { if (cache?.index === index) cache = null; });
  return index;
}
