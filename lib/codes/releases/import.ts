/**
 * Reads one file the user chose (an official zip, or a loose order / ANWEB / tabular file) into
 * imported releases, all or nothing: any bad line refuses the whole file with the file and line.
 * The same code runs in a Web Worker in the extension (never on the UI thread: a 15 MB order file
 * takes a second) and directly in Node (`--codes FILE`, tests, the build).
 *
 * Recognised files (CMS names with underscores, CDC names with hyphens, inside a folder or not):
 *   icd10cm_order_YYYY.txt / icd10cm-order-YYYY.txt (+ order addenda, codes file as cross-checks)
 *   icd10cm_tabular_YYYY.xml / icd10cm-tabular-YYYY.xml
 *   HCPCYYYY_MON_ANWEB*.txt
 * "April" in the zip or member name marks the April 1 update of fiscal year YYYY.
 */
import { strFromU8, unzipSync } from 'fflate';
import { parseOrderAddenda, type AddendaRecord } from '@/lib/codes/parse/addenda';
import { SourceFormatError, splitLines } from '@/lib/codes/parse/errors';
import { parseHcpcsFile } from '@/lib/codes/parse/hcpcs';
import { parseOrderLine } from '@/lib/codes/parse/order-file';
import { parseTabularXml } from '@/lib/codes/parse/tabular';
import { notesFileOf } from '@/lib/codes/build/assemble';
import { knownFile, sha256Hex, type KnownFile } from './known';
import type { ImportOutcome, ImportProgress, ImportedFile, ImportedMeta, ImportedRelease, ReleaseError, ReleaseErrorKind } from './model';

/** An official order zip is about 2.3 MB and the table-and-index zip about 21 MB; far larger is the wrong file. */
export const MAX_RELEASE_FILE_BYTES = 64 * 1024 * 1024;

export interface ImportOptions {
  onProgress?(p: ImportProgress): void;
  signal?: AbortSignal;
  now?: Date;
}

type Role = 'order' | 'orderAddenda' | 'codes' | 'codesAddenda' | 'tabular' | 'hcpcs';

interface Member {
  name: string;
  bytes: Uint8Array;
  role: Role;
  year: number;
  april: boolean;
  /** HCPCS quarter month (JAN, APR, JUL, OCT). */
  month?: string;
}

class Refused extends Error {
  constructor(readonly error: ReleaseError) {
    super(`${error.file}${error.line != null ? ` line ${error.line}` : ''}: ${error.kind}`);
  }
}

const refuse = (file: string, line: number | null, kind: ReleaseErrorKind, params: Record<string, string | number> = {}): never => {
  throw new Refused({ file, line, kind, params });
};

const MONTHS: Record<string, string> = { JAN: '01', APR: '04', JUL: '07', OCT: '10' };

/** The role of a member by its official name (CMS underscores or CDC hyphens, any folder). */
export function roleOf(path: string): { role: Role; year: number; april: boolean; month?: string } | null {
  const base = path.split('/').pop()!;
  const april = /april/i.test(base);
  const y = (re: RegExp) => re.exec(base);
  let m: RegExpExecArray | null;
  if ((m = y(/^icd10cm[-_]order[-_]addenda[-_](?:april[-_])?(\d{4})\.txt$/i))) return { role: 'orderAddenda', year: Number(m[1]), april };
  if ((m = y(/^icd10cm[-_]order[-_](?:april[-_])?(\d{4})\.txt$/i))) return { role: 'order', year: Number(m[1]), april };
  if ((m = y(/^icd10cm[-_]codes[-_]addenda[-_](?:april[-_])?(\d{4})\.txt$/i))) return { role: 'codesAddenda', year: Number(m[1]), april };
  if ((m = y(/^icd10cm[-_]codes[-_](?:april[-_])?(\d{4})\.txt$/i))) return { role: 'codes', year: Number(m[1]), april };
  if ((m = y(/^icd10cm[-_]tabular[-_](?:april[-_])?(\d{4})\.xml$/i))) return { role: 'tabular', year: Number(m[1]), april };
  if ((m = y(/^HCPC(\d{4})_([A-Z]{3})[A-Z]*_ANWEB.*\.txt$/i)) && MONTHS[m[2]!.toUpperCase()]) return { role: 'hcpcs', year: Number(m[1]), april: false, month: m[2]!.toUpperCase() };
  return null;
}

