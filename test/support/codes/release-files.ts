/**
 * Small synthetic files in the exact official layouts (CMS icd10OrderFiles.pdf, the order addenda,
 * HCPC2025_recordlayout.txt), zipped the way CMS and CDC ship them, and a tiny core.bin assembled
 * from a synthetic FY2025 + FY2026 so timeline tests run without the official files.
 */
import { strToU8, zipSync } from 'fflate';
import { assemble } from '@/lib/codes/build/assemble';
import { CoreView } from '@/lib/codes/core-view';
import { parseOrderAddenda } from '@/lib/codes/parse/addenda';
import { parseHcpcsFile } from '@/lib/codes/parse/hcpcs';
import { parseOrderFile } from '@/lib/codes/parse/order-file';
import { parseTabularXml } from '@/lib/codes/parse/tabular';
import { CodeTablesImpl } from '@/lib/codes/tables';

const pad = (s: string, n: number) => s.padEnd(n, ' ');

/** [code, billable, title] rows of an order file, in tabular order. */
export type Row = [code: string, billable: 0 | 1, title: string];

export function orderFile(rows: Row[]): string {
  return rows.map(([code, flag, title], i) => `${String(i + 1).padStart(5, '0')} ${pad(code, 7)} ${flag} ${pad(title.slice(0, 60), 60)} ${title}`).join('\r\n') + '\r\n';
}

export type AddendaAction = 'Add:' | 'Delete:' | 'Revise from:' | 'Revise to:';

export function addendaFile(rows: [AddendaAction, code: string, billable: 0 | 1, title: string][]): string {
  return rows.map(([a, code, flag, title]) => `${pad(a, 13)}${flag} ${pad(code, 7)} ${pad(title.slice(0, 60), 60)} ${title}`).join('\r\n') + '\r\n';
}

/** The codes file: billable codes only, "CODE    long title". */
export function codesFile(rows: Row[]): string {
  return rows.filter((r) => r[1] === 1).map(([code, , title]) => `${pad(code, 7)} ${title}`).join('\r\n') + '\r\n';
}

/** One 320-character HCPCS record (id col 11; dates cols 269-292). */
export function hcpcsRecord(code: string, rid: '3' | '4' | '7' | '8', long: string, short: string, added = '', term = ''): string {
  const line = `${pad(code, 5)}00100${rid}${pad(long, 80)}${pad(short, 28)}`.padEnd(268, ' ') + pad(added, 8) + pad(added, 8) + pad(term, 8) + 'N';
  return line.padEnd(320, ' ');
}

export const hcpcsFile = (records: string[]) => records.join('\r\n') + '\r\n';

// --- the synthetic base: FY2025 and FY2026 as bundled ----------------------------------------------

export const FY2025: Row[] = [
  ['A00', 0, 'Cholera'],
  ['A000', 1, 'Cholera due to Vibrio cholerae 01, biovar cholerae'],
  ['A001', 1, 'Cholera due to Vibrio cholerae 01, biovar eltor'],
  ['B880', 1, 'Other acariasis'],
  ['E11', 0, 'Type 2 diabetes mellitus'],
  ['E119', 1, 'Type 2 diabetes mellitus without complications'],
  ['U07', 0, 'Emergency use of U07'],
  ['U071', 1, 'COVID-19'],
];

export const FY2026: Row[] = [
  ['A00', 0, 'Cholera'],
  ['A000', 1, 'Cholera due to Vibrio cholerae 01, biovar cholerae'],
  ['A001', 1, 'Cholera due to Vibrio cholerae 01, biovar eltor'],
  ['B880', 0, 'Other acariasis'],
  ['B8801', 1, 'Infestation by Demodex mites'],
  ['B8809', 1, 'Other acariasis'],
  ['E11', 0, 'Type 2 diabetes mellitus'],
  ['E119', 1, 'Type 2 diabetes mellitus without complications'],
  ['U07', 0, 'Emergency use of U07'],
  ['U071', 1, 'COVID-19'],
];

