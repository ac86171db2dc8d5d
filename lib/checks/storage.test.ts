import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { X12Db, loadOfficialLists } from '@/lib/denials/x12-import';
import type { PayerRule } from '@/lib/deadlines';
import { MAX_X12_FILE_BYTES, importOfficialListFile, officialListImports, officialListsChanged, removeOfficialList } from '@/lib/denials/storage';
import { disabledRulesItem, readCheckSettings, readDisabledRules, saveDisabledRules } from './storage';
import { payerRulesItem, readPayerRules, savePayerRules } from '@/lib/deadlines/storage';

const aetna: PayerRule = { id: 'a', label: 'Aetna', payerMatch: 'aetna', timelyFilingDays: 90, timelyFilingFrom: 'dos', appealDays: 60, appealFrom: 'determination' };
const file = (name: string, text: string, size = text.length) => ({ name, size, bytes: async () => new TextEncoder().encode(text) });

const dbs: X12Db[] = [];
const freshDb = () => {
  const db = new X12Db({ indexedDB: new IDBFactory(), IDBKeyRange });
  dbs.push(db);
  return db;
};
afterEach(() => { for (const db of dbs.splice(0)) db.close(); });

describe('claims settings storage', () => {
  it('saves valid payer rules in order and refuses a list with an invalid one', async () => {
    const cigna = { ...aetna, id: 'c', payerMatch: 'cigna' };
    expect(await savePayerRules([cigna, aetna])).toEqual([cigna, aetna]);
    expect(await readPayerRules()).toEqual([cigna, aetna]);
    await expect(savePayerRules([aetna, { ...cigna, appealDays: 0 }])).rejects.toThrow(/rule 2 appealDays/);
    expect(await payerRulesItem.getValue()).toEqual([cigna, aetna]);
  });

  it('saves the switched-off checks once each', async () => {
    await saveDisabledRules(['units', 'amounts', 'units']);
    expect(await disabledRulesItem.getValue()).toEqual(['units', 'amounts']);
    expect(await readDisabledRules()).toEqual(['units', 'amounts']);
  });

  it('imports an official list all or nothing, and signals the change', async () => {
    const db = freshDb();
    const now = new Date('2026-11-26T09:00:00Z');
    const ok = await importOfficialListFile('rarc', file('rarc.csv', 'Code,Description\nN1,Invented\nMA01,Invented too\n'), { db, now });
    expect(ok).toEqual({ ok: true, meta: { list: 'rarc', fileName: 'rarc.csv', importedAt: now.toISOString(), count: 2 } });
    expect(await officialListsChanged.getValue()).toBe(now.toISOString());

    const bad = await importOfficialListFile('rarc', file('bad.csv', 'Code,Description\nN1,x\n45,y\n'), { db });
    expect(bad).toEqual({ ok: false, reason: 'invalid', fileName: 'bad.csv', errors: [{ line: 3, kind: 'badCode', params: { code: '45' } }] });
    expect(await officialListsChanged.getValue()).toBe(now.toISOString());
    expect([...(await loadOfficialLists(db)).rarc.keys()].sort()).toEqual(['MA01', 'N1']);

    const big = await importOfficialListFile('carc', file('huge.csv', '', MAX_X12_FILE_BYTES + 1), { db });
    expect(big).toMatchObject({ ok: false, reason: 'too-big', bytes: MAX_X12_FILE_BYTES + 1 });
    expect((await officialListImports(db)).map((m) => m.list)).toEqual(['rarc']);

    await removeOfficialList('rarc', { db, now: new Date('2026-11-27T00:00:00Z') });
    expect(await officialListImports(db)).toEqual([]);
    expect(await officialListsChanged.getValue()).toBe('2026-11-27T00:00:00.000Z');
  });

  it('reads windows-1252 files (spreadsheet exports) without mangling accents', async () => {
    const db = freshDb();
    const bytes = Uint8Array.from([...'Code,Description\n45,Invent'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x0a]));
    await importOfficialListFile('carc', { name: 'w.csv', size: bytes.length, bytes: async () => bytes }, { db });
    expect((await loadOfficialLists(db)).carc.get('45')).toBe('Inventé');
  });

  it('gives the checks the saved settings and the imported lists of the default database', async () => {
    await savePayerRules([aetna]);
    await saveDisabledRules(['units']);
    await importOfficialListFile('carc', file('c.csv', 'Code,Description\n45,Invented\n'));
    const settings = await readCheckSettings();
    expect(settings.payerRules).toEqual([aetna]);
    expect(settings.disabledRules).toEqual(['units']);
    expect(settings.officialLists?.carc.get('45')).toBe('Invented');
  });
});
