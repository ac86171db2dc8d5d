/**
 * Reads a CPT descriptor file the user licensed from the AMA (never shipped with the extension).
 * The AMA and resellers ship several layouts, so this accepts:
 *   - CSV (RFC 4180: quoted fields, "" escapes, quoted line breaks), with or without a header row;
 *   - TSV (tab-separated, same quoting), with or without a header row;
 *   - TXT: "code descriptor" per line, the code in columns 1-5 and the descriptor after the
 *     spaces that follow it (the fixed-width "code, space, descriptor" data files).
 * A header row may be preceded by a few notice lines (copyright banners), which are skipped.
 * With a header, the code and descriptor columns are found by name ("CPT Code", "Long
 * Descriptor", "Short Descriptor"); without one, the first column holding a CPT code is the code
 * and the next one the descriptor.
 *
 * All or nothing: any bad line rejects the whole file, with the line numbers of up to
 * MAX_ERRORS problems, so a half-read file never replaces a good import.
 */
import type { LicensedCptEntry } from './tables';
import { readCsv } from '@/lib/platform/csv';
import { cptCategory } from './shapes';

export type CptLayout = 'csv' | 'tsv' | 'txt';

/**
 * What is wrong, as a kind plus values, so the UI can say it in the user's language
 * (lib/codes/strings.ts has `codeData.error.<kind>` for each).
 */
export type CptErrorKind =
  | 'notText'
  | 'empty'
  | 'noRows'
  | 'tooManyRows'
  | 'noCodeColumn'
  | 'noDescriptorColumn'
  | 'unclosedQuote'
  | 'textAfterQuote'
  | 'missingCode'
  | 'badCode'
  | 'badCodeZeros'
  | 'noDescriptor'
  | 'emptyDescriptor'
  | 'descriptorTooLong'
  | 'extraColumnsComma'
  | 'extraColumnsTab'
  | 'conflictingDuplicate';

export const CPT_ERROR_KINDS: readonly CptErrorKind[] = [
  'notText', 'empty', 'noRows', 'tooManyRows', 'noCodeColumn', 'noDescriptorColumn', 'unclosedQuote', 'textAfterQuote', 'missingCode',
  'badCode', 'badCodeZeros', 'noDescriptor', 'emptyDescriptor', 'descriptorTooLong', 'extraColumnsComma', 'extraColumnsTab', 'conflictingDuplicate',
];

export interface CptImportError {
  /** 1-based line in the file, or null for a problem with the file as a whole. */
  line: number | null;
  kind: CptErrorKind;
  params: Record<string, string | number>;
}

export type CptImportResult =
  | { ok: true; entries: LicensedCptEntry[]; layout: CptLayout; header: boolean; skippedLines: number; duplicatesIgnored: number }
  | { ok: false; errors: CptImportError[]; moreErrors: boolean };

export const MAX_ERRORS = 20;
/** The longest CPT long descriptors run to several hundred characters; far longer means a broken row. */
export const MAX_DESCRIPTOR = 2000;
/** CPT has about 11,000 codes; a file this large is not a CPT descriptor file. */
export const MAX_ENTRIES = 50_000;
/** Notice lines allowed before a header row. */
const MAX_PREAMBLE = 10;

/** CPT Category I (5 digits), II (####F), III (####T) and PLA (####U) rows: shapes.ts, MAAA (####M) aside as before. */
function isCptCode(code: string): boolean {
  const category = cptCategory(code);
  return category !== null && category !== 'MAAA';
}
const HEADER_WORD = /\b(code|cpt|hcpcs|descriptor|description|desc)\b/i;

interface Row {
  line: number;
  fields: string[];
}

class Collector {
  readonly errors: CptImportError[] = [];
  more = false;
  add(line: number | null, kind: CptErrorKind, params: Record<string, string | number> = {}): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ line, kind, params });
    else this.more = true;
  }
  get full(): boolean {
    return this.errors.length >= MAX_ERRORS;
  }
}

