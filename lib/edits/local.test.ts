import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importEditsFiles, listEditsFiles, loadEditsIndex, removeEditsFile } from './local';
import { EDITS_DB_NAME } from './store';
import { MUE_NAME, PTP_NAME, mueCsv, ptpText, textSource } from '@/test/support/edits/files';

const deleteDb = () => new Promise<void>((resolve) => {
  const req = indexedDB.deleteDatabase(EDITS_DB_NAME);
  for (const event of ['success', 'error', 'blocked']) req.addEventListener(event, () => resolve());
});

describe('edits in the extension (store + change stamp)', () => {
  it('an import reaches the next check; removal and "Delete all local data" take the edits away', async () => {
    await deleteDb();
    expect(await loadEditsIndex()).toBeNull();
    const outcome = await importEditsFiles([textSource(PTP_NAME, ptpText([['20000', '20001', '', '20200101', '*', '0', 'x']])), textSource(MUE_NAME, mueCsv([['20010', '1', '1 Line Edit', 'x']]))]);
    expect(outcome.ok).toBe(true);
    const index = await loadEditsIndex();
    expect(index?.ptpEdit('practitioner', '20000', '20001', '2026-01-01')?.indicator).toBe(0);
    // Loaded once per change, not per check.
    expect(await loadEditsIndex()).toBe(index);

    await removeEditsFile('ptp|practitioner|f1');
    expect((await loadEditsIndex())?.ptpEdit('practitioner', '20000', '20001', '2026-01-01')).toBeNull();
    expect((await listEditsFiles()).map((m) => m.id)).toEqual(['mue|practitioner|']);

    // What wipeAllLocalData does: storage cleared, every database of the origin deleted.
    await fakeBrowser.storage.local.clear();
    await deleteDb();
    expect(await loadEditsIndex()).toBeNull();
  });

  it('a refused import leaves the stored edits and the stamp as they were', async () => {
    await deleteDb();
    await importEditsFiles([textSource(MUE_NAME, mueCsv([['20010', '1', '1 Line Edit', 'x']]))]);
    const before = await loadEditsIndex();
    const outcome = await importEditsFiles([textSource(PTP_NAME, ptpText([['20000', '20001', '', '20200101', '*', '3', 'x']]))]);
    expect(outcome).toMatchObject({ ok: false, errors: [{ kind: 'indicator', line: 4 }] });
    expect(await loadEditsIndex()).toBe(before);
  });
});