/** Content sniffing for a loose file whose name is not official: the layout decides the role. */
function sniff(bytes: Uint8Array): Role | null {
  const head = strFromU8(bytes.subarray(0, 400), true);
  if (/^\d{5} [A-Z][0-9A-Z]{2,6} *[01] /.test(head)) return 'order';
  if (/^\s*<\?xml[\s\S]*<ICD10CM\.tabular/.test(head)) return 'tabular';
  const first = head.split(/\r?\n/)[0] ?? '';
  if (first.length >= 293 && /^[37]$/.test(first[10] ?? '')) return 'hcpcs';
  return null;
}

function fileInfo(name: string, sha256: string, bytes: number, known: KnownFile | null): ImportedFile {
  return { name, sha256, bytes, official: known != null };
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

function checkAbort(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted) refuse(file, null, 'cancelled');
}

function asRefusal(e: unknown, fallbackFile: string): ReleaseError {
  if (e instanceof Refused) return e.error;
  if (e instanceof SourceFormatError) return { file: e.file, line: e.line, kind: 'format', params: { detail: e.expected } };
  return { file: fallbackFile, line: null, kind: 'format', params: { detail: e instanceof Error ? e.message : String(e) } };
}

/**
 * The text of a CMS/CDC text file: ASCII in practice, decoded as latin1 as the build does (the
 * platform decoder: fflate's is ten times slower on a 15 MB order file).
 */
const latin1Decoder = new TextDecoder('latin1');
const latin1 = (b: Uint8Array) => latin1Decoder.decode(b);

function requireTrailingNewline(text: string, file: string): void {
  // Every official text file ends its last record with a line break; a copy cut off at a line
  // boundary would otherwise parse as a shorter, "valid" release.
  if (text.length && !text.endsWith('\n')) refuse(file, splitLines(text).length, 'noTrailingNewline');
}

async function parseOrder(m: Member, opts: ImportOptions, base: number, span: number) {
  const text = latin1(m.bytes);
  if (!text.trim()) refuse(m.name, null, 'empty');
  requireTrailingNewline(text, m.name);
  const lines = splitLines(text);
  const codes: string[] = [];
  const billable = new Uint8Array(lines.length);
  const long: string[] = [];
  const short: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const r = parseOrderLine(lines[i]!, m.name, i + 1);
    if (r.order !== i + 1) refuse(m.name, i + 1, 'format', { detail: `expected order number ${i + 1}, found ${r.order} (file out of order or truncated)` });
    if (seen.has(r.code)) refuse(m.name, i + 1, 'format', { detail: `code ${r.code} appears twice` });
    seen.add(r.code);
    codes.push(r.code);
    billable[i] = r.billable ? 1 : 0;
    long.push(r.long);
    short.push(r.short);
    if (i % 10000 === 9999) {
      opts.onProgress?.({ fraction: base + (span * i) / lines.length, stage: 'parse' });
      await tick();
      checkAbort(opts.signal, m.name);
    }
  }
  // The tabular order ends with chapter 22 (U00-U85); a file that stops before it was cut short.
  const last = codes[codes.length - 1]!;
  if (!last.startsWith('U')) refuse(m.name, lines.length, 'incomplete', { last });
  return { codes, billable, long, short };
}

/** The addenda must agree with the order file they ship with: every add present, every pure delete gone. */
function checkAddenda(addenda: AddendaRecord[], file: string, order: { codes: string[]; billable: Uint8Array; long: string[] }): void {
  const row = new Map(order.codes.map((c, i) => [c, i]));
  const added = new Set(addenda.filter((a) => a.action === 'add').map((a) => a.code));
  for (const a of addenda) {
    const i = row.get(a.code);
    if (a.action === 'add' && (i == null || (order.billable[i] === 1) !== a.billable)) refuse(file, null, 'addendaMismatch', { code: a.code, action: 'add' });
    if (a.action === 'delete' && !added.has(a.code) && i != null) refuse(file, null, 'addendaMismatch', { code: a.code, action: 'delete' });
    // The new wording of a revised title is the order file's wording of that code.
    if (a.action === 'revise-to' && (i == null || order.long[i] !== a.long)) refuse(file, null, 'addendaMismatch', { code: a.code, action: 'revise' });
  }
}

