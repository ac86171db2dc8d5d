// Descriptors are invented for the tests (CPT wording is AMA-licensed and never committed).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LicensedStore } from './licensed-store';
import type { LicensedCptEntry } from './tables';
import { MAX_CPT_FILE_BYTES, applyLicensedCpt, importLicensedCptFile, licensedCptChanged, licensedCptInfo, removeLicensedCpt, watchLicensedCpt } from './licensed-cpt';

const file = (name: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, bytes: async () => bytes };
};
const GOOD = 'Code,Descriptor\n99213,Invented wording A\n0001F,Invented wording B\n0042T,Invented wording C\n';
const NOW = new Date('2026-11-26T12:00:00Z');

class Target {
  entries: LicensedCptEntry[] | null = null;
  setLicensedCpt(entries: LicensedCptEntry[]) {
    this.entries = entries;
  }
}

describe('licensed CPT glue', () => {
  let store: LicensedStore;
  beforeEach(() => {
    store = new LicensedStore({ indexedDB: new IDBFactory(), IDBKeyRange });
  });
  afterEach(() => store.close());

  it('imports a good file, records it, signals the change and feeds the tables', async () => {
    const outcome = await importLicensedCptFile(file('cpt.csv', GOOD), { store, now: NOW });
    expect(outcome).toEqual({ ok: true, count: 3, fileName: 'cpt.csv', layout: 'csv', duplicatesIgnored: 0, skippedLines: 0 });
    expect(await licensedCptInfo(store)).toEqual({ fileName: 'cpt.csv', importedAt: NOW.toISOString(), count: 3 });
    expect(await licensedCptChanged.getValue()).toBe(NOW.toISOString());
    const target = new Target();
    expect(await applyLicensedCpt(target, store)).toBe(3);
    expect(target.entries?.map((e) => e.code)).toEqual(['0001F', '0042T', '99213']);
  });

  it('a malformed file reports its lines and leaves the previous import and the signal alone', async () => {
    await importLicensedCptFile(file('cpt.csv', GOOD), { store, now: NOW });
    const outcome = await importLicensedCptFile(file('bad.csv', 'Code,Descriptor\n99213,Fine\n9921,Bad code\n99214,\n'), { store, now: new Date('2026-11-27T00:00:00Z') });
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid', fileName: 'bad.csv', moreErrors: false });
    expect(outcome.ok === false && outcome.reason === 'invalid' && outcome.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(await licensedCptInfo(store)).toMatchObject({ fileName: 'cpt.csv', count: 3 });
    expect(await licensedCptChanged.getValue()).toBe(NOW.toISOString());
  });

  it('refuses a file far larger than a CPT file without reading it', async () => {
    const bytes = vi.fn(async () => new Uint8Array());
    const outcome = await importLicensedCptFile({ name: 'huge.csv', size: MAX_CPT_FILE_BYTES + 1, bytes }, { store });
    expect(outcome).toEqual({ ok: false, reason: 'too-big', fileName: 'huge.csv', bytes: MAX_CPT_FILE_BYTES + 1 });
    expect(bytes).not.toHaveBeenCalled();
  });

  it('a failed write is reported and keeps the previous import', async () => {
    await importLicensedCptFile(file('cpt.csv', GOOD), { store, now: NOW });
    vi.spyOn(store, 'replaceCpt').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const outcome = await importLicensedCptFile(file('other.txt', '99215 Invented wording D\n'), { store });
    expect(outcome).toEqual({ ok: false, reason: 'save-failed', fileName: 'other.txt', error: 'QuotaExceededError' });
    expect(await licensedCptInfo(store)).toMatchObject({ fileName: 'cpt.csv' });
  });

  it('removal clears the store, and a watching context re-applies (to nothing)', async () => {
    await importLicensedCptFile(file('cpt.csv', GOOD), { store, now: NOW });
    const target = new Target();
    await applyLicensedCpt(target, store);
    const applied: number[] = [];
    const stop = watchLicensedCpt(target, { store, onApplied: (n) => applied.push(n) });
    await removeLicensedCpt({ store, now: new Date('2026-11-27T00:00:00Z') });
    await vi.waitFor(() => expect(target.entries).toEqual([]));
    expect(applied).toEqual([0]);
    stop();
    expect(await licensedCptInfo(store)).toBeNull();
  });
});
