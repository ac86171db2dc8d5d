/**
 * Glue between the licensed CPT store (IndexedDB of the extension's origin) and the code tables of
 * a page or the service worker. Call `applyLicensedCpt(tables)` once after `getCodeTables()`, and
 * `watchLicensedCpt(tables)` where the tables live long (side panel, service worker) so an import
 * or removal made in options reaches them without a reload.
 *
 * The change signal is a timestamp in storage.local (not PHI, not licensed text): the descriptors
 * themselves stay in IndexedDB.
 */
import { storage } from 'wxt/utils/storage';
import { decodeCptFile, parseLicensedCpt, type CptImportError, type CptLayout } from './cpt-import';
import { openLicensedStore, type CptImportInfo, type LicensedStore } from './licensed-store';
import type { LicensedCptEntry } from './tables';
import { errorMessage } from '@/lib/platform/errors';
import { withStore } from '@/lib/platform/stores';

/** Set to the time of the last import or removal; watched by every context holding tables. */
export const licensedCptChanged = storage.defineItem<string | null>('local:codes.licensedCptChangedAt', { fallback: null });

/** A CPT descriptor file is about 2 MB; far larger is the wrong file (and would stall the page). */
export const MAX_CPT_FILE_BYTES = 20 * 1024 * 1024;

interface LicensedTarget {
  setLicensedCpt(entries: LicensedCptEntry[]): void;
}


/** Loads the imported descriptors into `tables`; returns how many. */
export function applyLicensedCpt(tables: LicensedTarget, store?: LicensedStore): Promise<number> {
  return withStore(store, openLicensedStore, async (s) => {
    const entries = await s.loadCpt();
    tables.setLicensedCpt(entries);
    return entries.length;
  });
}

export interface WatchOptions {
  store?: LicensedStore;
  /** Told the count after each re-application (a view searches again). */
  onApplied?(count: number): void;
  onError?(e: unknown): void;
}

/** Re-applies the import whenever another page changes it. Returns the unsubscribe function. */
export function watchLicensedCpt(tables: LicensedTarget, { store, onApplied, onError = console.error }: WatchOptions = {}): () => void {
  return licensedCptChanged.watch(() => {
    applyLicensedCpt(tables, store).then((count) => onApplied?.(count), onError);
  });
}

export type CptImportOutcome =
  | { ok: true; count: number; fileName: string; layout: CptLayout; duplicatesIgnored: number; skippedLines: number }
  | { ok: false; reason: 'invalid'; fileName: string; errors: CptImportError[]; moreErrors: boolean }
  | { ok: false; reason: 'too-big'; fileName: string; bytes: number }
  | { ok: false; reason: 'save-failed'; fileName: string; error: string };

/**
 * Reads, checks and stores a chosen file, all or nothing: a file with any bad line, or a failed
 * write, leaves the previous import exactly as it was.
 */
export async function importLicensedCptFile(
  file: { name: string; size: number; bytes: () => Promise<Uint8Array> },
  options: { store?: LicensedStore; now?: Date } = {},
): Promise<CptImportOutcome> {
  const fileName = file.name;
  if (file.size > MAX_CPT_FILE_BYTES) return { ok: false, reason: 'too-big', fileName, bytes: file.size };
  const parsed = parseLicensedCpt(decodeCptFile(await file.bytes()));
  if (!parsed.ok) return { ok: false, reason: 'invalid', fileName, errors: parsed.errors, moreErrors: parsed.moreErrors };
  const importedAt = (options.now ?? new Date()).toISOString();
  try {
    await withStore(options.store, openLicensedStore, (s) => s.replaceCpt(parsed.entries, { fileName, importedAt, count: parsed.entries.length }));
  } catch (e) {
    return { ok: false, reason: 'save-failed', fileName, error: errorMessage(e) };
  }
  await licensedCptChanged.setValue(importedAt);
  return { ok: true, count: parsed.entries.length, fileName, layout: parsed.layout, duplicatesIgnored: parsed.duplicatesIgnored, skippedLines: parsed.skippedLines };
}

export async function removeLicensedCpt(options: { store?: LicensedStore; now?: Date } = {}): Promise<void> {
  await withStore(options.store, openLicensedStore, (s) => s.clearCpt());
  await licensedCptChanged.setValue((options.now ?? new Date()).toISOString());
}

export function licensedCptInfo(store?: LicensedStore): Promise<CptImportInfo | null> {
  return withStore(store, openLicensedStore, (s) => s.cptImportInfo());
}
