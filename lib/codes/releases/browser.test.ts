import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { strToU8 } from 'fflate';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FY2027, orderFile } from '@/test/support/codes/release-files';
import { applyImportedReleases, importReleaseFromFile, releasesChanged, removeImportedRelease, watchImportedReleases } from './browser';
import type { ImportedRelease } from './model';
import { ReleaseStore } from './store';

const file = (name: string, text: string) => ({ name, size: text.length, bytes: async () => strToU8(text) });

let store: ReleaseStore;
beforeEach(() => {
  fakeBrowser.reset();
  store = new ReleaseStore({ indexedDB: new IDBFactory(), IDBKeyRange }, 'browser-test');
});
afterEach(() => store.close());

describe('release import glue', () => {
  it('stores a good file, signals the change, and the tables of every context apply it', async () => {
    const applied: string[][] = [];
    const tables = { setImportedReleases: (r: readonly ImportedRelease[]) => applied.push(r.map((x) => x.meta.id)) };
    const unwatch = watchImportedReleases(tables, { store });
    const out = await importReleaseFromFile(file('icd10cm_order_2027.txt', orderFile(FY2027)), () => {}, { store, spawn: null }).done;
    expect(out).toMatchObject({ ok: true, releases: [{ id: 'icd10cm-fy2027' }] });
    expect(await releasesChanged.getValue()).not.toBeNull();
    await expect.poll(() => applied.at(-1)).toEqual(['icd10cm-fy2027']);
    expect(await applyImportedReleases(tables, store)).toEqual(['icd10cm-fy2027']);
    // "Delete all local data" clears storage (and deletes the database): every context drops its releases.
    await fakeBrowser.storage.local.clear();
    await expect.poll(() => applied.at(-1)).toEqual([]);
    unwatch();
  });

  it('a refused file or a cancel stores nothing', async () => {
    await store.save([]);
    const bad = await importReleaseFromFile(file('icd10cm_order_2027.txt', orderFile(FY2027).slice(0, -5)), () => {}, { store, spawn: null }).done;
    expect(bad).toMatchObject({ ok: false, reason: 'invalid', error: { kind: 'noTrailingNewline', line: FY2027.length } });
    const job = importReleaseFromFile(file('icd10cm_order_2027.txt', orderFile(FY2027)), () => {}, { store, spawn: null });
    job.cancel();
    expect(await job.done).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(await store.list()).toEqual([]);
    expect(await releasesChanged.getValue()).toBeNull();
  });

  it('removes one release', async () => {
    await importReleaseFromFile(file('icd10cm_order_2027.txt', orderFile(FY2027)), () => {}, { store, spawn: null }).done;
    await removeImportedRelease('icd10cm-fy2027', { store });
    expect(await store.list()).toEqual([]);
  });
});
