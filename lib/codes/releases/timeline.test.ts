import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { ADDENDA_2027, FY2027, HCPCS_OCT_2026, cmsZip, orderFile, tabularXml, tinyTables, type Row } from '@/test/support/codes/release-files';
import type { CodeTablesImpl } from '@/lib/codes/tables';
import { importReleaseFile } from './import';
import type { ImportedRelease } from './model';

async function read(name: string, bytes: Uint8Array): Promise<ImportedRelease[]> {
  const o = await importReleaseFile(name, bytes);
  if (!o.ok) throw new Error(JSON.stringify(o.error));
  return o.releases;
}

let t: CodeTablesImpl;
let fy2027: ImportedRelease[];
let hcpcsOct: ImportedRelease[];

beforeEach(async () => {
  t = tinyTables();
  fy2027 ??= await read('2027-code-descriptions-tabular-order.zip', cmsZip(2027, { order: orderFile(FY2027), orderAddenda: ADDENDA_2027 }));
  hcpcsOct ??= await read('HCPC2026_OCT_ANWEB_09152026.txt', strToU8(HCPCS_OCT_2026));
});

describe('ICD-10-CM timeline', () => {
  it('without an import, a date after FY2026 answers from FY2026 and names the file to import', () => {
    expect(t.validity('icd10cm', 'E11.9', '2026-09-30')).toEqual({ status: 'valid', release: 'icd10cm-fy2026' });
    const v = t.validity('icd10cm', 'E11.9', '2026-10-01');
    expect(v).toMatchObject({ status: 'valid', release: 'icd10cm-fy2026', suggest: { system: 'icd10cm', release: 'icd10cm-fy2027' } });
    expect(v.status === 'valid' && v.suggest?.files).toContain('2027-code-descriptions-tabular-order.zip');
    expect(t.get('icd10cm', 'A00.2')).toBeNull();
  });

  it('with FY2027 imported: each date answers from the release in force, on both sides of October 1', () => {
    t.setImportedReleases(fy2027);
    // Added at FY2027.
    expect(t.validity('icd10cm', 'A00.2', '2026-09-30')).toEqual({ status: 'not-yet-valid', effectiveFrom: '2026-10-01', release: 'icd10cm-fy2027' });
    expect(t.validity('icd10cm', 'A00.2', '2026-10-01')).toEqual({ status: 'valid', release: 'icd10cm-fy2027' });
    // Search results say the same of a code only in the import.
    expect(t.search('A00.2', { dos: '2026-09-30' })[0]).toMatchObject({ code: 'A00.2', validOnDos: false });
    expect(t.search('A00.2', { dos: '2026-10-01' })[0]).toMatchObject({ code: 'A00.2', validOnDos: true });
    // Deleted at FY2027, with its replacement (added beside it).
    expect(t.validity('icd10cm', 'A00.1', '2026-09-30')).toEqual({ status: 'valid', release: 'icd10cm-fy2026' });
    expect(t.validity('icd10cm', 'A00.1', '2026-10-01')).toEqual({ status: 'deleted', deletedOn: '2026-10-01', replacements: ['A00.2'], release: 'icd10cm-fy2027' });
    // Unchanged codes: the release in force names itself; the next fiscal year asks for FY2028.
    expect(t.validity('icd10cm', 'E11.9', '2026-10-01')).toEqual({ status: 'valid', release: 'icd10cm-fy2027' });
    expect(t.validity('icd10cm', 'E11.9', '2027-10-01')).toMatchObject({ status: 'valid', suggest: { release: 'icd10cm-fy2028' } });
    // Older dates still answer from the bundled releases.
    expect(t.validity('icd10cm', 'B88.0', '2025-09-30')).toMatchObject({ status: 'valid', release: 'icd10cm-fy2025' });
    expect(t.validity('icd10cm', 'B88.0', '2025-10-01')).toMatchObject({ status: 'header', release: 'icd10cm-fy2026' });
  });

  it('a code only in the import is found, titled, placed in the hierarchy and searched', () => {
    t.setImportedReleases(fy2027);
    expect(t.get('icd10cm', 'a002')).toMatchObject({ code: 'A00.2', title: 'Cholera due to Vibrio cholerae O139', billable: true });
    expect(t.identify('E11.A').map((e) => e.code)).toContain('E11.A');
    expect(t.children('A00').map((e) => e.code)).toEqual(['A00.0', 'A00.1', 'A00.2']);
    expect(t.billableDescendants('A00').map((e) => e.code)).toEqual(['A00.0', 'A00.2']);
    expect(t.ancestors('A00.2').map((e) => e.code)).toEqual(['A00']);
    expect(t.search('A00.2')[0]).toMatchObject({ code: 'A00.2', matchedBy: 'code' });
    expect(t.search('O139', { dos: '2026-11-01' })[0]).toMatchObject({ code: 'A00.2', validOnDos: true });
    expect(t.search('A00', { dos: '2026-11-01' }).map((r) => r.code)).toContain('A00.2');
    // The newest release's wording of a revised title.
    expect(t.get('icd10cm', 'E11.9')!.title).toBe('Type 2 diabetes mellitus without complications or hyperglycemia');
    expect(t.releases.map((r) => r.id)).toContain('icd10cm-fy2027');
  });

  it('says what the release changed', () => {
    t.setImportedReleases(fy2027);
    expect(t.timeline.changes.get('icd10cm-fy2027')).toEqual({
      added: ['A002', 'E11A'],
      deleted: ['A001'],
      revised: [{ code: 'E119', from: 'Type 2 diabetes mellitus without complications', to: 'Type 2 diabetes mellitus without complications or hyperglycemia' }],
      terminated: [],
      against: 'icd10cm-fy2026',
    });
  });

  it('an April update answers from April 1', async () => {
    const april: Row[] = [...FY2027.slice(0, 3), ['A003', 1, 'Cholera, April addition'], ...FY2027.slice(3)];
    const apr = await read('april-1-2027-code-descriptions-tabular-order.zip', cmsZip(2027, { order: orderFile(april) }));
    t.setImportedReleases([...apr, ...fy2027]);
    expect(t.validity('icd10cm', 'A00.3', '2027-03-31')).toMatchObject({ status: 'not-yet-valid', effectiveFrom: '2027-04-01' });
    expect(t.validity('icd10cm', 'A00.3', '2027-04-01')).toEqual({ status: 'valid', release: 'icd10cm-fy2027-apr' });
    expect(t.timeline.changes.get('icd10cm-fy2027-apr')).toMatchObject({ added: ['A003'], deleted: [], revised: [], against: 'icd10cm-fy2027' });
    expect(t.timeline.coverage().filter((c) => c.system === 'icd10cm').map((c) => [c.id, c.from, c.to])).toEqual([
      ['icd10cm-fy2024', '2023-10-01', '2024-09-30'],
      ['icd10cm-fy2025', '2024-10-01', '2025-09-30'],
      ['icd10cm-fy2026', '2025-10-01', '2026-09-30'],
      ['icd10cm-fy2027', '2026-10-01', '2027-03-31'],
      ['icd10cm-fy2027-apr', '2027-04-01', '2027-09-30'],
    ]);
  });

  it('removing the import goes back to the bundled answers', () => {
    t.setImportedReleases(fy2027);
    t.setImportedReleases([]);
    expect(t.get('icd10cm', 'A00.2')).toBeNull();
    expect(t.validity('icd10cm', 'A00.1', '2026-10-01')).toMatchObject({ status: 'valid', release: 'icd10cm-fy2026' });
    expect(t.get('icd10cm', 'E11.9')!.title).toBe('Type 2 diabetes mellitus without complications');
  });

  it('an imported tabular list replaces the bundled notes (and says so)', async () => {
    expect(t.notes('E11.9')!.source).toBe('ICD-10-CM Tabular List FY2021');
    const tab = await read('icd10cm_tabular_2027.xml', strToU8(tabularXml('2027', 'type 1 diabetes mellitus, any (E10.-)')));
    t.setImportedReleases(tab);
    const n = t.notes('E11.9')!;
    expect(n.source).toBe('ICD-10-CM Tabular List FY2027');
    expect(n.excludes1.map((x) => x.text)).toEqual(['type 1 diabetes mellitus, any (E10.-)']);
  });

  it('imported notes answer only for the dates of service of their release; other dates keep the bundled notes', async () => {
    const tab = await read('icd10cm_tabular_2027.xml', strToU8(tabularXml('2027', 'type 1 diabetes mellitus, any (E10.-)')));
    t.setImportedReleases(tab);
    // FY2027 runs from 2026-10-01 to 2027-09-30.
    expect(t.notes('E11.9', '2026-10-01')!.source).toBe('ICD-10-CM Tabular List FY2027');
    expect(t.notes('E11.9', '2027-09-30')!.source).toBe('ICD-10-CM Tabular List FY2027');
    expect(t.notes('E11.9', '2026-09-30')!.source).toBe('ICD-10-CM Tabular List FY2021');
    expect(t.notes('E11.9', '2026-09-30')!.excludes1.map((x) => x.text)).toEqual(['type 1 diabetes mellitus (E10.-)']);
    expect(t.notes('E11.9', '2027-10-01')!.source).toBe('ICD-10-CM Tabular List FY2021');
    // No date of service: the newest imported list.
    expect(t.notes('E11.9')!.source).toBe('ICD-10-CM Tabular List FY2027');
  });
});

