import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';

describe('readCsv (the one CSV reader)', () => {
  it('reads quotes, doubled quotes, CRLF, a BOM and line breaks inside quotes, with the line each row starts on', () => {
    const { rows, issues } = readCsv('\uFEFFCode,Description\r\n1,"a, b"\r\nB7,"Multi\nline ""quoted"" text"\r\n\r\n9,last');
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { line: 1, fields: ['Code', 'Description'] },
      { line: 2, fields: ['1', 'a, b'] },
      { line: 3, fields: ['B7', 'Multi\nline "quoted" text'] },
      { line: 6, fields: ['9', 'last'] },
    ]);
  });

  it('reads tab-delimited text, trims unquoted fields and counts from the given first line', () => {
    expect(readCsv(' 99213 \t Office visit \n', { delimiter: '\t', firstLine: 4 }).rows).toEqual([{ line: 4, fields: ['99213', 'Office visit'] }]);
    expect(readCsv(' a , b ', { trim: false }).rows[0]!.fields).toEqual([' a ', ' b ']);
  });

  it('reports an unclosed quote and text after a closing quote as data, with their lines', () => {
    expect(readCsv('a,b\n1,"open\n2,x\n').issues).toEqual([{ line: 2, kind: 'unclosedQuote', params: {} }]);
    const broken = readCsv('a,b\n1,"x"y\n');
    expect(broken.issues).toEqual([{ line: 2, kind: 'textAfterQuote', params: { char: 'y' } }]);
    expect(broken.rows[1]!.fields).toEqual(['1', 'xy']);
  });
});
