// Descriptors are invented for the tests (CPT wording is AMA-licensed and never committed).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LicensedStore } from './licensed-store';

const FIRST = [
  { code: '99213', descriptor: 'Invented wording A' },
  { code: '0001F', descriptor: 'Invented wording B', shortDescriptor: 'Inv B' },
];
const info = (count: number, fileName = 'first.csv') => ({ fileName, importedAt: '2026-11-26T10:00:00.000Z', count });

describe('LicensedStore', () => {
  let factory: IDBFactory;
  let store: LicensedStore;
  beforeEach(() => {
    factory = new IDBFactory();
    store = new LicensedStore({ indexedDB: factory, IDBKeyRange });
  });
  afterEach(() => store.close());

  it('starts empty', async () => {
    expect(await store.loadCpt()).toEqual([]);
    expect(await store.cptImportInfo()).toBeNull();
  });

  it('stores an import and reads it back in code order, across a reopen', async () => {
    await store.replaceCpt(FIRST, info(2));
    store.close();
    store = new LicensedStore({ indexedDB: factory, IDBKeyRange });
    expect(await store.loadCpt()).toEqual([FIRST[1], FIRST[0]]);
    expect(await store.cptImportInfo()).toEqual(info(2));
  });

  it('a new import replaces the old one entirely', async () => {
    await store.replaceCpt(FIRST, info(2));
    await store.replaceCpt([{ code: '0042T', descriptor: 'Invented wording C' }], info(1, 'second.txt'));
    expect(await store.loadCpt()).toEqual([{ code: '0042T', descriptor: 'Invented wording C' }]);
    expect(await store.cptImportInfo()).toMatchObject({ fileName: 'second.txt', count: 1 });
  });

  it('a write that fails after the old rows were cleared leaves the previous import intact', async () => {
    await store.replaceCpt(FIRST, info(2));
    // The repeated code makes bulkAdd fail inside the transaction, after clear() ran.
    const bad = [{ code: '99214', descriptor: 'x' }, { code: '99214', descriptor: 'y' }];
    await expect(store.replaceCpt(bad, info(2, 'bad.csv'))).rejects.toThrow();
    expect(await store.loadCpt()).toEqual([FIRST[1], FIRST[0]]);
    expect(await store.cptImportInfo()).toEqual(info(2));
    // A row IndexedDB cannot key fails the same way.
    await expect(store.replaceCpt([{ code: undefined as unknown as string, descriptor: 'x' }], info(1))).rejects.toThrow();
    expect(await store.loadCpt()).toHaveLength(2);
  });

  it('refuses a count that does not match the entries', async () => {
    await expect(store.replaceCpt(FIRST, info(3))).rejects.toThrow(/2 entries but the import says 3/);
    expect(await store.cptImportInfo()).toBeNull();
  });

  it('clearCpt removes the entries and the import info', async () => {
    await store.replaceCpt(FIRST, info(2));
    await store.clearCpt();
    expect(await store.loadCpt()).toEqual([]);
    expect(await store.cptImportInfo()).toBeNull();
  });
});