function icd10Meta(year: number, april: boolean): Pick<ImportedMeta, 'id' | 'name' | 'effectiveFrom' | 'effectiveTo'> {
  return april
    ? { id: `icd10cm-fy${year}-apr`, name: `ICD-10-CM FY${year} April 1 update`, effectiveFrom: `${year}-04-01`, effectiveTo: `${year}-09-30` }
    : { id: `icd10cm-fy${year}`, name: `ICD-10-CM FY${year} (October 1, ${year - 1} release)`, effectiveFrom: `${year - 1}-10-01`, effectiveTo: `${year}-09-30` };
}

const MONTH_NAMES: Record<string, string> = { JAN: 'January', APR: 'April', JUL: 'July', OCT: 'October' };

async function readMembers(fileName: string, bytes: Uint8Array, opts: ImportOptions): Promise<{ members: Member[]; shas: Map<string, string> }> {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const zipApril = /april/i.test(fileName);
  const shas = new Map<string, string>();
  if (!isZip) {
    const r = roleOf(fileName);
    if (r) return { members: [{ name: fileName, bytes, ...r }], shas };
    const role = sniff(bytes);
    if (!role) return refuse(fileName, null, 'unknownFile');
    // A known checksum names the release even when the file was renamed.
    const known = knownFile(await sha256Hex(bytes));
    const named = known ? roleOf(known.name) : null;
    if (!named) return refuse(fileName, null, 'noYear');
    return { members: [{ name: fileName, bytes, ...named, role }], shas };
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => roleOf(f.name) != null && !f.name.startsWith('__MACOSX/') });
  } catch (e) {
    return refuse(fileName, null, 'badZip', { detail: e instanceof Error ? e.message : String(e) });
  }
  opts.onProgress?.({ fraction: 0.15, stage: 'unzip' });
  await tick();
  checkAbort(opts.signal, fileName);
  const members: Member[] = [];
  for (const [name, data] of Object.entries(entries)) {
    const r = roleOf(name)!;
    members.push({ name: name.split('/').pop()!, bytes: data, ...r, april: r.april || zipApril });
  }
  if (!members.some((m) => m.role === 'order' || m.role === 'tabular' || m.role === 'hcpcs')) refuse(fileName, null, 'noReleaseFile');
  return { members, shas };
}

/**
 * Reads `bytes` (the chosen file) into releases. Never throws for bad input: the outcome says why,
 * with the file and line.
 */
