import { describe, expect, it } from 'vitest';
import { importEdits } from './import';
import { identifyFile } from './identify';
import { EditsIndex } from './edits-index';
import {
  AOC_NAME, MUE_NAME, PTP_NAME, aocCsv, mueCsv, ptpText, textSource, zipSource, type PtpRow,
} from '@/test/support/edits/files';

const ROWS: PtpRow[] = [
  ['11111', '22222', '', '20240101', '*', '0', 'Mutually exclusive procedures'],
  ['11111', '33333', '*', '19960101', '*', '1', 'Standards of medical / surgical practice'],
  ['11111', '44444', '', '20200101', '20250101', '1', 'Deleted edit'],
  ['11111', '55555', '', '20270101', '*', '1', 'Not yet effective'],
  ['11111', '66666', '', '20240101', '20240101', '9', 'Deleted the day it started'],
];

describe('identifyFile', () => {
  it('reads the CMS names', () => {
    expect(identifyFile('ccipra-v312r0-f3.txt')).toMatchObject({ kind: 'ptp', setting: 'practitioner', part: 'f3', version: '31.2' });
    expect(identifyFile('dir/ccioph-v313r1-f1.TXT')).toMatchObject({ kind: 'ptp', setting: 'hospital', part: 'f1', version: '31.3 r1' });
    expect(identifyFile('MCR_MUE_OutpatientHospitalServices_Eff_10-01-2026.csv')).toMatchObject({ kind: 'mue', setting: 'hospital' });
    expect(identifyFile('MCR_MUE_DMESupplierServices_Eff_01-01-2026.csv')).toMatchObject({ kind: 'mue', setting: 'dme' });
    expect(identifyFile('AOC_V2026Q2-MCR.csv')).toMatchObject({ kind: 'aoc', version: '2026Q2' });
    expect(identifyFile('ccipra-v312r0-f3.xlsx')).toBeNull();
    expect(identifyFile('notes.txt')).toBeNull();
  });
});