export const ADDENDA_2026 = addendaFile([
  ['Delete:', 'B880', 1, 'Other acariasis'],
  ['Add:', 'B880', 0, 'Other acariasis'],
  ['Add:', 'B8801', 1, 'Infestation by Demodex mites'],
  ['Add:', 'B8809', 1, 'Other acariasis'],
]);
export const ADDENDA_2025 = addendaFile([['Add:', 'A001', 1, 'Cholera due to Vibrio cholerae 01, biovar eltor']]);

/** A fake FY2027: deletes A00.1, adds A00.2 and E11.A, revises the title of E11.9. */
export const FY2027: Row[] = [
  ['A00', 0, 'Cholera'],
  ['A000', 1, 'Cholera due to Vibrio cholerae 01, biovar cholerae'],
  ['A002', 1, 'Cholera due to Vibrio cholerae O139'],
  ['B880', 0, 'Other acariasis'],
  ['B8801', 1, 'Infestation by Demodex mites'],
  ['B8809', 1, 'Other acariasis'],
  ['E11', 0, 'Type 2 diabetes mellitus'],
  ['E119', 1, 'Type 2 diabetes mellitus without complications or hyperglycemia'],
  ['E11A', 1, 'Type 2 diabetes mellitus without complications in remission'],
  ['U07', 0, 'Emergency use of U07'],
  ['U071', 1, 'COVID-19'],
];

export const ADDENDA_2027 = addendaFile([
  ['Delete:', 'A001', 1, 'Cholera due to Vibrio cholerae 01, biovar eltor'],
  ['Add:', 'A002', 1, 'Cholera due to Vibrio cholerae O139'],
  ['Revise from:', 'E119', 1, 'Type 2 diabetes mellitus without complications'],
  ['Revise to:', 'E119', 1, 'Type 2 diabetes mellitus without complications or hyperglycemia'],
  ['Add:', 'E11A', 1, 'Type 2 diabetes mellitus without complications in remission'],
]);

/** Zip as CMS ships it: flat, underscores. */
export function cmsZip(year: number, files: { order: string; orderAddenda?: string; codes?: string; extra?: Record<string, string> }): Uint8Array {
  const z: Record<string, Uint8Array> = { [`icd10cm_order_${year}.txt`]: strToU8(files.order) };
  if (files.orderAddenda) z[`icd10cm_order_addenda_${year}.txt`] = strToU8(files.orderAddenda);
  if (files.codes) z[`icd10cm_codes_${year}.txt`] = strToU8(files.codes);
  z['icd10OrderFiles.pdf'] = strToU8('%PDF-1.4 not read');
  for (const [k, v] of Object.entries(files.extra ?? {})) z[k] = strToU8(v);
  return zipSync(z);
}

/** Zip as CDC ships it: a folder, hyphenated names. */
export function cdcZip(year: number, files: { order: string; orderAddenda?: string; codes?: string }): Uint8Array {
  const dir = `icd10cm-code-descriptions-${year}/`;
  const z: Record<string, Uint8Array> = { [`${dir}icd10cm-order-${year}.txt`]: strToU8(files.order) };
  if (files.orderAddenda) z[`${dir}icd10cm-order-addenda-${year}.txt`] = strToU8(files.orderAddenda);
  if (files.codes) z[`${dir}icd10cm-codes-${year}.txt`] = strToU8(files.codes);
  return zipSync(z);
}

export const HCPCS_JAN_2025 = hcpcsFile([
  hcpcsRecord('   25', '7', 'Significant, separately identifiable e/m service', 'Sig sep e/m', '19940101'),
  hcpcsRecord('A4397', '3', 'Irrigation supply; sleeve, each', 'Irrigation supply sleeve', '19900101', '20211231'),
  hcpcsRecord('G0999', '3', 'Old quality measure', 'Old measure', '20200101'),
  hcpcsRecord('J1100', '3', 'Injection, dexamethasone sodium phosphate,', 'Dexamethasone sodium phos', '20000101'),
  hcpcsRecord('J1100', '4', '1 mg', ''),
]);