/** Delimited rows through the one CSV reader; its quoting problems join the import's errors. */
function delimitedRows(text: string, delimiter: string, firstLine: number, errors: Collector): Row[] {
  const { rows, issues } = readCsv(text, { delimiter, firstLine });
  for (const issue of issues) errors.add(issue.line, issue.kind, issue.params);
  return rows;
}

/** "code  descriptor" lines: the code, then at least one space or tab, then the descriptor. */
function textRows(lines: string[], firstLine: number): Row[] {
  const rows: Row[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const m = /^\s*(\S+)(?:\s+(.*))?$/.exec(raw)!;
    rows.push({ line: firstLine + i, fields: [m[1]!, m[2] ?? ''] });
  });
  return rows;
}

function significant(lines: string[], n: number): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  for (let i = 0; i < lines.length && out.length < n; i++) if (lines[i]!.trim()) out.push({ line: i + 1, text: lines[i]! });
  return out;
}

/** Column names, no value that starts with a digit (a data row with a bad code is not a header). */
function looksLikeHeader(line: string): boolean {
  return HEADER_WORD.test(line) && !line.split(/[\t,\s"]+/).some((w) => /^\d/.test(w));
}

function layoutOf(line: string, header: boolean): CptLayout {
  if (line.includes('\t')) return 'tsv';
  if (header) return line.includes(',') ? 'csv' : 'txt';
  // A data row is CSV when the code alone stands before the first comma ("99213,..." or "\"99213\",...");
  // "99213 Office visit, new" is a text row whose descriptor holds a comma.
  return /^\s*("[^"]*"|[^\s",]+)\s*,/.test(line) ? 'csv' : 'txt';
}

interface Columns {
  code: number;
  descriptor: number;
  short: number | null;
  /** Most fields a row may have: more means an unquoted comma split a descriptor. */
  width: number;
}

const isDesc = (name: string) => /desc/.test(name);

function columnsFromHeader(fields: string[]): Columns | { kind: 'noCodeColumn' | 'noDescriptorColumn'; found: string } {
  const names = fields.map((f) => f.trim().toLowerCase());
  const code = names.findIndex((n) => /\bcode\b/.test(n) && !/desc/.test(n));
  const long = names.findIndex((n) => isDesc(n) && /\blong\b/.test(n));
  const plain = names.findIndex((n) => isDesc(n) && !/\b(short|consumer|clinician|medium)\b/.test(n));
  const any = names.findIndex(isDesc);
  const descriptor = long >= 0 ? long : plain >= 0 ? plain : any;
  const shortCol = names.findIndex((n, i) => isDesc(n) && /\bshort\b/.test(n) && i !== descriptor);
  const found = fields.map((f) => `“${f.trim()}”`).join(', ');
  if (code < 0) return { kind: 'noCodeColumn', found };
  if (descriptor < 0) return { kind: 'noDescriptorColumn', found };
  return { code, descriptor, short: shortCol >= 0 ? shortCol : null, width: fields.length };
}

