import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ADDENDA_2027, FY2026, FY2027, HCPCS_OCT_2026, cdcZip, cmsZip, codesFile, hcpcsFile, hcpcsRecord, orderFile, tabularXml } from '@/test/support/codes/release-files';
import { decodeRelease, encodeRelease } from './format';
import { importReleaseFile, roleOf } from './import';
import type { ImportOutcome, ImportProgress } from './model';

const refused = (o: ImportOutcome) => {
  if (o.ok) throw new Error('expected a refusal');
  return o.error;
};
const accepted = (o: ImportOutcome) => {
  if (!o.ok) throw new Error(`refused: ${JSON.stringify(o.error)}`);
  return o.releases;
};

describe('official names', () => {
  it('knows CMS and CDC names, April updates and HCPCS quarters', () => {
    expect(roleOf('icd10cm_order_2027.txt')).toMatchObject({ role: 'order', year: 2027, april: false });
    expect(roleOf('icd10cm-code-descriptions-2027/icd10cm-order-2027.txt')).toMatchObject({ role: 'order', year: 2027 });
    expect(roleOf('icd10cm-order-April-2025.txt')).toMatchObject({ role: 'order', year: 2025, april: true });
    expect(roleOf('icd10cm_order_addenda_2026.txt')).toMatchObject({ role: 'orderAddenda' });
    expect(roleOf('icd10cm_codes_2027.txt')).toMatchObject({ role: 'codes' });
    expect(roleOf('icd10cm-tabular-2027.xml')).toMatchObject({ role: 'tabular', year: 2027 });
    expect(roleOf('HCPC2026_OCT_ANWEB_v3.txt')).toMatchObject({ role: 'hcpcs', year: 2026, month: 'OCT' });
    expect(roleOf('HCPC2026_OCT_recordlayout.txt')).toBeNull();
  });
});

