/**
 * Streaming import of CMS edit files: plain .txt/.csv or CMS's zips (read with fflate's streaming
 * Unzip, member by member, chunk by chunk). Nothing is held as a whole-file string: bytes go through
 * the RecordReader into a parser that appends to compact typed arrays. All or nothing: any error in
 * any file of one import rejects the whole import (the store is only written when this succeeds).
 * Pure of storage and of the browser; the CLI and the bench use it as the options page does.
 */
import { Unzip, UnzipInflate } from 'fflate';
import { isoFromDay, nextQuarterStart, quarterLabel, quarterStartOf } from './codes';
import { identifyFile, type FileIdentity } from './identify';
import { AocParser, MAX_ERRORS, MueParser, PtpParser, type EditsError, type FileParser } from './parse';
import { RecordReader } from './records';
import { tableBytes, tableRows, type EditFile } from './tables';

export interface EditsSource {
  name: string;
  size: number;
  /** The file's bytes, in chunks of any size. */
  chunks(): AsyncIterable<Uint8Array>;
}

export interface ImportProgress {
  /** Source being read. */
  file: string;
  bytesDone: number;
  bytesTotal: number;
  /** Rows (records) read so far over the whole import. */
  records: number;
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  now?: Date;
}

export type ImportResult =
  | { ok: true; files: EditFile[] }
  | { ok: false; cancelled: boolean; errors: EditsError[] };

interface Open {
  name: string;
  id: FileIdentity;
  parser: FileParser;
  reader: RecordReader;
}

function openParser(name: string, id: FileIdentity, onRecord: () => void): Open {
  const parser: FileParser = id.kind === 'ptp' ? new PtpParser(name)
    : id.kind === 'mue' ? new MueParser(name)
      : new AocParser(name, /\.csv$/i.test(name) ? 0x2c : 0x09);
  const reader = new RecordReader(parser.delimiter, (fields, line) => { onRecord(); parser.record(fields, line); });
  return { name, id, parser, reader };
}

/** Browser ReadableStream → async chunks (async iteration of streams is not in every browser yet). */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      if (value) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export function fileSource(file: File): EditsSource {
  return { name: file.name, size: file.size, chunks: () => streamChunks(file.stream()) };
}

/** A source from bytes already in memory (tests, small files). */
export function bytesSource(name: string, bytes: Uint8Array, chunkSize = 64 * 1024): EditsSource {
  return {
    name, size: bytes.length,
    async *chunks() {
      for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
    },
  };
}

function describe(open: Open, now: Date): EditFile | EditsError[] {
  const { parser, id, name } = open;
  if (open.reader.runaway !== null) return [{ file: name, line: open.reader.runaway, kind: 'unclosed-quote', params: { file: name } }];
  const table = parser.finish();
  if (!table) return parser.errors;
  let setting = id.setting;
  if (id.kind === 'mue') {
    const said = parser.headerSetting();
    if (said && said !== id.setting) return [{ file: name, line: null, kind: 'setting', params: { file: name, header: said, name: id.setting } }];
    if (said) setting = said;
  }
  const range = parser.effRange();
  // Names carry the quarter; else the newest effective date tells it.
  const qStart = quarterStartOf(id.quarterStart ?? (range ? range[1] : 0));
  const coversTo = nextQuarterStart(qStart) - 1;
  const coversFrom = range ? Math.min(range[0], qStart) : qStart;
  return {
    meta: {
      id: `${id.kind}|${setting}|${id.part}`, kind: id.kind, setting, part: id.part, fileName: name.split(/[\\/]/).pop() ?? name,
      quarter: quarterLabel(qStart), quarterStart: isoFromDay(qStart), version: id.version,
      coversFrom: isoFromDay(coversFrom), coversTo: isoFromDay(coversTo),
      rows: tableRows(table), storedBytes: tableBytes(table), importedAt: now.toISOString(),
    },
    table,
  };
}

class Cancelled extends Error {}

export async function importEdits(sources: readonly EditsSource[], options: ImportOptions = {}): Promise<ImportResult> {
  const { signal, onProgress } = options;
  const errors: EditsError[] = [];
  const opened: Open[] = [];
  let records = 0;
  const count = () => { records++; };
  const bytesTotal = sources.reduce((n, s) => n + s.size, 0);
  let bytesBefore = 0;

  try {
    for (const source of sources) {
      const isZip = /\.zip$/i.test(source.name);
      let current: Open | null = null;
      let unzip: Unzip | null = null;
      const zipErrors: string[] = [];
      const openedBefore = opened.length;
      if (isZip) {
        unzip = new Unzip((member) => {
          const id = identifyFile(member.name);
          if (!id) return; // workbooks, PDFs, read-me files in CMS's zips
          const open = openParser(member.name, id, count);
          opened.push(open);
          member.ondata = (err, data, final) => {
            if (err) { zipErrors.push(err.message); return; }
            if (open.parser.full) return;
            open.reader.push(data);
            if (final) open.reader.end();
          };
          member.start();
        });
        unzip.register(UnzipInflate);
      } else {
        const id = identifyFile(source.name);
        if (!id) {
          errors.push({ file: source.name, line: null, kind: 'not-edit-file', params: { file: source.name } });
          continue;
        }
        current = openParser(source.name, id, count);
        opened.push(current);
      }
      let done = 0;
      let last: Uint8Array | null = null;
      for await (const chunk of source.chunks()) {
        if (signal?.aborted) throw new Cancelled();
        if (unzip) {
          // Keep one chunk back so the final push can say `final`.
          if (last) unzip.push(last, false);
          last = chunk;
        } else if (current && !current.parser.full) current.reader.push(chunk);
        done += chunk.length;
        onProgress?.({ file: source.name, bytesDone: bytesBefore + done, bytesTotal, records });
        if (zipErrors.length > 0) break;
      }
      if (unzip) {
        try {
          unzip.push(last ?? new Uint8Array(0), true);
        } catch (e) {
          zipErrors.push(e instanceof Error ? e.message : String(e));
        }
        if (zipErrors.length > 0) errors.push({ file: source.name, line: null, kind: 'zip', params: { file: source.name, error: zipErrors[0]! } });
        else if (opened.length === openedBefore) errors.push({ file: source.name, line: null, kind: 'nothing-to-import', params: { file: source.name } });
      } else current?.reader.end();
      bytesBefore += source.size;
    }
  } catch (e) {
    if (e instanceof Cancelled) return { ok: false, cancelled: true, errors: [] };
    throw e;
  }

  const now = options.now ?? new Date();
  const files: EditFile[] = [];
  const ids = new Map<string, string>();
  for (const open of opened) {
    const out = describe(open, now);
    if (Array.isArray(out)) { errors.push(...out); continue; }
    const before = ids.get(out.meta.id);
    if (before) errors.push({ file: open.name, line: null, kind: 'same-table', params: { file: open.name, other: before } });
    ids.set(out.meta.id, open.name);
    files.push(out);
  }
  if (errors.length === 0 && files.length === 0) errors.push({ file: sources[0]?.name ?? '', line: null, kind: 'nothing-to-import', params: { file: sources[0]?.name ?? '' } });
  if (errors.length > 0) return { ok: false, cancelled: false, errors: errors.slice(0, MAX_ERRORS * 2) };
  return { ok: true, files };
}
