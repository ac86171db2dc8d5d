/**
 * The code tables inside the extension: read from the packaged /code-data/ files (a local
 * chrome-extension:// read, never the network), loaded once per context and shared.
 * Pages use extras 'lazy' so the first answer comes from core.bin alone; the service worker and
 * the cross-checks wait for notes and GEMs too.
 */
import { browser } from 'wxt/browser';
import { loadTables, type LoadedTables, type TableReader } from './load';
import { errorMessage } from '@/lib/platform/errors';
import { applyLicensedCpt, watchLicensedCpt } from './licensed-cpt';
import { applyImportedReleases, watchImportedReleases } from './releases/browser';

// The tables are added to the build by a hook (wxt.config.ts), so WXT's typed public paths don't list them.
const packagedUrl = (path: string): string => (browser.runtime.getURL as (p: string) => string)(path);

const readPackaged: TableReader = async (file) => {
  const res = await fetch(packagedUrl(`/code-data/${file}`));
  if (!res.ok) throw new Error(`/code-data/${file}: ${res.status}`);
  return res.arrayBuffer();
};

let loading: Promise<LoadedTables> | null = null;

export function getCodeTables(): Promise<LoadedTables> {
  loading ??= loadTables(readPackaged, { extras: 'lazy' }).catch((e: unknown) => {
    loading = null; // let the next caller retry instead of caching a failure
    throw e;
  });
  return loading;
}

let licensedApplied: Promise<void> | null = null;
const licensedListeners = new Set<() => void>();
const notifyLicensed = () => licensedListeners.forEach((listener) => listener());
const warnLicensed = (e: unknown) => console.warn('licensed CPT not applied:', errorMessage(e));

/**
 * Applies the user's licensed CPT descriptors to this context's shared tables, once, and again
 * whenever options changes them; every view showing the tables (lookup, findings) hears of each
 * re-application instead of reading the store and watching it on its own.
 */
export function ensureLicensedCpt(tables: LoadedTables): Promise<void> {
  licensedApplied ??= applyLicensedCpt(tables).then(
    (count) => count > 0 && notifyLicensed(),
    // Without an import, CPT codes still answer by shape and section.
    warnLicensed,
  ).then(() => void watchLicensedCpt(tables, { onApplied: notifyLicensed, onError: warnLicensed }));
  return licensedApplied;
}

let releasesApplied: Promise<void> | null = null;
const warnReleases = (e: unknown) => console.warn('imported releases not applied:', errorMessage(e));

/**
 * Applies the official releases the user imported in options (lib/codes/releases) to this
 * context's shared tables, once, and again whenever options imports or removes one; listeners of
 * onLicensedCptApplied hear of it too (both change what the tables answer).
 */
export function ensureImportedReleases(tables: LoadedTables): Promise<void> {
  releasesApplied ??= applyImportedReleases(tables).then(
    (ids) => {
      // Read by `npm run bench:import:chromium`: when this page answers from the imported releases.
      performance.mark('rr:releases-applied', { detail: ids.length });
      if (ids.length > 0) notifyLicensed();
    },
    // Without them the bundled releases still answer (with a caveat past their dates).
    warnReleases,
  ).then(() => void watchImportedReleases(tables, { onApplied: notifyLicensed, onError: warnReleases }));
  return releasesApplied;
}

/**
 * Forgets this context's tables (after "Delete all local data": imported licensed descriptors
 * and imported releases were applied to them in memory and must not outlive the deletion).
 */
export function forgetCodeTables(): void {
  loading = null;
  licensedApplied = null;
  releasesApplied = null;
}

/**
 * Called after each change of the tables' content: licensed descriptors applied or removed,
 * imported releases applied or removed.
 */
export function onLicensedCptApplied(listener: () => void): () => void {
  licensedListeners.add(listener);
  return () => licensedListeners.delete(listener);
}

/**
 * Tables with notes, GEMs and short titles ready, the user's licensed CPT descriptors and imported releases applied:
 * what the cross-checks and badges judge with.
 */
export async function getFullCodeTables(): Promise<LoadedTables> {
  const tables = await getCodeTables();
  await tables.extrasReady;
  await Promise.all([ensureLicensedCpt(tables), ensureImportedReleases(tables)]);
  return tables;
}

/** Release names and the generated manifest, for "where data comes from" in the UI. */
export async function getCodeDataManifest(): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode((await readPackaged('manifest.json')) as ArrayBuffer));
}