function cleanDescriptor(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** Parses the text of a licensed CPT file. Never throws on bad input: problems come back with their lines. */
export function parseLicensedCpt(input: string): CptImportResult {
  const text = input.replace(/^\uFEFF/, '');
  const errors = new Collector();
  const fail = (): CptImportResult => ({ ok: false, errors: errors.errors, moreErrors: errors.more });
  // Control characters other than tab and line breaks: a workbook, PDF or archive, not text.
  // oxlint-disable-next-line no-control-regex -- detecting them is the point
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text.slice(0, 4096))) {
    errors.add(null, 'notText');
    return fail();
  }
  const lines = text.split(/\r\n|\n|\r/);
  const head = significant(lines, MAX_PREAMBLE + 1);
  if (!head.length) {
    errors.add(null, 'empty');
    return fail();
  }
  // The header, if any: the first line, or a delimited line after a short notice (copyright banner).
  const headerAt = looksLikeHeader(head[0]!.text) ? head[0]! : head.slice(1).find((l) => looksLikeHeader(l.text) && /[\t,]/.test(l.text));
  const first = headerAt ?? head[0]!;
  const layout = layoutOf(first.text, !!headerAt);
  const body = lines.slice(first.line - 1);
  const rows = layout === 'txt' ? textRows(body, first.line) : delimitedRows(body.join('\n'), layout === 'tsv' ? '\t' : ',', first.line, errors);
  const skippedLines = head.filter((l) => l.line < first.line).length;

  let columns: Columns;
  let data = rows;
  if (headerAt) {
    const cols = layout === 'txt' ? { code: 0, descriptor: 1, short: null, width: 2 } : columnsFromHeader(rows[0]!.fields);
    if ('kind' in cols) {
      errors.add(headerAt.line, cols.kind, { found: cols.found });
      return fail();
    }
    columns = cols;
    data = rows.slice(1);
  } else {
    const fields = rows[0]?.fields ?? [];
    const code = fields.findIndex((f) => isCptCode(f.trim().toUpperCase()));
    // Without a header the descriptor must be the last column: the one after the code.
    columns = { code: Math.max(0, code), descriptor: Math.max(0, code) + 1, short: null, width: Math.max(0, code) + 2 };
  }
  if (!data.length && !errors.errors.length) {
    errors.add(null, 'noRows');
    return fail();
  }
  if (data.length > MAX_ENTRIES) {
    errors.add(null, 'tooManyRows', { rows: data.length, max: MAX_ENTRIES });
    return fail();
  }

  const entries: LicensedCptEntry[] = [];
  const firstSeen = new Map<string, { line: number; descriptor: string }>();
  let duplicatesIgnored = 0;
  for (const row of data) {
    if (errors.full) {
      errors.more = true;
      break;
    }
    const rawCode = (row.fields[columns.code] ?? '').trim();
    const code = rawCode.toUpperCase();
    if (!isCptCode(code)) {
      if (!rawCode) errors.add(row.line, 'missingCode');
      // Spreadsheets drop leading zeros: anesthesia code 00100 becomes 100.
      else errors.add(row.line, /^\d{1,4}$/.test(rawCode) ? 'badCodeZeros' : 'badCode', { value: rawCode.length > 20 ? `${rawCode.slice(0, 20)}…` : rawCode });
      continue;
    }
    if (row.fields.length <= columns.descriptor) {
      errors.add(row.line, 'noDescriptor', { code });
      continue;
    }
    if (row.fields.length > columns.width) {
      errors.add(row.line, layout === 'tsv' ? 'extraColumnsTab' : 'extraColumnsComma', { found: row.fields.length, expected: columns.width });
      continue;
    }
    const descriptor = cleanDescriptor(row.fields[columns.descriptor]!);
    if (!descriptor) {
      errors.add(row.line, 'emptyDescriptor', { code });
      continue;
    }
    if (descriptor.length > MAX_DESCRIPTOR) {
      errors.add(row.line, 'descriptorTooLong', { code, length: descriptor.length, max: MAX_DESCRIPTOR });
      continue;
    }
    const short = columns.short != null ? cleanDescriptor(row.fields[columns.short] ?? '').slice(0, MAX_DESCRIPTOR) || null : null;
    const seen = firstSeen.get(code);
    if (seen) {
      if (seen.descriptor === descriptor) duplicatesIgnored++;
      else errors.add(row.line, 'conflictingDuplicate', { code, firstLine: seen.line });
      continue;
    }
    firstSeen.set(code, { line: row.line, descriptor });
    entries.push(short ? { code, descriptor, shortDescriptor: short } : { code, descriptor });
  }
  if (errors.errors.length) return fail();
  return { ok: true, entries, layout, header: !!headerAt, skippedLines, duplicatesIgnored };
}

/**
 * Decodes the bytes of the chosen file: UTF-8 (with or without a BOM), else Windows-1252, the
 * encoding of older AMA text files and of CSV saved by Excel on Windows.
 */
export function decodeCptFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
