/**
 * Glue between the imported-release store (IndexedDB of the extension's origin), the import worker
 * and the code tables of a page or the service worker. The change signal is a timestamp in
 * storage.local (not PHI): every context holding tables re-applies the releases when it changes,
 * and applies none when it is cleared ("Delete all local data" clears storage and deletes the
 * database).
 */
import { storage } from 'wxt/utils/storage';
import { errorMessage } from '@/lib/platform/errors';
import { startImport, type SpawnWorker } from './client';
import { MAX_RELEASE_FILE_BYTES } from './import';
import type { ImportProgress, ImportedMeta, ImportedRelease, ReleaseError } from './model';
import { openReleaseStore, type ReleaseStore } from './store';
import { withStore } from '@/lib/platform/stores';

export const releasesChanged = storage.defineItem<string | null>('local:codes.releasesChangedAt', { fallback: null });

interface ReleaseTarget {
  setImportedReleases(releases: readonly ImportedRelease[]): void;
}


/** Loads every imported release into `tables`; returns their ids. A damaged one is skipped and reported. */
export function applyImportedReleases(tables: ReleaseTarget, store?: ReleaseStore, onDamaged?: (id: string, e: unknown) => void): Promise<string[]> {
  return withStore(store, openReleaseStore, async (s) => {
    const releases = await s.loadAll(onDamaged ?? ((id, e) => console.warn(`imported release ${id} not applied:`, errorMessage(e))));
    tables.setImportedReleases(releases);
    return releases.map((r) => r.meta.id);
  });
}

export function watchImportedReleases(tables: ReleaseTarget, { store, onApplied, onError = console.error }: { store?: ReleaseStore; onApplied?(): void; onError?(e: unknown): void } = {}): () => void {
  return releasesChanged.watch((value) => {
    if (value == null) {
      // Storage was cleared (Delete all local data): the database goes with it.
      tables.setImportedReleases([]);
      onApplied?.();
      return;
    }
    applyImportedReleases(tables, store).then(() => onApplied?.(), onError);
  });
}

export type ReleaseImportOutcome =
  | { ok: true; fileName: string; releases: ImportedMeta[] }
  | { ok: false; reason: 'invalid'; fileName: string; error: ReleaseError }
  | { ok: false; reason: 'cancelled'; fileName: string }
  | { ok: false; reason: 'save-failed'; fileName: string; error: string };

export interface ReleaseImportJob {
  done: Promise<ReleaseImportOutcome>;
  cancel(): void;
}

/**
 * Reads the chosen file in the import worker, then stores its releases in one transaction. A file
 * with any bad line, a cancel, or a failed write leaves the stored releases exactly as they were.
 */
export function importReleaseFromFile(
  file: { name: string; size: number; bytes(): Promise<Uint8Array> },
  onProgress: (p: ImportProgress) => void,
  options: { store?: ReleaseStore; spawn?: SpawnWorker | null; now?: Date } = {},
): ReleaseImportJob {
  const fileName = file.name;
  let cancelled = false;
  let cancelJob: (() => void) | null = null;
  const done = (async (): Promise<ReleaseImportOutcome> => {
    if (file.size > MAX_RELEASE_FILE_BYTES) {
      return { ok: false, reason: 'invalid', fileName, error: { file: fileName, line: null, kind: 'tooBig', params: { mb: Math.round(file.size / 1e6), max: MAX_RELEASE_FILE_BYTES / (1024 * 1024) } } };
    }
    const bytes = await file.bytes();
    if (cancelled) return { ok: false, reason: 'cancelled', fileName };
    const job = startImport(fileName, bytes, onProgress, options.spawn ?? null);
    cancelJob = job.cancel;
    const out = await job.done;
    if (!out.ok) return out.error.kind === 'cancelled' ? { ok: false, reason: 'cancelled', fileName } : { ok: false, reason: 'invalid', fileName, error: out.error };
    if (cancelled) return { ok: false, reason: 'cancelled', fileName };
    try {
      await withStore(options.store, openReleaseStore, (s) => s.saveEncoded(out.rows));
    } catch (e) {
      return { ok: false, reason: 'save-failed', fileName, error: errorMessage(e) };
    }
    await releasesChanged.setValue((options.now ?? new Date()).toISOString());
    return { ok: true, fileName, releases: out.rows.map((r) => r.meta) };
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
      cancelJob?.();
    },
  };
}

export async function removeImportedRelease(id: string, options: { store?: ReleaseStore; now?: Date } = {}): Promise<void> {
  await withStore(options.store, openReleaseStore, (s) => s.remove(id));
  await releasesChanged.setValue((options.now ?? new Date()).toISOString());
}

export function listImportedReleases(store?: ReleaseStore): Promise<{ metas: ImportedMeta[]; sizes: Record<string, number> }> {
  return withStore(store, openReleaseStore, async (s) => ({ metas: await s.list(), sizes: await s.sizes() }));
}
