/**
 * The official files (shared/code-sources, read at test time; the "official" project): the real FY2025/FY2026 order
 * zips in both the CMS and CDC layouts, the January 2025 HCPCS file, and a fake FY2027 derived
 * from the real FY2026, imported into the real generated tables.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeFy2027FromFy2026, officialCdcZip, officialCmsZip, officialHcpcs, officialOrder } from '@/test/support/codes/official';
import { loadTablesFromDir } from '@/lib/codes/node';
import type { LoadedTables } from '@/lib/codes/load';
import { decodeRelease, encodeRelease } from './format';
import { importReleaseFile } from './import';
import type { ImportOutcome, ImportedRelease } from './model';

const ok = (o: ImportOutcome): ImportedRelease[] => {
  if (!o.ok) throw new Error(JSON.stringify(o.error));
  return o.releases;
};

describe('importing real CMS/CDC releases', () => {
  let t: LoadedTables;
  beforeAll(async () => {
    t = await loadTablesFromDir();
  });

  it('the FY2026 CMS-layout zip: every member recognised as official, 98,186 rows, 74,719 billable', async () => {
    const [r] = ok(await importReleaseFile('2026-code-descriptions-tabular-order.zip', officialCmsZip(2026)));
    expect(r!.meta).toMatchObject({ id: 'icd10cm-fy2026', effectiveFrom: '2025-10-01', verified: true, publisher: 'CMS', count: 98186 });
    expect(r!.meta.files.every((f) => f.official)).toBe(true);
    expect(r!.content.system === 'icd10cm' && r!.content.billable.reduce((n, b) => n + b, 0)).toBe(74719);
    // Compact: the stored form is a fraction of the 14.7 MB text, and reads back exactly.
    const stored = encodeRelease(r!);
    expect(stored.byteLength).toBeLessThan(4_000_000);
    const back = decodeRelease(stored);
    expect(back.meta).toEqual(r!.meta);
    // Joined, not deep-equal: a structural diff of 4 x 98,000 values takes the test runner seconds.
    const cols = (x: ImportedRelease) => (x.content.system === 'icd10cm' ? [x.content.codes, x.content.long, x.content.short].map((c) => c.join('\n')).concat(x.content.billable.join('')) : []);
    expect(cols(back)).toEqual(cols(r!));
  });

  it('the FY2025 CDC-layout zip (folder, hyphens) and the loose order file give the same release', async () => {
    const [cdc] = ok(await importReleaseFile('icd10cm-code-descriptions-2025.zip', officialCdcZip(2025)));
    const [loose] = ok(await importReleaseFile('icd10cm_order_2025.txt', officialOrder(2025)));
    expect(cdc!.meta).toMatchObject({ id: 'icd10cm-fy2025', verified: true, count: 97584 });
    const cols = (x: ImportedRelease) => (x.content.system === 'icd10cm' ? [x.content.codes, x.content.long, x.content.short].map((c) => c.join('\n')).concat(x.content.billable.join('')) : []);
    expect(cols(cdc!)).toEqual(cols(loose!));
  });

  it('FY2025 addenda beside the FY2026 order file are refused (mixed-up download)', async () => {
    const z25 = unzipSync(officialCmsZip(2025));
    const named = await importReleaseFile('mixed.zip', zipSync({ 'icd10cm_order_2026.txt': officialOrder(2026), 'icd10cm_order_addenda_2025.txt': z25['icd10cm_order_addenda_2025.txt']! }));
    expect(named.ok ? null : named.error.kind).toBe('mixedReleases');
  });

  it('a truncated official order file is refused with its line; a cut zip is refused', async () => {
    const order = officialOrder(2026);
    const o = await importReleaseFile('icd10cm_order_2026.txt', order.subarray(0, 7_000_000));
    expect(o.ok ? null : o.error).toMatchObject({ file: 'icd10cm_order_2026.txt', kind: 'noTrailingNewline' });
    expect(o.ok ? 0 : o.error.line).toBeGreaterThan(40000);
    const zip = officialCmsZip(2026);
    expect((await importReleaseFile('z.zip', zip.subarray(0, zip.length / 2))).ok).toBe(false);
  });

  it('the January 2025 HCPCS file is recognised as official', async () => {
    const [r] = ok(await importReleaseFile('HCPC2025_JAN_ANWEB_12172024.txt', officialHcpcs()));
    expect(r!.meta).toMatchObject({ id: 'hcpcs-2025-jan', verified: true, count: 8259 + 383 });
  });

  it('re-importing the bundled FY2026 changes no answer', async () => {
    const before = ['E11.9', 'B88.0', 'B88.01', 'A00.1'].map((c) => t.validity('icd10cm', c, '2026-03-01'));
    t.setImportedReleases(ok(await importReleaseFile('2026.zip', officialCmsZip(2026))));
    const after = ['E11.9', 'B88.0', 'B88.01', 'A00.1'].map((c) => t.validity('icd10cm', c, '2026-03-01'));
    expect(after).toEqual(before);
    t.setImportedReleases([]);
  });

  it('a fake FY2027 from the real FY2026: the timeline answers each date on both sides of October 1', async () => {
    const fake = fakeFy2027FromFy2026();
    const [fy27] = ok(await importReleaseFile('icd10cm_order_2027.txt', strToU8(fake.text)));
    expect(fy27!.meta).toMatchObject({ id: 'icd10cm-fy2027', verified: false });
    t.setImportedReleases([fy27!]);
    expect(t.validity('icd10cm', 'A00.2', '2026-09-30')).toMatchObject({ status: 'not-yet-valid', effectiveFrom: '2026-10-01' });
    expect(t.validity('icd10cm', 'A00.2', '2026-10-01')).toEqual({ status: 'valid', release: 'icd10cm-fy2027' });
    expect(t.validity('icd10cm', 'A00.1', '2026-09-30')).toEqual({ status: 'valid', release: 'icd10cm-fy2026' });
    expect(t.validity('icd10cm', 'A00.1', '2026-10-01')).toMatchObject({ status: 'deleted', deletedOn: '2026-10-01', replacements: ['A00.2'] });
    expect(t.validity('icd10cm', 'E11.9', '2026-10-01')).toEqual({ status: 'valid', release: 'icd10cm-fy2027' });
    expect(t.get('icd10cm', 'E11.9')!.title).toContain('revised in fake FY2027');
    expect(t.search('cholera fake test code', { dos: '2026-11-01' }).find((r) => r.code === 'A00.2')).toMatchObject({ code: 'A00.2', validOnDos: true });
    expect(t.timeline.changes.get('icd10cm-fy2027')).toMatchObject({ added: ['A002'], deleted: ['A001'] });
    expect(t.timeline.changes.get('icd10cm-fy2027')!.revised!.map((x) => x.code)).toEqual(['E119']);
    t.setImportedReleases([]);
  });
});
