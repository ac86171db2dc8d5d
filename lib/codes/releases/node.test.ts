import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FY2027, HCPCS_OCT_2026, cmsZip, orderFile } from '@/test/support/codes/release-files';
import { readReleaseFiles } from './node';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function files(entries: Record<string, string | Uint8Array>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rr-codes-'));
  dirs.push(dir);
  return Object.entries(entries).map(([name, data]) => {
    writeFileSync(join(dir, name), data);
    return join(dir, name);
  });
}

describe('readReleaseFiles (--codes FILE)', () => {
  it('reads several files in memory, the later of one release winning', async () => {
    const paths = files({ '2027-code-descriptions-tabular-order.zip': cmsZip(2027, { order: orderFile(FY2027) }), 'HCPC2026_OCT_ANWEB.txt': HCPCS_OCT_2026, 'icd10cm_order_2027.txt': orderFile(FY2027) });
    const out = await readReleaseFiles(paths);
    expect(out.ok && out.releases.map((r) => [r.meta.id, r.meta.fileName])).toEqual([
      ['hcpcs-2026-oct', 'HCPC2026_OCT_ANWEB.txt'],
      ['icd10cm-fy2027', 'icd10cm_order_2027.txt'],
    ]);
  });

  it('stops at the first refused file with its line, in English', async () => {
    const text = orderFile(FY2027);
    const [good, bad] = files({ 'icd10cm_order_2027.txt': text, 'icd10cm_order_2028.txt': text.slice(0, -30) });
    const out = await readReleaseFiles([good!, bad!]);
    expect(out.ok ? '' : out.message).toMatch(/icd10cm_order_2028\.txt was not read: icd10cm_order_2028\.txt, line 11: the file stops in the middle of this line/);
    expect(await readReleaseFiles(['/nonexistent/x.zip'])).toMatchObject({ ok: false, message: expect.stringMatching(/cannot read/) });
  });
});
