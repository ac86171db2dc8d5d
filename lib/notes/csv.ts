/**
 * Plain CSV export of notes, for a practice-management system or a supervisor. It is PHI in clear:
 * the UI must show a warning and get an explicit confirmation before calling it.
 *
 * RFC 4180 quoting; cells that a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return) get a leading apostrophe (OWASP "CSV Injection"), since note text is typed from
 * calls and portals.
 */
import type { Note } from './types';

export const CSV_COLUMNS = [
  'created', 'claim_number', 'payer', 'kind', 'contact', 'reference_number', 'outcome', 'note', 'next_follow_up', 'status',
] as const;

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function notesToCsv(notes: readonly Note[]): string {
  const lines = [CSV_COLUMNS.join(',')];
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