describe('HCPCS timeline', () => {
  it('quarters: added and termination dates of the file in force', () => {
    // Bundled January 2025 only: a date a year later gets a caveat and the quarter to import.
    expect(t.validity('hcpcs', 'J1100', '2026-11-01')).toMatchObject({ status: 'valid', release: 'hcpcs-2025-jan', suggest: { release: 'hcpcs-2026-oct', files: ['october-2026-alpha-numeric-hcpcs-file.zip'] } });
    expect(t.validity('hcpcs', 'J9999', '2026-11-01')).toEqual({ status: 'unknown' });
    t.setImportedReleases(hcpcsOct);
    expect(t.validity('hcpcs', 'J9999', '2026-09-30')).toMatchObject({ status: 'not-yet-valid', effectiveFrom: '2026-10-01' });
    expect(t.validity('hcpcs', 'J9999', '2026-10-01')).toEqual({ status: 'valid', release: 'hcpcs-2026-oct' });
    expect(t.validity('hcpcs', 'G0999', '2026-09-30')).toMatchObject({ status: 'valid' });
    expect(t.validity('hcpcs', 'G0999', '2026-10-01')).toEqual({ status: 'terminated', terminatedOn: '2026-10-01', release: 'hcpcs-2026-oct' });
    expect(t.validity('modifier', '25', '2026-10-01')).toEqual({ status: 'valid', release: 'hcpcs-2026-oct' });
    expect(t.get('hcpcs', 'J1100')!.title).toBe('Injection, dexamethasone sodium phosphate, 1 mg per milliliter');
    expect(t.timeline.changes.get('hcpcs-2026-oct')).toMatchObject({ added: ['J9999'], terminated: ['G0999'], deleted: [], against: 'hcpcs-2025-jan' });
    expect(t.timeline.changes.get('hcpcs-2026-oct')!.revised!.map((r) => r.code)).toEqual(['J1100']);
  });

  it('a zip with two quarters is refused (one release per file)', async () => {
    const o = await importReleaseFile('two.zip', zipSync({ 'HCPC2026_JUL_ANWEB.txt': strToU8(HCPCS_OCT_2026), 'HCPC2026_OCT_ANWEB.txt': strToU8(HCPCS_OCT_2026) }));
    expect(o.ok ? null : o.error.kind).toBe('mixedReleases');
  });
});
