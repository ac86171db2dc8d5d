/**
 * The stored form of an imported release: the RRCT container (pack.ts: JSON header + typed
 * arrays) with every text column joined into one UTF-8 array, deflated with fflate. A full order
 * file (15 MB of text, 98,000 rows) becomes about 2-3 MB, and reading it back is one inflate and a
 * few splits instead of structured-cloning 98,000 objects out of IndexedDB.
 */
import { deflateSync, inflateSync } from 'fflate';
import type { HcpcsRecord } from '@/lib/codes/parse/hcpcs';
import { pack, unpack } from '@/lib/codes/pack';
import type { ImportedMeta, ImportedRelease, ReleaseContent } from './model';

export const RELEASE_FORMAT = 1;

interface Header {
  format: number;
  meta: ImportedMeta;
  system: ReleaseContent['system'];
  /** Number of rows in each text column. */
  rows: number;
  columns: string[];
}

const SEP = '\n';

function joinColumns(columns: string[][]): Uint8Array {
  // Titles never hold a line break (they come from line-based files), so one joins them safely.
  return new TextEncoder().encode(columns.map((c) => c.join(SEP)).join(SEP));
}

/**
 * Raw DEFLATE through the platform's CompressionStream when there is one (native zlib in Chromium
 * and Firefox pages and workers: several times faster than a JS inflater on 15 MB), else fflate.
 * Both produce and read the same raw DEFLATE stream.
 */
async function viaStream(data: Uint8Array, make: () => CompressionStream | DecompressionStream): Promise<Uint8Array | null> {
  if (typeof CompressionStream === 'undefined' || typeof Response === 'undefined' || typeof Blob === 'undefined') return null;
  try {
    const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(make() as unknown as ReadableWritablePair<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>);
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null; // no deflate-raw support: fall back to fflate
  }
}

export async function encodeReleaseAsync(r: ImportedRelease): Promise<Uint8Array> {
  const packed = packRelease(r);
  return (await viaStream(packed, () => new CompressionStream('deflate-raw'))) ?? deflateSync(packed, { level: 6 });
}

export async function decodeReleaseAsync(stored: Uint8Array): Promise<ImportedRelease> {
  return unpackRelease((await viaStream(stored, () => new DecompressionStream('deflate-raw'))) ?? inflateSync(stored));
}

export function encodeRelease(r: ImportedRelease): Uint8Array {
  return deflateSync(packRelease(r), { level: 6 });
}

function packRelease(r: ImportedRelease): Uint8Array {
  const c = r.content;
  let columns: string[][];
  let names: string[];
  const arrays: Record<string, Uint8Array> = {};
  if (c.system === 'icd10cm') {
    names = ['codes', 'long', 'short'];
    columns = [c.codes, c.long, c.short];
    arrays.billable = c.billable;
  } else if (c.system === 'hcpcs') {
    names = ['codes', 'long', 'short', 'added', 'actionEffective', 'terminated', 'action'];
    const rs = c.records;
    columns = [rs.map((x) => x.code), rs.map((x) => x.long), rs.map((x) => x.short), rs.map((x) => x.added ?? ''), rs.map((x) => x.actionEffective ?? ''), rs.map((x) => x.terminated ?? ''), rs.map((x) => x.action)];
    arrays.modifier = Uint8Array.from(rs, (x) => (x.kind === 'modifier' ? 1 : 0));
  } else {
    names = ['json'];
    columns = [[JSON.stringify(c.notes)]];
  }
  const rows = columns[0]!.length;
  for (const col of columns) if (col.some((v) => v.includes(SEP))) throw new Error(`encodeRelease: a value holds a line break (${r.meta.id})`);
  arrays.text = joinColumns(columns);
  const header: Header = { format: RELEASE_FORMAT, meta: r.meta, system: c.system, rows, columns: names };
  return pack(header, arrays);
}

/** Meta only, without splitting the text (the options page lists releases). */
export function decodeMeta(stored: Uint8Array): ImportedMeta {
  return unpack<Header>(inflateSync(stored), 'imported release').header.meta;
}

export function decodeRelease(stored: Uint8Array): ImportedRelease {
  return unpackRelease(inflateSync(stored));
}

function unpackRelease(packed: Uint8Array): ImportedRelease {
  const { header, arrays } = unpack<Header>(packed, 'imported release');
  if (header.format !== RELEASE_FORMAT) throw new Error(`imported release ${header.meta?.id}: format ${header.format}, expected ${RELEASE_FORMAT} (import the file again)`);
  const text = new TextDecoder().decode(arrays.text as Uint8Array);
  const all = header.system === 'notes' ? [text] : text.split(SEP);
  const n = header.rows;
  if (all.length !== n * header.columns.length) throw new Error(`imported release ${header.meta.id}: damaged (expected ${n * header.columns.length} values, found ${all.length})`);
  const col = (k: number) => all.slice(k * n, (k + 1) * n);
  if (header.system === 'icd10cm') {
    return { meta: header.meta, content: { system: 'icd10cm', codes: col(0), long: col(1), short: col(2), billable: Uint8Array.from(arrays.billable as Uint8Array) } };
  }
  if (header.system === 'hcpcs') {
    const [codes, long, short, added, eff, term, action] = [0, 1, 2, 3, 4, 5, 6].map(col) as string[][];
    const mod = arrays.modifier as Uint8Array;
    const records: HcpcsRecord[] = codes!.map((code, i) => ({
      kind: mod[i] ? 'modifier' : 'code',
      code,
      long: long![i]!,
      short: short![i]!,
      added: added![i] || null,
      actionEffective: eff![i] || null,
      terminated: term![i] || null,
      action: action![i]!,
    }));
    return { meta: header.meta, content: { system: 'hcpcs', records } };
  }
  return { meta: header.meta, content: { system: 'notes', notes: JSON.parse(text) } };
}