describe('importEdits: PTP', () => {
  it('skips the notice and header lines, reads every row with its dates and indicator (CRLF, 7-byte chunks)', async () => {
    const r = await importEdits([textSource(PTP_NAME, ptpText(ROWS), 7)], { now: new Date('2026-11-26T00:00:00Z') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [f] = r.files;
    expect(f!.meta).toMatchObject({
      id: 'ptp|practitioner|f1', kind: 'ptp', setting: 'practitioner', part: 'f1', fileName: PTP_NAME, version: '32.1',
      quarter: '2026 Q2', quarterStart: '2026-04-01', coversFrom: '1996-01-01', coversTo: '2026-06-30', rows: 5,
    });
    const idx = new EditsIndex(r.files);
    expect(idx.ptpEdit('practitioner', '11111', '22222', '2026-03-02')).toMatchObject({ indicator: 0, rationale: 'Mutually exclusive procedures' });
    expect(idx.ptpEdit('practitioner', '22222', '11111', '2026-03-02')).toBeNull();
    expect(idx.ptpEdit('hospital', '11111', '22222', '2026-03-02')).toBeNull();
    // Deleted edits apply before their deletion date only (exclusive).
    expect(idx.ptpEdit('practitioner', '11111', '44444', '2024-12-31')).toMatchObject({ indicator: 1 });
    expect(idx.ptpEdit('practitioner', '11111', '44444', '2025-01-01')).toBeNull();
    // Not yet effective: kept, applied from its date.
    expect(idx.ptpEdit('practitioner', '11111', '55555', '2026-12-31')).toBeNull();
    expect(idx.ptpEdit('practitioner', '11111', '55555', '2027-01-01')).toMatchObject({ indicator: 1 });
    // Indicator 9 never applies.
    expect(idx.ptpEdit('practitioner', '11111', '66666', '2024-01-01')).toBeNull();
  });

  it('reads LF files, spreadsheet-style header continuation rows and unsorted rows', async () => {
    const rows: PtpRow[] = [ROWS[1]!, ROWS[0]!];
    const r = await importEdits([textSource(PTP_NAME, ptpText(rows, { eol: '\n', spreadsheetHeader: true }))]);
    expect(r.ok && new EditsIndex(r.files).ptpEdit('practitioner', '11111', '33333', '2026-01-01')?.indicator).toBe(1);
  });

  it('rejects a bad file whole, with the line and kind of each error', async () => {
    const rows: PtpRow[] = [ROWS[0]!, ['1111', '22222', '', '20240101', '*', '0', 'x'], ['11111', '22222', '', '20241301', '*', '0', 'x'], ['11111', '22222', '', '20240101', '*', '2', 'x']];
    const r = await importEdits([textSource(PTP_NAME, ptpText(rows))]);
    expect(r).toEqual({
      ok: false, cancelled: false, errors: [
        { file: PTP_NAME, line: 5, kind: 'code', params: { file: PTP_NAME, code: '1111', column: 1 } },
        { file: PTP_NAME, line: 6, kind: 'date', params: { file: PTP_NAME, value: '20241301', column: 4 } },
        { file: PTP_NAME, line: 7, kind: 'indicator', params: { file: PTP_NAME, value: '2' } },
      ],
    });
  });

  it('says when the header is missing (a different file with a CMS name)', async () => {
    const r = await importEdits([textSource(PTP_NAME, '11111\t22222\t\t20240101\t*\t0\tx\n')]);
    expect(r.ok ? null : r.errors.map((e) => e.kind)).toEqual(['no-header']);
  });

  it('refuses names that are not CMS edit files', async () => {
    const r = await importEdits([textSource('edits.txt', ptpText(ROWS))]);
    expect(r.ok ? null : r.errors).toEqual([{ file: 'edits.txt', line: null, kind: 'not-edit-file', params: { file: 'edits.txt' } }]);
  });
});

describe('importEdits: MUE', () => {
  it('reads the AMA notice, the two-line header cell and the MAI text; the header names the table', async () => {
    const csv = mueCsv([['11111', '2', '2 Date of Service Edit: Policy', 'Anatomic consideration'], ['22222', '1', '1 Line Edit', 'Nature of service'], ['J1234', '30', '3 Date of Service Edit: Clinical', 'Clinical: Data']]);
    const r = await importEdits([textSource(MUE_NAME, csv, 5)]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.files[0]!.meta).toMatchObject({ id: 'mue|practitioner|', quarter: '2026 Q2', coversFrom: '2026-04-01', coversTo: '2026-06-30', rows: 3 });
    const idx = new EditsIndex(r.files);
    expect(idx.mueFor('practitioner', '11111')).toMatchObject({ value: 2, mai: 2, rationale: 'Anatomic consideration' });
    expect(idx.mueFor('practitioner', 'j1234')).toMatchObject({ value: 30, mai: 3 });
    expect(idx.mueFor('practitioner', '99999')).toBeNull();
  });

  it('refuses a table whose header contradicts its name, and bad values with line numbers', async () => {
    const wrong = await importEdits([textSource(MUE_NAME, mueCsv([['11111', '2', '2 Date of Service Edit: Policy', 'x']], 'Outpatient Hospital'))]);
    expect(wrong.ok ? null : wrong.errors[0]).toMatchObject({ kind: 'setting', params: { header: 'hospital', name: 'practitioner' } });
    const bad = await importEdits([textSource(MUE_NAME, mueCsv([['11111', 'two', '2 Date of Service Edit: Policy', 'x'], ['22222', '1', 'Line Edit', 'x'], ['22222', '1', '1 Line Edit', 'x'], ['22222', '1', '1 Line Edit', 'x']]))]);
    // Notice = lines 1-3, header = lines 4-5, rows from line 6.
    expect(bad.ok ? null : bad.errors.map((e) => [e.line, e.kind])).toEqual([[6, 'value'], [7, 'mai'], [9, 'duplicate']]);
  });
});

describe('importEdits: add-on codes', () => {
  it('finds the columns by name and reads Julian dates; CCCCC primaries are left out', async () => {
    const csv = aocCsv([['77001', '77000', '1', '2013001', ''], ['77001', '77002', '1', '2026091', ''], ['77003', 'CCCCC', '2', '2013001', ''], ['77004', '77000', '3', '2013001', '2020001']]);
    const r = await importEdits([textSource(AOC_NAME, csv)]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const idx = new EditsIndex(r.files);
    expect(idx.aocFor('77001', '2026-03-31')).toMatchObject({ type: 1, primaries: ['77000'] });
    expect(idx.aocFor('77001', '2026-04-01')).toMatchObject({ type: 1, primaries: ['77000', '77002'] });
    expect(idx.aocFor('77003', '2026-04-01')).toMatchObject({ type: 2, primaries: [] });
    expect(idx.aocFor('77004', '2026-04-01')).toBeNull();
    expect(r.files[0]!.meta).toMatchObject({ quarter: '2026 Q2', coversTo: '2026-06-30' });
  });
});

describe('importEdits: add-on codes saved as tab-delimited text', () => {
  it('reads the same columns from a .txt export, with YYYYMMDD and MM/DD/YYYY dates', async () => {
    const txt = aocCsv([['77001', '77000', '1', '20130101', ''], ['77005', '77000', '1', '01/01/2013', '12/31/2019']]).replace(/,/g, '\t');
    const r = await importEdits([textSource('AOC_V2026Q2-MCR.txt', txt)]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const idx = new EditsIndex(r.files);
    expect(idx.aocFor('77001', '2026-04-01')?.primaries).toEqual(['77000']);
    expect(idx.aocFor('77005', '2019-12-30')?.type).toBe(1);
    expect(idx.aocFor('77005', '2019-12-31')).toBeNull();
  });
});

describe('importEdits: zips, all or nothing, cancel', () => {
  it('streams the tables out of a CMS-style zip and ignores its other members', async () => {
    const zip = zipSource('ccipra-v321r0-f1.zip', { [PTP_NAME]: ptpText(ROWS), 'ccipra-v321r0-f1.xlsx': 'PK…', 'readme.pdf': '%PDF' }, 1000);
    const r = await importEdits([zip]);
    expect(r.ok && r.files.map((f) => f.meta.fileName)).toEqual([PTP_NAME]);
  });

  it('rejects the whole import when one file is bad', async () => {
    const good = textSource(MUE_NAME, mueCsv([['11111', '2', '2 Date of Service Edit: Policy', 'x']]));
    const bad = textSource(PTP_NAME, ptpText([['11111', '22222', '', '2024-01-01', '*', '0', 'x']]));
    const r = await importEdits([good, bad]);
    expect(r.ok).toBe(false);
    expect(r.ok ? null : r.errors.map((e) => e.file)).toEqual([PTP_NAME]);
  });

  it('refuses two files of the same table in one import', async () => {
    const r = await importEdits([textSource(PTP_NAME, ptpText(ROWS)), textSource('ccipra-v320r0-f1.txt', ptpText(ROWS))]);
    expect(r.ok ? null : r.errors.map((e) => e.kind)).toEqual(['same-table']);
  });

  it('says when a zip holds no edit table, or is damaged', async () => {
    const none = await importEdits([zipSource('x.zip', { 'readme.txt': 'hello' })]);
    expect(none.ok ? null : none.errors.map((e) => e.kind)).toEqual(['nothing-to-import']);
    const src = zipSource('y.zip', { [PTP_NAME]: ptpText(ROWS) });
    const damaged = { ...src, chunks: async function* () { for await (const c of src.chunks()) { const d = c.slice(); d.fill(0x41, 40, 80); yield d; } } };
    const r = await importEdits([damaged]);
    expect(r.ok).toBe(false);
  });

  it('stops when cancelled, reporting progress until then', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const r = await importEdits([textSource(PTP_NAME, ptpText(ROWS), 16)], {
      signal: controller.signal,
      onProgress: (p) => { seen.push(p.bytesDone); if (seen.length === 3) controller.abort(); },
    });
    expect(r).toEqual({ ok: false, cancelled: true, errors: [] });
    expect(seen).toEqual([16, 32, 48]);
  });
});