export async function importReleaseFile(fileName: string, bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportOutcome> {
  try {
    if (!bytes.length) refuse(fileName, null, 'empty');
    if (bytes.length > MAX_RELEASE_FILE_BYTES) refuse(fileName, null, 'tooBig', { mb: Math.round(bytes.length / 1e6), max: MAX_RELEASE_FILE_BYTES / (1024 * 1024) });
    opts.onProgress?.({ fraction: 0, stage: 'hash' });
    const fileSha = await sha256Hex(bytes);
    const fileKnown = knownFile(fileSha);
    const { members } = await readMembers(fileName, bytes, opts);
    const importedAt = (opts.now ?? new Date()).toISOString();

    const files: ImportedFile[] = [];
    for (const m of members) {
      const sha = await sha256Hex(m.bytes);
      files.push(fileInfo(m.name, sha, m.bytes.length, knownFile(sha)));
    }
    const key = (m: Member) => `${m.year}${m.april ? '-apr' : ''}`;
    const primary = members.filter((m) => m.role === 'order' || m.role === 'tabular' || m.role === 'hcpcs');
    // One release per file keeps "all or nothing" and "remove one release" simple to reason about.
    const years = new Set(primary.map((m) => `${m.role === 'hcpcs' ? `h${m.month}` : ''}${key(m)}`));
    if (years.size > 1 && !primary.every((m) => m.role !== 'hcpcs' && key(m) === key(primary[0]!))) refuse(fileName, null, 'mixedReleases', { names: primary.map((m) => m.name).join(', ') });

    const releases: ImportedRelease[] = [];
    const verifiedFor = (own: Member[]) => fileKnown != null || own.every((m) => files.find((f) => f.name === m.name)!.official);
    const metaBase = (own: Member[]) => ({
      fileName,
      fileSha256: fileSha,
      fileBytes: bytes.length,
      files: files.filter((f) => own.some((m) => m.name === f.name)),
      verified: verifiedFor(own),
      publisher: fileKnown?.publisher ?? (own.every((m) => files.find((f) => f.name === m.name)!.official) ? (knownFile(files.find((f) => f.name === own[0]!.name)!.sha256)?.publisher ?? null) : null),
      importedAt,
    });

    const order = members.find((m) => m.role === 'order');
    if (order) {
      const others = members.filter((m) => m.role !== 'tabular' && m.role !== 'hcpcs' && key(m) !== key(order));
      // Addenda or codes files of another year describe another release: the download was mixed up.
      if (others.length) refuse(fileName, null, 'mixedReleases', { names: [order, ...others].map((m) => m.name).join(', ') });
      const own = members.filter((m) => m.role !== 'tabular' && m.role !== 'hcpcs' && key(m) === key(order));
      const parsed = await parseOrder(order, opts, 0.2, 0.55);
      opts.onProgress?.({ fraction: 0.78, stage: 'check' });
      const addenda = own.find((m) => m.role === 'orderAddenda');
      if (addenda) checkAddenda(parseOrderAddenda(latin1(addenda.bytes), addenda.name), addenda.name, parsed);
      const codesFile = own.find((m) => m.role === 'codes');
      if (codesFile) {
        const text = latin1(codesFile.bytes);
        requireTrailingNewline(text, codesFile.name);
        const lines = splitLines(text);
        const billableCount = parsed.billable.reduce((n, b) => n + b, 0);
        if (lines.length !== billableCount) refuse(codesFile.name, null, 'codesMismatch', { codes: lines.length, billable: billableCount });
      }
      releases.push({
        meta: { ...icd10Meta(order.year, order.april), system: 'icd10cm', ...metaBase(own), count: parsed.codes.length },
        content: { system: 'icd10cm', ...parsed },
      });
    }
    const tabular = members.find((m) => m.role === 'tabular');
    if (tabular) {
      const text = new TextDecoder().decode(tabular.bytes);
      const list = parseTabularXml(text, tabular.name);
      const id = `icd10cm-tabular-fy${tabular.year}${tabular.april ? '-apr' : ''}`;
      const name = `ICD-10-CM Tabular List FY${tabular.year}${tabular.april ? ' April 1 update' : ''}`;
      const notes = notesFileOf(list, name);
      const m = icd10Meta(tabular.year, tabular.april);
      releases.push({
        meta: { id, name, effectiveFrom: m.effectiveFrom, effectiveTo: m.effectiveTo, system: 'notes', ...metaBase([tabular]), count: notes.blocks.length },
        content: { system: 'notes', notes },
      });
    }
    const hcpcs = members.find((m) => m.role === 'hcpcs');
    if (hcpcs) {
      const text = latin1(hcpcs.bytes);
      requireTrailingNewline(text, hcpcs.name);
      opts.onProgress?.({ fraction: 0.3, stage: 'parse' });
      const records = parseHcpcsFile(text, hcpcs.name);
      if (!records.length) refuse(hcpcs.name, null, 'empty');
      const month = hcpcs.month!;
      releases.push({
        meta: {
          id: `hcpcs-${hcpcs.year}-${month.toLowerCase()}`,
          system: 'hcpcs',
          name: `HCPCS Level II ${MONTH_NAMES[month]} ${hcpcs.year}`,
          effectiveFrom: `${hcpcs.year}-${MONTHS[month]}-01`,
          effectiveTo: null,
          ...metaBase([hcpcs]),
          count: records.length,
        },
        content: { system: 'hcpcs', records },
      });
    }
    checkAbort(opts.signal, fileName);
    opts.onProgress?.({ fraction: 0.85, stage: 'check' });
    return { ok: true, releases };
  } catch (e) {
    return { ok: false, error: asRefusal(e, fileName) };
  }
}
