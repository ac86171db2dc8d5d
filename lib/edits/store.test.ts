import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { EditsIndex } from './edits-index';
import { importEdits } from './import';
import { EditsStore } from './store';
import { MUE_NAME, PTP_NAME, mueCsv, ptpText, textSource } from '@/test/support/edits/files';

const store = () => new EditsStore({ indexedDB: new IDBFactory(), IDBKeyRange });

async function files(sources: Parameters<typeof importEdits>[0]) {
  const r = await importEdits(sources);
  if (!r.ok) throw new Error('import failed');
  return r.files;
}

describe('EditsStore', () => {
  it('stores typed arrays and loads them back into a working index', async () => {
    const s = store();
    await s.replace(await files([textSource(PTP_NAME, ptpText([['20000', '20001', '', '20200101', '*', '0', 'x']])), textSource(MUE_NAME, mueCsv([['20010', '1', '1 Line Edit', 'x']]))]));
    const idx = new EditsIndex(await s.loadAll());
    expect(idx.ptpEdit('practitioner', '20000', '20001', '2026-01-01')?.indicator).toBe(0);
    expect(idx.mueFor('practitioner', '20010')?.value).toBe(1);
    expect((await s.list()).map((m) => m.id).sort()).toEqual(['mue|practitioner|', 'ptp|practitioner|f1']);
  });

  it('replaces a file of the same table and keeps the others; removes one file', async () => {
    const s = store();
    await s.replace(await files([textSource(PTP_NAME, ptpText([['20000', '20001', '', '20200101', '*', '0', 'x']])), textSource(MUE_NAME, mueCsv([['20010', '1', '1 Line Edit', 'x']]))]));
    await s.replace(await files([textSource('ccipra-v322r0-f1.txt', ptpText([['20000', '20005', '', '20200101', '*', '1', 'y']]))]));
    const idx = new EditsIndex(await s.loadAll());
    expect(idx.ptpEdit('practitioner', '20000', '20001', '2026-01-01')).toBeNull();
    expect(idx.ptpEdit('practitioner', '20000', '20005', '2026-01-01')?.meta.fileName).toBe('ccipra-v322r0-f1.txt');
    await s.remove('ptp|practitioner|f1');
    expect((await s.list()).map((m) => m.id)).toEqual(['mue|practitioner|']);
  });

  it('a failed write leaves the previous files as they were', async () => {
    const s = store();
    await s.replace(await files([textSource(PTP_NAME, ptpText([['20000', '20001', '', '20200101', '*', '0', 'x']]))]));
    const next = await files([textSource(MUE_NAME, mueCsv([['20010', '1', '1 Line Edit', 'x']])), textSource('ccipra-v322r0-f1.txt', ptpText([['20000', '20005', '', '20200101', '*', '1', 'y']]))]);
    // A value IndexedDB cannot store makes the second write fail inside the transaction.
    (next[1]!.table as unknown as { bad: unknown }).bad = () => 0;
    await expect(s.replace(next)).rejects.toThrow();
    expect((await s.list()).map((m) => m.fileName)).toEqual([PTP_NAME]);
  });
});