describe('importReleaseFile (synthetic files in the official layouts)', () => {
  const order27 = orderFile(FY2027);

  it('reads a CMS-layout zip: order file checked against its addenda and codes file', async () => {
    const progress: ImportProgress[] = [];
    const [r] = accepted(await importReleaseFile('2027-code-descriptions-tabular-order.zip', cmsZip(2027, { order: order27, orderAddenda: ADDENDA_2027, codes: codesFile(FY2027) }), { onProgress: (p) => progress.push(p) }));
    expect(r!.meta).toMatchObject({ id: 'icd10cm-fy2027', system: 'icd10cm', effectiveFrom: '2026-10-01', effectiveTo: '2027-09-30', verified: false, publisher: null, count: FY2027.length });
    expect(r!.meta.files.map((f) => f.name).sort()).toEqual(['icd10cm_codes_2027.txt', 'icd10cm_order_2027.txt', 'icd10cm_order_addenda_2027.txt']);
    expect(r!.content.system === 'icd10cm' && r!.content.codes).toEqual(FY2027.map((x) => x[0]));
    expect(progress.length).toBeGreaterThan(1);
  });

  it('reads the CDC layout (folder, hyphens) the same way', async () => {
    const [cms] = accepted(await importReleaseFile('a.zip', cmsZip(2027, { order: order27 })));
    const [cdc] = accepted(await importReleaseFile('icd10cm-code-descriptions-2027.zip', cdcZip(2027, { order: order27, orderAddenda: ADDENDA_2027 })));
    expect(cdc!.meta.id).toBe('icd10cm-fy2027');
    expect(cdc!.content).toEqual(cms!.content);
  });

  it('reads an order file alone, and an April update', async () => {
    expect(accepted(await importReleaseFile('icd10cm_order_2027.txt', strToU8(order27)))[0]!.meta.id).toBe('icd10cm-fy2027');
    const [apr] = accepted(await importReleaseFile('april-1-2027-code-descriptions-tabular-order.zip', cmsZip(2027, { order: order27 })));
    expect(apr!.meta).toMatchObject({ id: 'icd10cm-fy2027-apr', effectiveFrom: '2027-04-01', effectiveTo: '2027-09-30' });
  });

  it('refuses a truncated file with the line: cut mid-line, or cut at a line end before chapter 22', async () => {
    const cut = order27.slice(0, order27.indexOf('E11A') + 20);
    expect(refused(await importReleaseFile('icd10cm_order_2027.txt', strToU8(cut)))).toMatchObject({ file: 'icd10cm_order_2027.txt', line: 9, kind: 'noTrailingNewline' });
    const atLine = orderFile(FY2027.slice(0, 8));
    expect(refused(await importReleaseFile('icd10cm_order_2027.txt', strToU8(atLine)))).toMatchObject({ line: 8, kind: 'incomplete', params: { last: 'E119' } });
  });

  it('refuses a zip cut short (its directory is at the end)', async () => {
    const zip = cmsZip(2027, { order: order27 });
    expect(refused(await importReleaseFile('x.zip', zip.subarray(0, zip.length - 40)))).toMatchObject({ kind: 'badZip' });
  });

  it('refuses a wrong file with the line: an ANWEB file named as an order file', async () => {
    expect(refused(await importReleaseFile('icd10cm_order_2027.txt', strToU8(HCPCS_OCT_2026)))).toMatchObject({ file: 'icd10cm_order_2027.txt', line: 1, kind: 'format' });
  });

  it('fails half-way: a bad line deep in the order file refuses the whole zip', async () => {
    const lines = order27.split('\r\n');
    lines[6] = lines[6]!.replace(' 0 ', ' X ');
    const e = refused(await importReleaseFile('2027.zip', cmsZip(2027, { order: lines.join('\r\n'), orderAddenda: ADDENDA_2027 })));
    expect(e).toMatchObject({ file: 'icd10cm_order_2027.txt', line: 7, kind: 'format' });
  });

  it('refuses an order file its own addenda or codes file contradict', async () => {
    const wrongAddenda = ADDENDA_2027.replace('Add:         1 A002', 'Add:         0 A002');
    expect(refused(await importReleaseFile('z.zip', cmsZip(2027, { order: order27, orderAddenda: wrongAddenda })))).toMatchObject({ kind: 'addendaMismatch', params: { code: 'A002' } });
    expect(refused(await importReleaseFile('z.zip', cmsZip(2027, { order: order27, codes: codesFile(FY2026) })))).toMatchObject({ kind: 'codesMismatch' });
    const wrongRevision = ADDENDA_2027.replace('without complications or hyperglycemia', 'without complications, revised otherwise');
    expect(refused(await importReleaseFile('z.zip', cmsZip(2027, { order: order27, orderAddenda: wrongRevision })))).toMatchObject({ kind: 'addendaMismatch', params: { code: 'E119', action: 'revise' } });
  });

  it('refuses files it does not know, empty files and zips without a release file', async () => {
    expect(refused(await importReleaseFile('notes.txt', strToU8('hello\n')))).toMatchObject({ kind: 'unknownFile' });
    expect(refused(await importReleaseFile('x.txt', new Uint8Array()))).toMatchObject({ kind: 'empty' });
    expect(refused(await importReleaseFile('x.zip', zipSync({ 'readme.txt': strToU8('x') })))).toMatchObject({ kind: 'noReleaseFile' });
    // Right layout, unofficial name and unknown checksum: the fiscal year cannot be known.
    expect(refused(await importReleaseFile('my-codes.txt', strToU8(order27)))).toMatchObject({ kind: 'noYear' });
  });

  it('reads a HCPCS quarterly file (txt or zip) with dates and modifiers', async () => {
    const [r] = accepted(await importReleaseFile('october-2026-alpha-numeric-hcpcs-file.zip', zipSync({ 'HCPC2026_OCT_ANWEB_09152026.txt': strToU8(HCPCS_OCT_2026), 'HCPC2026_recordlayout.txt': strToU8('layout') })));
    expect(r!.meta).toMatchObject({ id: 'hcpcs-2026-oct', system: 'hcpcs', effectiveFrom: '2026-10-01', effectiveTo: null, count: 5 });
    const bad = hcpcsFile([hcpcsRecord('J9999', '3', 'x', 'x', '2026101')]);
    expect(refused(await importReleaseFile('HCPC2026_OCT_ANWEB.txt', strToU8(bad)))).toMatchObject({ line: 1, kind: 'format' });
  });

  it('reads a tabular XML into notes of its fiscal year', async () => {
    const [r] = accepted(await importReleaseFile('icd10cm-tabular-2027.xml', strToU8(tabularXml('2027', 'type 1 diabetes (E10.-)'))));
    expect(r!.meta).toMatchObject({ id: 'icd10cm-tabular-fy2027', system: 'notes', effectiveFrom: '2026-10-01' });
    expect(refused(await importReleaseFile('icd10cm-tabular-2027.xml', strToU8(tabularXml('2027', 'x').slice(0, 300))))).toMatchObject({ kind: 'format' });
  });

  it('a zip holding an order file and a broken tabular XML is refused whole', async () => {
    const zip = cmsZip(2027, { order: order27, extra: { 'icd10cm_tabular_2027.xml': tabularXml('2027', 'x').slice(0, 250) } });
    expect(refused(await importReleaseFile('both.zip', zip))).toMatchObject({ file: 'icd10cm_tabular_2027.xml', kind: 'format' });
  });

  it('can be cancelled', async () => {
    const abort = new AbortController();
    abort.abort();
    const big = orderFile(Array.from({ length: 12000 }, (_, i) => [`A${String(i).padStart(5, '0')}`, 1, 'x'] as [string, 1, string]).concat([['U071', 1, 'COVID-19']]));
    expect(refused(await importReleaseFile('icd10cm_order_2027.txt', strToU8(big), { signal: abort.signal }))).toMatchObject({ kind: 'cancelled' });
  });

  it('stores compactly and reads back exactly', async () => {
    for (const [name, bytes] of [['icd10cm_order_2027.txt', strToU8(order27)], ['HCPC2026_OCT_ANWEB.txt', strToU8(HCPCS_OCT_2026)], ['icd10cm_tabular_2027.xml', strToU8(tabularXml('2027', 'y (E10.-)'))]] as const) {
      const [r] = accepted(await importReleaseFile(name, bytes));
      const stored = encodeRelease(r!);
      expect(decodeRelease(stored)).toEqual(r);
    }
  });
});