/** A fake October 2026 quarter: G0999 terminated Sep 30 2026, J9999 added Oct 1 2026, J1100 revised. */
export const HCPCS_OCT_2026 = hcpcsFile([
  hcpcsRecord('   25', '7', 'Significant, separately identifiable e/m service', 'Sig sep e/m', '19940101'),
  hcpcsRecord('A4397', '3', 'Irrigation supply; sleeve, each', 'Irrigation supply sleeve', '19900101', '20211231'),
  hcpcsRecord('G0999', '3', 'Old quality measure', 'Old measure', '20200101', '20260930'),
  hcpcsRecord('J1100', '3', 'Injection, dexamethasone sodium phosphate, 1 mg per', 'Dexamethasone sodium phos', '20000101'),
  hcpcsRecord('J1100', '4', 'milliliter', ''),
  hcpcsRecord('J9999', '3', 'Injection, new synthetic drug, 1 mg', 'Synthetic drug 1 mg', '20261001'),
]);

const TABULAR = `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.tabular><version>2021</version>
<chapter><name>4</name><desc>Endocrine</desc>
<section id="E08-E13"><desc>Diabetes mellitus (E08-E13)</desc>
<diag><name>E11</name><desc>Type 2 diabetes mellitus</desc>
<excludes1><note>type 1 diabetes mellitus (E10.-)</note></excludes1>
<diag><name>E11.9</name><desc>Type 2 diabetes mellitus without complications</desc></diag>
</diag></section></chapter>
</ICD10CM.tabular>
`;

export function tabularXml(version: string, excludes: string): string {
  return TABULAR.replace('<version>2021</version>', `<version>${version}</version>`).replace('type 1 diabetes mellitus (E10.-)', excludes);
}

/** Tables over a tiny core assembled from the synthetic FY2025 + FY2026 and the January 2025 HCPCS file. */
export function tinyTables(): CodeTablesImpl {
  const a = assemble({
    builtAt: '2026-11-01T00:00:00Z',
    releases: [
      { id: 'icd10cm-fy2025', system: 'icd10cm', name: 'ICD-10-CM FY2025', effectiveFrom: '2024-10-01', effectiveTo: '2025-09-30', files: [] },
      { id: 'icd10cm-fy2026', system: 'icd10cm', name: 'ICD-10-CM FY2026', effectiveFrom: '2025-10-01', effectiveTo: '2026-09-30', files: [] },
      { id: 'hcpcs-2025-jan', system: 'hcpcs', name: 'HCPCS Level II January 2025', effectiveFrom: '2025-01-01', effectiveTo: null, files: [] },
    ],
    icd10: [
      { id: 'icd10cm-fy2025', name: 'ICD-10-CM FY2025', from: '2024-10-01', to: '2025-09-30', orderFile: 'o25', order: parseOrderFile(orderFile(FY2025), 'o25'), addenda: parseOrderAddenda(ADDENDA_2025, 'a25') },
      { id: 'icd10cm-fy2026', name: 'ICD-10-CM FY2026', from: '2025-10-01', to: '2026-09-30', orderFile: 'o26', order: parseOrderFile(orderFile(FY2026), 'o26'), addenda: parseOrderAddenda(ADDENDA_2026, 'a26') },
    ],
    tabular: { list: parseTabularXml(tabularXml('2021', 'type 1 diabetes mellitus (E10.-)'), 't.xml'), name: 'ICD-10-CM Tabular List FY2021' },
    icd9: { long: new Map([['0010', 'Cholera due to vibrio cholerae']]), short: new Map([['0010', 'Cholera d/t vib cholerae']]), shortFile: 's.txt' },
    hcpcs: parseHcpcsFile(HCPCS_JAN_2025, 'h.txt'),
    gems: { name: 'GEMs', forward: [{ from: '0010', to: 'A000', flags: '00000' }], backward: [{ from: 'A000', to: '0010', flags: '00000' }] },
  });
  const t = new CodeTablesImpl(CoreView.fromBytes(a.core));
  t.setShortTitles(a.shortTitles);
  t.setNotes(a.notes);
  t.setGems(a.gems);
  return t;
}
