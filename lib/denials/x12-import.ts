/**
 * Import of the official X12 CARC (code list 139) and RARC (code list 411) lists, which the user
 * must be licensed for: we never bundle them. A `Code,Description` CSV is parsed completely and
 * stored only when every row is valid (all-or-nothing), in the extension's own IndexedDB.
 * The playbook then shows the official description for codes it does not explain itself.
 */
import { Dexie, type Table } from 'dexie';
import type { OfficialLists } from './types';
import { readCsv, type CsvIssueKind } from '@/lib/platform/csv';

export type X12List = 'carc' | 'rarc';

export interface X12Row {
  list: X12List;
  code: string;
  description: string;
  /** ISO date the code stopped being valid, when the list says so ("Stop: 07/01/2024"). */
  stop: string | null;
}

export interface X12ImportMeta {
  list: X12List;
  fileName: string;
  importedAt: string;
  count: number;
}

/** A refused line, as data: the UI says it in the user's language (claimsSettings.x12.error.<kind>). */
export type X12ErrorKind =
  | CsvIssueKind | 'empty' | 'header' | 'columns' | 'badCode' | 'duplicate' | 'noDescription' | 'noCodes';

export interface CsvError {
  /** 1-based line of the file. */
  line: number;
  kind: X12ErrorKind;
  params: Record<string, string | number>;
}

export type ParseResult = { ok: true; rows: X12Row[] } | { ok: false; errors: CsvError[] };

// CARC: 1-3 digits (1..300) or a letter and 1-2 digits (A1, B7, P21, W1, Y3). RARC: M, N or MA + digits.
const CODE_SHAPE: Record<X12List, RegExp> = {
  carc: /^(?:[1-9]\d{0,2}|[A-Z]\d{1,2})$/,
  rarc: /^(?:MA|M|N)\d{1,3}$/,
};

const MAX_ERRORS = 20;

/** "07/01/2024" -> "2024-07-01". */
function usDateToIso(us: string): string {
  const [m, d, y] = us.split('/');
  return `${y}-${m}-${d}`;
}

/**
 * Some published copies glue "Start: … | Last Modified: … Stop: … Notes: …" onto the text; keep the
 * description and the stop date, drop the rest.
 */
function splitDescription(raw: string): { description: string; stop: string | null } {
  const stop = /Stop:\s*(\d{2}\/\d{2}\/\d{4})/.exec(raw);
  const start = raw.search(/Start:\s*\d{2}\/\d{2}\/\d{4}/);
  const description = (start >= 0 ? raw.slice(0, start) : raw).replace(/\s+/g, ' ').trim();
  return { description, stop: stop ? usDateToIso(stop[1]!) : null };
}

export function parseX12Csv(text: string, list: X12List): ParseResult {
  const { rows: nonEmpty, issues } = readCsv(text, { trim: false });
  const errors: CsvError[] = [...issues];
  const header = nonEmpty[0];
  if (!header) return { ok: false, errors: [{ line: 1, kind: 'empty', params: {} }] };
  const [h1, h2] = header.fields.map((f) => f.trim().toLowerCase());
  if (h1 !== 'code' || h2 !== 'description') {
    return { ok: false, errors: [{ line: header.line, kind: 'header', params: {} }] };
  }
  const rows: X12Row[] = [];
  const seen = new Map<string, number>();
  for (const record of nonEmpty.slice(1)) {
    if (errors.length >= MAX_ERRORS) break;
    const code = (record.fields[0] ?? '').trim().toUpperCase();
    const rawDescription = record.fields.slice(1).join(',');
    if (record.fields.length < 2) { errors.push({ line: record.line, kind: 'columns', params: {} }); continue; }
    if (!CODE_SHAPE[list].test(code)) {
      errors.push({ line: record.line, kind: 'badCode', params: { code } });
      continue;
    }
    const previous = seen.get(code);
    if (previous !== undefined) { errors.push({ line: record.line, kind: 'duplicate', params: { code, first: previous } }); continue; }
    seen.set(code, record.line);
    const { description, stop } = splitDescription(rawDescription);
    if (!description) { errors.push({ line: record.line, kind: 'noDescription', params: { code } }); continue; }
    rows.push({ list, code, description, stop });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (rows.length === 0) return { ok: false, errors: [{ line: header.line, kind: 'noCodes', params: {} }] };
  return { ok: true, rows };
}

export class X12Db extends Dexie {
  codes!: Table<X12Row, [X12List, string]>;
  imports!: Table<X12ImportMeta, X12List>;

  constructor(options?: ConstructorParameters<typeof Dexie>[1]) {
    super('remit-ranger-x12', options);
    this.version(1).stores({ codes: '[list+code], list', imports: 'list' });
  }
}

export type ImportResult = { ok: true; meta: X12ImportMeta } | { ok: false; errors: CsvError[] };

/** Replaces the stored list only when the whole file is valid; a bad file leaves the old one intact. */
export async function importX12List(db: X12Db, list: X12List, text: string, fileName: string, now: Date = new Date()): Promise<ImportResult> {
  const parsed = parseX12Csv(text, list);
  if (!parsed.ok) return parsed;
  const meta: X12ImportMeta = { list, fileName, importedAt: now.toISOString(), count: parsed.rows.length };
  await db.transaction('rw', db.codes, db.imports, async () => {
    await db.codes.where('list').equals(list).delete();
    await db.codes.bulkPut(parsed.rows);
    await db.imports.put(meta);
  });
  return { ok: true, meta };
}

export async function removeX12List(db: X12Db, list: X12List): Promise<void> {
  await db.transaction('rw', db.codes, db.imports, async () => {
    await db.codes.where('list').equals(list).delete();
    await db.imports.delete(list);
  });
}

/** Loads what was imported, for `CheckSettings.officialLists` and the playbook's fallback. */
export async function loadOfficialLists(db: X12Db): Promise<OfficialLists> {
  const rows = await db.codes.toArray();
  const carc = new Map<string, string>();
  const rarc = new Map<string, string>();
  for (const row of rows) (row.list === 'carc' ? carc : rarc).set(row.code, row.description);
  return { carc, rarc };
}

export async function listImports(db: X12Db): Promise<X12ImportMeta[]> {
  return db.imports.toArray();
}
