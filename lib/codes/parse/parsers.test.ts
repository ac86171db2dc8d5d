import { describe, expect, it } from 'vitest';
import { parseOrderAddenda } from './addenda';
import { SourceFormatError } from './errors';
import { decodeGemFlags, parseGems } from './gems';
import { parseHcpcsFile } from './hcpcs';
import { parseIcd9Descriptions } from './icd9';
import { parseOrderFile } from './order-file';
import { parseTabularXml } from './tabular';

// Excerpts in the official layouts (CMS icd10OrderFiles.pdf, HCPC2025_recordlayout.txt, GEMs docs).
const pad = (s: string, n: number) => s.padEnd(n, ' ');
const orderLine = (n: number, code: string, flag: string, short: string, long: string) => `${String(n).padStart(5, '0')} ${pad(code, 7)} ${flag} ${pad(short, 60)} ${long}`;

describe('ICD-10-CM order file', () => {
  it('reads code, billable flag and both titles', () => {
    const text = [orderLine(1, 'A00', '0', 'Cholera', 'Cholera'), orderLine(2, 'A000', '1', 'Cholera due to Vibrio cholerae 01, biovar cholerae', 'Cholera due to Vibrio cholerae 01, biovar cholerae')].join('\r\n') + '\r\n';
    const r = parseOrderFile(text, 'icd10cm_order_2026.txt');
    expect(r).toHaveLength(2);
    expect(r[0]).toMatchObject({ code: 'A00', billable: false });
    expect(r[1]).toMatchObject({ code: 'A000', billable: true, long: 'Cholera due to Vibrio cholerae 01, biovar cholerae' });
  });
  it('rejects a bad line naming the file and line', () => {
    expect(() => parseOrderFile(`${orderLine(1, 'A00', '0', 'Cholera', 'Cholera')}\nnot a record`, 'f.txt')).toThrow(/f\.txt line 2/);
  });
  it('rejects an out-of-order (spliced or truncated) file', () => {
    expect(() => parseOrderFile(orderLine(2, 'A00', '0', 'Cholera', 'Cholera'), 'f.txt')).toThrow(SourceFormatError);
  });
});

describe('ICD-10-CM order addenda', () => {
  it('reads add, delete and revise lines and skips the summary', () => {
    const text = ['Delete:      1 B880    Other acariasis                                              Other acariasis', 'Add:         0 B880    Other acariasis                                              Other acariasis', 'Add:         1 B8801   Infestation by Demodex mites                                 Infestation by Demodex mites', '', 'Headers', '    143 additions'].join('\r\n');
    const r = parseOrderAddenda(text, 'a.txt');
    expect(r.map((x) => [x.action, x.code, x.billable])).toEqual([
      ['delete', 'B880', true],
      ['add', 'B880', false],
      ['add', 'B8801', true],
    ]);
  });
});

// One 320-character HCPCS record (record layout: id col 11, dates cols 269-292).
const rec = (code: string, rid: string, long: string, short: string, added = '', term = '') => {
  const line = `${pad(code, 5)}00100${rid}${pad(long, 80)}${pad(short, 28)}`.padEnd(268, ' ') + pad(added, 8) + pad(added, 8) + pad(term, 8) + 'N';
  return line.padEnd(320, ' ');
};

describe('HCPCS alpha-numeric file', () => {
  it('reads codes, modifiers, continuation lines and dates', () => {
    const text = [rec('   25', '7', 'Significant, separately identifiable e/m service', 'Sig sep e/m', '19940101'), rec('A4397', '3', 'Irrigation supply; sleeve, each', 'Irrigation supply sleeve', '19900101', '20211231'), rec('J1100', '3', 'Injection, dexamethasone sodium phosphate,', 'Dexamethasone sodium phos', '20000101'), rec('J1100', '4', '1 mg', '')].join('\r\n');
    const r = parseHcpcsFile(text, 'h.txt');
    expect(r).toHaveLength(3);
    expect(r[0]).toMatchObject({ kind: 'modifier', code: '25' });
    expect(r[1]).toMatchObject({ code: 'A4397', added: '1990-01-01', terminated: '2021-12-31' });
    expect(r[2]!.long).toBe('Injection, dexamethasone sodium phosphate, 1 mg');
  });
  it('rejects a short (truncated) record', () => {
    expect(() => parseHcpcsFile('J1100001003Injection', 'h.txt')).toThrow(/h\.txt line 1: expected a 320-character record/);
  });
});

describe('ICD-9-CM titles and GEMs', () => {
  it('reads padded codes and latin1 titles', () => {
    const m = parseIcd9Descriptions('0010  Cholera due to vibrio cholerae\nV4581 Aortocoronary bypass status\nE8490 Home accidents\n', 'd.txt');
    expect([...m.keys()]).toEqual(['0010', 'V4581', 'E8490']);
  });
  it('decodes GEMs flags and no-map rows', () => {
    const rows = parseGems('0010  A000    00000\r\n7999  NoDx    11000\r\n', 'g.txt');
    expect(rows[1]).toEqual({ from: '7999', to: null, flags: '11000' });
    expect(decodeGemFlags('10112')).toEqual({ approximate: true, noMap: false, combination: true, scenario: 1, choiceList: 2 });
    expect(() => parseGems('0010 A000 0000', 'g.txt')).toThrow(/g\.txt line 1/);
  });
});

describe('ICD-10-CM tabular XML', () => {
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.tabular><version>2021</version>
<chapter><name>4</name><desc>Endocrine</desc>
<section id="E08-E13"><desc>Diabetes mellitus (E08-E13)</desc>
<diag><name>E11</name><desc>Type 2 diabetes mellitus</desc>
<inclusionTerm><note>diabetes NOS</note></inclusionTerm>
<excludes1><note>type 1 diabetes mellitus (E10.-)</note></excludes1>
<useAdditionalCode><note>insulin (Z79.4)</note></useAdditionalCode>
<diag><name>E11.9</name><desc>Type 2 diabetes mellitus without complications</desc></diag>
</diag></section></chapter>
<chapter><name>19</name><desc>Injury</desc><section id="S50-S59"><desc>Forearm</desc>
<diag><name>S52</name><desc>Fracture of forearm</desc>
<sevenChrDef><extension char="A">initial encounter for closed fracture</extension><extension char="S">sequela</extension></sevenChrDef>
</diag></section></chapter>
</ICD10CM.tabular>`;
  it('reads notes, code references and 7th characters', () => {
    const r = parseTabularXml(xml, 't.xml');
    const e11 = r.blocks.find((b) => b.key === 'E11')!;
    expect(e11.notes.inclusionTerms).toEqual(['diabetes NOS']);
    expect(e11.notes.excludes1).toEqual([{ text: 'type 1 diabetes mellitus (E10.-)', codes: ['E10.-'] }]);
    expect(e11.notes.useAdditionalCode[0]!.codes).toEqual(['Z79.4']);
    expect(r.blocks.find((b) => b.key === 'S52')!.notes.sevenChr).toEqual([
      { char: 'A', meaning: 'initial encounter for closed fracture' },
      { char: 'S', meaning: 'sequela' },
    ]);
    expect(r.blocks.find((b) => b.kind === 'chapter' && b.key === '4')).toMatchObject({ lo: 'E08', hi: 'E13' });
  });
  it('rejects a truncated document', () => {
    expect(() => parseTabularXml(xml.slice(0, 400), 't.xml')).toThrow(/t\.xml.*truncated/);
  });
});
