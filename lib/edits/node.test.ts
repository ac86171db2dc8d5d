import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editsErrorText, loadEditsFromPaths } from './node';
import { PTP_NAME, ptpText } from '@/test/support/edits/files';

describe('loadEditsFromPaths (npm run check -- --edits)', () => {
  it('imports files from disk with the extension importers, or lists the errors in English', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'edits-'));
    const good = join(dir, PTP_NAME);
    await writeFile(good, ptpText([['20000', '20001', '', '20200101', '*', '0', 'x']]), 'latin1');
    const loaded = await loadEditsFromPaths([good]);
    expect('index' in loaded && loaded.index.ptpEdit('practitioner', '20000', '20001', '2026-01-01')?.indicator).toBe(0);
    const bad = join(dir, 'ccipra-v321r0-f2.txt');
    await writeFile(bad, ptpText([['20000', '20001', '', '20200101', '*', '7', 'x']]), 'latin1');
    const failed = await loadEditsFromPaths([bad]);
    expect('errors' in failed && failed.errors.map(editsErrorText)).toEqual(['Line 4 of ccipra-v321r0-f2.txt: modifier indicator "7" is not 0, 1 or 9']);
  });
});
