import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { strToU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FY2027, HCPCS_OCT_2026, orderFile } from '@/test/support/codes/release-files';
import { importReleaseFile } from './import';
import type { ImportedRelease } from './model';
import { ReleaseStore } from './store';
import { encodeRelease } from './format';

async function read(name: string, text: string): Promise<ImportedRelease> {
  const o = await importReleaseFile(name, strToU8(text));
  if (!o.ok) throw new Error(JSON.stringify(o.error));
  return o.releases[0]!;
}

let store: ReleaseStore;
beforeEach(() => {
  store = new ReleaseStore({ indexedDB: new IDBFactory(), IDBKeyRange }, 'test-releases');
});
afterEach(() => store.close());

describe('ReleaseStore', () => {
  it('saves, lists, loads and removes one release', async () => {
    const icd = await read('icd10cm_order_2027.txt', orderFile(FY2027));
    const hc = await read('HCPC2026_OCT_ANWEB.txt', HCPCS_OCT_2026);
    await store.save([icd]);
    await store.save([hc]);
    expect((await store.list()).map((m) => m.id)).toEqual(['hcpcs-2026-oct', 'icd10cm-fy2027']);
    expect(await store.loadAll()).toEqual(expect.arrayContaining([icd, hc]));
    const sizes = await store.sizes();
    expect(sizes['icd10cm-fy2027']).toBeGreaterThan(0);
    expect(sizes['icd10cm-fy2027']).toBeLessThan(new TextEncoder().encode(orderFile(FY2027)).length);
    await store.remove('icd10cm-fy2027');
    expect((await store.list()).map((m) => m.id)).toEqual(['hcpcs-2026-oct']);
  });

  it('a re-import replaces the release with the same id', async () => {
    const icd = await read('icd10cm_order_2027.txt', orderFile(FY2027));
    await store.save([icd]);
    const again = { ...icd, meta: { ...icd.meta, importedAt: '2027-01-01T00:00:00.000Z' } };
    await store.save([again]);
    expect(await store.list()).toEqual([again.meta]);
  });

  it('a save that fails half-way stores nothing and keeps what was there', async () => {
    const hc = await read('HCPC2026_OCT_ANWEB.txt', HCPCS_OCT_2026);
    await store.save([hc]);
    const icd = await read('icd10cm_order_2027.txt', orderFile(FY2027));
    // The second row's write fails inside the transaction (a data value IndexedDB cannot clone).
    const rows = [{ meta: icd.meta, data: encodeRelease(icd) }, { meta: { ...hc.meta, id: 'hcpcs-2027-jan' }, data: (() => 1) as unknown as Uint8Array }];
    await expect(store.saveEncoded(rows)).rejects.toThrow();
    expect((await store.list()).map((m) => m.id)).toEqual(['hcpcs-2026-oct']);
    await expect(store.saveEncoded([rows[0]!, rows[0]!])).rejects.toThrow(/twice/);
    expect((await store.list()).map((m) => m.id)).toEqual(['hcpcs-2026-oct']);
  });

  it('a damaged row is reported and the others still load', async () => {
    const hc = await read('HCPC2026_OCT_ANWEB.txt', HCPCS_OCT_2026);
    const icd = await read('icd10cm_order_2027.txt', orderFile(FY2027));
    await store.saveEncoded([{ meta: hc.meta, data: encodeRelease(hc) }, { meta: icd.meta, data: new Uint8Array([1, 2, 3]) }]);
    const damaged: string[] = [];
    expect(await store.loadAll((id) => damaged.push(id))).toEqual([hc]);
    expect(damaged).toEqual(['icd10cm-fy2027']);
  });
});
