/**
 * The code tables inside the extension: read from the packaged /code-data/ files (a local
 * chrome-extension:// read, never the network), loaded once per context and shared.
 * Pages use extras 'lazy' so the first answer comes from core.bin alone; the service worker and
 * the cross-checks wait for notes and GEMs too.
 */
import { browser } from 'wxt/browser';
import { loadTables, type LoadedTables, type TableReader } from '../codes/load';
import { applyLicensedCpt, watchLicensedCpt } from './licensed-cpt';

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

/**
 * Tables with notes, GEMs and short titles ready, and the user's licensed CPT descriptors applied
 * (and re-applied when options changes them): what the cross-checks and badges judge with.
 */
export async function getFullCodeTables(): Promise<LoadedTables> {
  const tables = await getCodeTables();
  await tables.extrasReady;
  licensedApplied ??= applyLicensedCpt(tables).then(
    () => void watchLicensedCpt(tables),
    // Without an import, CPT codes still answer by shape and section.
    () => undefined,
  );
  await licensedApplied;
  return tables;
}

/** Release names and the generated manifest, for "where data comes from" in the UI. */
export async function getCodeDataManifest(): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode((await readPackaged('manifest.json')) as ArrayBuffer));
}
