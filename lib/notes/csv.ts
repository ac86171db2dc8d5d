/**
 * Plain CSV export of notes, for a practice-management system or a supervisor. It is PHI in clear:
 * the UI must show a warning and get an explicit confirmation before calling it.
 *
 * Every cell is quoted (RFC 4180), so no value can end a cell early whatever the reader's
 * separator. Cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage
 * return) get a leading apostrophe (OWASP "CSV Injection"), since note text is typed from calls and
 * portals. The same happens after every `;` and tab inside a cell: French and most European Excel
 * locales split on `;` (and a pasted cell on tabs), so "ok;=HYPERLINK(...)" would otherwise start a
 * formula in the next column.
 */
import type { Note } from './types';

export const CSV_COLUMNS = [
  'created', 'claim_number', 'payer', 'kind', 'contact', 'reference_number', 'outcome', 'note', 'next_follow_up', 'status',
] as const;

export function csvCell(value: string): string {
  const lead = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const safe = lead.replace(/([;\t])(?=[=+\-@])/g, "$1'");
  return `"${safe.replace(/"/g, '""')}"`;
}

export function notesToCsv(notes: readonly Note[]): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const n of notes) {
    const cells = [
      new Date(n.createdAt).toISOString(), n.claimRef, n.payer ?? '', n.kind, n.contact, n.referenceNumber,
      n.outcome, n.text, n.nextFollowUp ?? '', n.status,
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  // CRLF per RFC 4180, and a BOM so Excel reads UTF-8 accents correctly.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
