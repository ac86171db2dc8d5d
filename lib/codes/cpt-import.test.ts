// Every descriptor below is invented for the tests: CPT wording is AMA-licensed and never committed.
import { describe, expect, it } from 'vitest';
import codesStrings from './strings';

const catalog: Record<'en' | 'fr', Record<string, string>> = codesStrings;
import { CPT_ERROR_KINDS, MAX_DESCRIPTOR, MAX_ERRORS, decodeCptFile, parseLicensedCpt, type CptImportResult } from './cpt-import';

function ok(result: CptImportResult) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result;
}

function failed(result: CptImportResult) {
  if (result.ok) throw new Error(`expected errors, got ${result.entries.length} entries`);
  return result;
}

const THREE = [
  { code: '99213', descriptor: 'Invented office visit wording, level three' },
  { code: '0001F', descriptor: 'Invented quality measure wording' },
  { code: '0042T', descriptor: 'Invented emerging technology wording' },
];

describe('parseLicensedCpt: accepted layouts', () => {
  it('CSV with a header, quoted fields, escaped quotes, a comma and a line break inside quotes', () => {
    const r = ok(parseLicensedCpt([
      'CPT Code,Long Descriptor,Short Descriptor',
      '99213,"Invented office visit wording, level three",Invented OV 3',
      '"0001F","Invented ""quality"" measure wording",',
      '0042T,"Invented emerging',
      'technology wording",Invented ET',
      '0101U,Invented lab analysis wording,Invented PLA',
    ].join('\r\n')));
    expect(r.layout).toBe('csv');
    expect(r.header).toBe(true);
    expect(r.entries).toEqual([
      { code: '99213', descriptor: 'Invented office visit wording, level three', shortDescriptor: 'Invented OV 3' },
      { code: '0001F', descriptor: 'Invented "quality" measure wording' },
      { code: '0042T', descriptor: 'Invented emerging technology wording', shortDescriptor: 'Invented ET' },
      { code: '0101U', descriptor: 'Invented lab analysis wording', shortDescriptor: 'Invented PLA' },
    ]);
  });

  it('CSV without a header, a leading id column, a BOM, blank lines and no final newline', () => {
    const r = ok(parseLicensedCpt('\uFEFF1000001,99213,"Invented office visit wording, level three"\n\n1000002,0001f,Invented quality measure wording\n1000003,0042T,Invented emerging technology wording'));
    expect(r.layout).toBe('csv');
    expect(r.header).toBe(false);
    expect(r.entries).toEqual(THREE);
  });

  it('TSV with a header whose columns are in another order, after a notice line', () => {
    const text = ['Invented notice: this file is licensed to the reader.', 'Descriptor\tConcept Id\tCode', ...THREE.map((e, i) => `${e.descriptor}\t${i}\t${e.code}`)].join('\n');
    const r = ok(parseLicensedCpt(text));
    expect(r.layout).toBe('tsv');
    expect(r.skippedLines).toBe(1);
    expect(r.entries).toEqual(THREE);
  });

  it('TSV without a header', () => {
    const r = ok(parseLicensedCpt(THREE.map((e) => `${e.code}\t${e.descriptor}`).join('\n')));
    expect(r.layout).toBe('tsv');
    expect(r.entries).toEqual(THREE);
  });

  it('fixed-width TXT "code descriptor", padding collapsed, commas kept in the descriptor', () => {
    const r = ok(parseLicensedCpt('99213 Invented office visit wording, level three\n0001F   Invented   quality measure wording   \r\n0042T Invented emerging technology wording\n'));
    expect(r.layout).toBe('txt');
    expect(r.entries).toEqual(THREE);
  });

  it('TXT with a header line', () => {
    const r = ok(parseLicensedCpt(`CODE DESCRIPTOR\n${THREE.map((e) => `${e.code} ${e.descriptor}`).join('\n')}`));
    expect(r.header).toBe(true);
    expect(r.entries).toEqual(THREE);
  });

  it('the same code twice with the same descriptor is kept once', () => {
    const r = ok(parseLicensedCpt('99213,Invented wording\n99213,Invented wording\n99214,Other invented wording'));
    expect(r.entries.map((e) => e.code)).toEqual(['99213', '99214']);
    expect(r.duplicatesIgnored).toBe(1);
  });
});

