import { describe, expect, it } from 'vitest';
import { RecordReader } from './records';

function read(text: string, delimiter = ',', chunk = 3) {
  const out: [string[], number][] = [];
  const r = new RecordReader(delimiter.charCodeAt(0), (f, l) => out.push([f, l]));
  const bytes = new Uint8Array([...text].map((c) => c.charCodeAt(0)));
  for (let i = 0; i < bytes.length; i += chunk) r.push(bytes.subarray(i, i + chunk));
  r.end();
  return { out, reader: r };
}

describe('RecordReader', () => {
  it('splits CRLF and LF lines at any chunk size, with line numbers', () => {
    for (const chunk of [1, 2, 5, 100]) {
      expect(read('a,b\r\nc,d\ne,f', ',', chunk).out).toEqual([[['a', 'b'], 1], [['c', 'd'], 2], [['e', 'f'], 3]]);
    }
  });

  it('keeps line breaks, delimiters and doubled quotes inside quoted fields; numbers lines physically', () => {
    const { out } = read('"note\r\n\r\nmore, text",,,\r\n"HCPCS/\r\nCPT Code",X\r\n"say ""hi""",2\r\n');
    expect(out).toEqual([
      [['note\r\n\r\nmore, text', '', '', ''], 1],
      [['HCPCS/\r\nCPT Code', 'X'], 4],
      [['say "hi"', '2'], 6],
    ]);
  });

  it('treats a quote inside an unquoted tab field as text', () => {
    const { out } = read('11111\t22222\t5" wound\r\n33333\t44444\tx\r\n', '\t');
    expect(out).toEqual([[['11111', '22222', '5" wound'], 1], [['33333', '44444', 'x'], 2]]);
  });

  it('skips a UTF-8 byte-order mark and reads high bytes as Latin-1', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xae, 0x0a]);
    const out: string[][] = [];
    const r = new RecordReader(44, (f) => out.push(f));
    r.push(bytes);
    r.end();
    expect(out).toEqual([['A\u00ae']]);
  });

  it('flags an unclosed quote instead of reading the rest of the file as one field', () => {
    const { out, reader } = read('a,b\n"never closed,' + 'x'.repeat((1 << 20) + 10) + '\nc,d\n', ',', 65536);
    expect(out).toEqual([[['a', 'b'], 1]]);
    expect(reader.runaway).toBe(2);
  });
});
