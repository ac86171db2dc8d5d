import { describe, expect, it } from 'vitest';
import { csvCell, notesToCsv } from './csv';
import type { Note } from './types';

describe('CSV export', () => {
  it('quotes every cell per RFC 4180 and neutralises spreadsheet formulas (issue 17 item 6)', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a; b')).toBe('"a; b"');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
    expect(csvCell('@SUM')).toBe(`"'@SUM"`);
  });

  it('neutralises a formula after ; or a tab, where European Excel starts a new cell (issue 17 item 6)', () => {
    expect(csvCell('ok;=HYPERLINK("http://x")')).toBe(`"ok;'=HYPERLINK(""http://x"")"`);
    expect(csvCell('ref 12\t+cmd|calc')).toBe(`"ref 12\t'+cmd|calc"`);
    expect(csvCell('a;-1;@x; =y')).toBe(`"a;'-1;'@x; =y"`);
  });

  it('writes a header and one CRLF line per note, with a UTF-8 BOM', () => {
    const note: Note = {
      id: 'n', claimRef: '224', payer: 'Acmé', createdAt: Date.UTC(2026, 10, 26, 14, 5), updatedAt: 0, revisionId: 'r',
      kind: 'call', status: 'pending', contact: 'Dana', referenceNumber: 'R1', outcome: 'ok', text: 'said "yes", will call', nextFollowUp: '2026-12-01',
    };
    const csv = notesToCsv([note]);
    expect(csv.startsWith('\uFEFF"created","claim_number","payer","kind","contact","reference_number","outcome","note","next_follow_up","status"\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('"2026-11-26T14:05:00.000Z","224","Acmé","call","Dana","R1","ok","said ""yes"", will call","2026-12-01","pending"');
  });
});