describe('parseLicensedCpt: rejected files, with line numbers', () => {
  it('reports every bad line (code shapes, empty and missing descriptors) and imports nothing', () => {
    const r = failed(parseLicensedCpt([
      'Code,Descriptor',
      '99213,Invented wording',
      '9921,Invented wording', // 4 digits
      '99213X,Invented wording',
      '0001A,Invented wording', // category letter not F/T/U
      '99214,',
      '99215',
      '100,Invented anesthesia wording', // spreadsheet dropped the zeros of 00100
    ].join('\n')));
    expect(r.errors).toEqual([
      { line: 3, kind: 'badCodeZeros', params: { value: '9921' } }, // 01996 loses its zero the same way
      { line: 4, kind: 'badCode', params: { value: '99213X' } },
      { line: 5, kind: 'badCode', params: { value: '0001A' } },
      { line: 6, kind: 'emptyDescriptor', params: { code: '99214' } },
      { line: 7, kind: 'noDescriptor', params: { code: '99215' } },
      { line: 8, kind: 'badCodeZeros', params: { value: '100' } },
    ]);
    expect(r.moreErrors).toBe(false);
  });

  it('an unquoted comma inside a descriptor is an error, never a silently cut descriptor', () => {
    const r = failed(parseLicensedCpt('99213,"Invented wording, quoted"\n99214,Invented wording, not quoted'));
    expect(r.errors).toEqual([{ line: 2, kind: 'extraColumnsComma', params: { found: 3, expected: 2 } }]);
    const h = failed(parseLicensedCpt('Code\tDescriptor\n99213\tInvented\tcut'));
    expect(h.errors).toEqual([{ line: 2, kind: 'extraColumnsTab', params: { found: 3, expected: 2 } }]);
  });

  it('the same code with two different descriptors names both lines', () => {
    const r = failed(parseLicensedCpt('99213 Invented wording\n99214 Other wording\n99213 Changed wording'));
    expect(r.errors).toEqual([{ line: 3, kind: 'conflictingDuplicate', params: { code: '99213', firstLine: 1 } }]);
  });

  it('a descriptor longer than the bound (a quote never closed swallows the file)', () => {
    const r = failed(parseLicensedCpt(`99213,${'x'.repeat(MAX_DESCRIPTOR + 1)}\n99214,Invented`));
    expect(r.errors[0]).toEqual({ line: 1, kind: 'descriptorTooLong', params: { code: '99213', length: MAX_DESCRIPTOR + 1, max: MAX_DESCRIPTOR } });
  });

  it('an unclosed quote names the line its row starts on', () => {
    const r = failed(parseLicensedCpt('99213,Invented\n99214,"Invented\n99215,Invented'));
    expect(r.errors).toEqual([{ line: 2, kind: 'unclosedQuote', params: {} }]);
  });

  it('line numbers count the lines inside quoted fields', () => {
    const r = failed(parseLicensedCpt('99213,"Invented\nsecond line"\n9921,Invented'));
    expect(r.errors.map((e) => e.line)).toEqual([3]);
  });

  it(`stops after ${MAX_ERRORS} errors and says there are more`, () => {
    const r = failed(parseLicensedCpt(Array.from({ length: 30 }, (_, i) => `12${i},Invented`).join('\n')));
    expect(r.errors).toHaveLength(MAX_ERRORS);
    expect(r.errors[MAX_ERRORS - 1]!.line).toBe(MAX_ERRORS);
    expect(r.moreErrors).toBe(true);
  });

  it('a header without a code or descriptor column', () => {
    expect(failed(parseLicensedCpt('Name,Descriptor\nx,y')).errors).toEqual([{ line: 1, kind: 'noCodeColumn', params: { found: '“Name”, “Descriptor”' } }]);
    expect(failed(parseLicensedCpt('Code,Price\n99213,12')).errors).toEqual([{ line: 1, kind: 'noDescriptorColumn', params: { found: '“Code”, “Price”' } }]);
  });

  it('empty, header-only and binary files', () => {
    expect(failed(parseLicensedCpt('  \n\n')).errors).toEqual([{ line: null, kind: 'empty', params: {} }]);
    expect(failed(parseLicensedCpt('Code,Descriptor\n')).errors).toEqual([{ line: null, kind: 'noRows', params: {} }]);
    expect(failed(parseLicensedCpt('PK\u0003\u0004\u0014\u0000')).errors).toEqual([{ line: null, kind: 'notText', params: {} }]);
  });

  it('text after a closing quote', () => {
    expect(failed(parseLicensedCpt('99213,"Invented"x\n')).errors).toEqual([{ line: 1, kind: 'textAfterQuote', params: { char: 'x' } }]);
  });
});

describe('decodeCptFile', () => {
  it('reads UTF-8 and falls back to Windows-1252', () => {
    expect(decodeCptFile(new TextEncoder().encode('99213 Invented café wording'))).toBe('99213 Invented café wording');
    expect(decodeCptFile(Uint8Array.from([0x39, 0x39, 0x32, 0x31, 0x33, 0x20, 0x63, 0x61, 0x66, 0xe9]))).toBe('99213 café');
  });
});

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('error messages', () => {
  it('every error kind has English and French text, with the same placeholders in both', () => {
    for (const kind of CPT_ERROR_KINDS) {
      for (const locale of ['en', 'fr'] as const) expect(catalog[locale][`codeData.error.${kind}`], `${locale} ${kind}`).toBeTruthy();
    }
    expect(Object.keys(catalog.fr).sort()).toEqual(Object.keys(catalog.en).sort());
    for (const key of Object.keys(catalog.en)) expect(placeholders(catalog.fr[key]!), key).toEqual(placeholders(catalog.en[key]!));
  });
});
