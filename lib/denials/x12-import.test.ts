import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { explainAdjustment, explainRemark } from '@/lib/denials';
import { X12Db, importX12List, listImports, loadOfficialLists, parseX12Csv, removeX12List } from './x12-import';

// Made-up descriptions: the tests must not carry X12's wording.
const CARC_CSV = 'Code,Description\r\n45,"Fee above schedule, test text"\r\n999,Made-up row\r\nB7,"Multi\nline ""quoted"" text"\r\n';
const RARC_CSV = 'Code,Description\nN999,Test remark.Start: 01/01/2020 | Stop: 07/01/2024\nMA130,Another test remark\n';

const dbs: X12Db[] = [];
function freshDb(): X12Db {
  const db = new X12Db({ indexedDB: new IDBFactory(), IDBKeyRange });
  dbs.push(db);
  return db;
}
afterEach(() => { for (const db of dbs.splice(0)) db.close(); });

describe('parseX12Csv', () => {
  it('reads quotes, doubled quotes, CRLF and line breaks inside quotes through the shared CSV reader', () => {
    const result = parseX12Csv(CARC_CSV, 'carc');
    expect(result.ok && result.rows.find((r) => r.code === 'B7')?.description).toBe('Multi line "quoted" text');
  });

  it('reports an unterminated quote with its line, as data', () => {
    expect(parseX12Csv('Code,Description\n1,"open\n2,x\n', 'carc')).toEqual({ ok: false, errors: [{ line: 2, kind: 'unclosedQuote', params: {} }] });
  });

  it('parses a CARC list', () => {
    const result = parseX12Csv(CARC_CSV, 'carc');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.rows.map((r) => r.code)).toEqual(['45', '999', 'B7']);
  });

  it('splits glued Start/Stop metadata off RARC descriptions', () => {
    const result = parseX12Csv(RARC_CSV, 'rarc');
    expect(result.ok && result.rows[0]).toEqual({ list: 'rarc', code: 'N999', description: 'Test remark.', stop: '2024-07-01' });
  });

  it('rejects a wrong header, bad codes, duplicates and empty descriptions with line numbers', () => {
    expect(parseX12Csv('Id,Text\n1,x\n', 'carc')).toEqual({ ok: false, errors: [{ line: 1, kind: 'header', params: {} }] });
    const bad = parseX12Csv('Code,Description\n45,ok\nN130,wrong list\n45,again\n97,\n', 'carc');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(parseX12Csv('', 'rarc').ok).toBe(false);
    expect(parseX12Csv('Code,Description\n', 'rarc').ok).toBe(false);
  });
});

describe('import into IndexedDB', () => {
  it('stores a valid list and feeds the playbook fallback', async () => {
    const db = freshDb();
    const result = await importX12List(db, 'carc', CARC_CSV, 'carc.csv', new Date('2026-11-26T10:00:00Z'));
    expect(result).toEqual({ ok: true, meta: { list: 'carc', fileName: 'carc.csv', importedAt: '2026-11-26T10:00:00.000Z', count: 3 } });
    const lists = await loadOfficialLists(db);
    expect(explainAdjustment('CO', '999', lists)).toMatchObject({ inPlaybook: false, official: 'Made-up row' });
    expect(explainAdjustment('CO', '998', lists)).toMatchObject({ inPlaybook: false, official: null });
    // Playbook entries keep our own text even when the official list is loaded.
    expect(explainAdjustment('CO', '45', lists).inPlaybook).toBe(true);
  });

  it('is all-or-nothing: a bad file leaves the previous import untouched', async () => {
    const db = freshDb();
    await importX12List(db, 'rarc', RARC_CSV, 'rarc.csv');
    const bad = await importX12List(db, 'rarc', 'Code,Description\nN1,fine\nZZ9,bad\n', 'bad.csv');
    expect(bad).toEqual({ ok: false, errors: [{ line: 3, kind: expect.any(String), params: expect.any(Object) }] });
    const lists = await loadOfficialLists(db);
    expect([...lists.rarc.keys()].sort()).toEqual(['MA130', 'N999']);
    expect(explainRemark('N999', lists)).toMatchObject({ official: 'Test remark.' });
  });

  it('replaces a list on re-import and removes it on request', async () => {
    const db = freshDb();
    await importX12List(db, 'carc', CARC_CSV, 'a.csv');
    await importX12List(db, 'carc', 'Code,Description\n1,only one\n', 'b.csv');
    expect([...(await loadOfficialLists(db)).carc.keys()]).toEqual(['1']);
    expect((await listImports(db)).map((m) => m.fileName)).toEqual(['b.csv']);
    await removeX12List(db, 'carc');
    expect((await loadOfficialLists(db)).carc.size).toBe(0);
    expect(await listImports(db)).toEqual([]);
  });
});
