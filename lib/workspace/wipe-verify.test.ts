import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { idbWipeDeps } from './wipe';
import { wipeAndVerify, type StorageAreaName, type WipeDeps } from './wipe-verify';

/** A raw connection like the one a forgotten page holds: it ignores versionchange, so a delete is blocked. */
function openStubborn(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, 1);
    req.addEventListener('upgradeneeded', () => req.result.createObjectStore('meta').put({ wrappedKey: 'x' }, 'vault'));
    req.addEventListener('success', () => resolve(req.result));
    req.addEventListener('error', () => reject(req.error));
  });
}

function fakeAreas(): Pick<WipeDeps, 'clearArea' | 'areaSize' | 'stopContentScripts'> & { data: Record<StorageAreaName, Record<string, unknown>> } {
  const data: Record<StorageAreaName, Record<string, unknown>> = { local: { 'sites.enabled': ['https://p.example'] }, session: { 'notes.dataKey': 'k' } };
  return {
    data,
    stopContentScripts: async () => undefined,
    clearArea: async (area) => { data[area] = {}; },
    areaSize: async (area) => Object.keys(data[area]).length,
  };
}

describe('delete all local data, verified (issue 17 item 10)', () => {
  it('does not count a blocked delete as done: the vault left in place is reported by name', async () => {
    const factory = new IDBFactory();
    await openStubborn(factory, 'remit-ranger-notes');
    const report = await wipeAndVerify({ ...fakeAreas(), ...idbWipeDeps(factory, async () => undefined, 50) });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ what: 'database', name: 'remit-ranger-notes', reason: 'blocked' })]);
  });

  it('closes every connection first, deletes, and proves nothing is left', async () => {
    const factory = new IDBFactory();
    const held = await openStubborn(factory, 'remit-ranger-notes');
    await openStubborn(factory, 'remit-ranger-licensed').then((db) => db.close());
    const areas = fakeAreas();
    const report = await wipeAndVerify({ ...areas, ...idbWipeDeps(factory, async () => held.close(), 50) });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.deleted.sort()).toEqual(['remit-ranger-licensed', 'remit-ranger-notes']);
    expect(await factory.databases()).toEqual([]);
    expect(areas.data).toEqual({ local: {}, session: {} });
  });

  it('reports a database that still holds records and a storage area that was written again', async () => {
    const factory = new IDBFactory();
    const areas = fakeAreas();
    const deps = idbWipeDeps(factory, async () => undefined, 50);
    await openStubborn(factory, 'remit-ranger-notes').then((db) => db.close());
    const report = await wipeAndVerify({
      ...areas,
      ...deps,
      // A context re-creates the vault right after the delete (what one wipe in five did).
      deleteDatabase: async (name) => {
        const outcome = await deps.deleteDatabase(name);
        await openStubborn(factory, name).then((db) => db.close());
        areas.data.local = { 'ui.language': 'fr' };
        return outcome;
      },
    });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      { what: 'database', name: 'remit-ranger-notes', reason: 'not-empty', count: 1 },
      { what: 'storage', name: 'local', reason: 'not-empty', count: 1 },
    ]);
  });
});
