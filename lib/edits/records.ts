/**
 * Chunked record reader for the CMS edit files: bytes in (any chunk size), one record (fields +
 * 1-based line number) out at a time, so no file is ever held as a whole string.
 *
 * Quoting follows RFC 4180 as the MUE CSVs use it: a field opening with `"` may hold the
 * delimiter, doubled quotes and line breaks (the AMA notice and the `"HCPCS/\r\nCPT Code"` header
 * cell span lines). A quote inside an unquoted field is plain text, so a stray inch mark in a
 * tab-delimited PTP rationale cannot swallow the following lines. CR before LF is dropped (CRLF
 * files), a UTF-8 byte-order mark is skipped, and bytes are read as windows-1252/Latin-1 (CMS's
 * notices carry a raw 0xAE ®; every field the checks use is ASCII either way).
 */

export type RecordHandler = (fields: string[], line: number) => void;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

const enum State { FieldStart, Unquoted, Quoted, QuoteInQuoted }

/** A record longer than this is a runaway quote, not data (the longest real record is a few hundred bytes). */
export const MAX_RECORD_BYTES = 1 << 20;

export class RecordReader {
  private state = State.FieldStart;
  private fields: string[] = [];
  /** Decoded pieces of the current field (one piece unless it spans chunks or holds escaped quotes). */
  private parts: string[] = [];
  private recordBytes = 0;
  private line = 1;
  private recordLine = 1;
  private started = false;
  private bomChecked = false;
  /** Set when a record ran past MAX_RECORD_BYTES (an unclosed quote): its line number. */
  runaway: number | null = null;

  constructor(private readonly delimiter: number, private readonly onRecord: RecordHandler) {}

  /** Lines seen so far (for progress and error messages). */
  get linesRead(): number {
    return this.line;
  }

  push(chunk: Uint8Array): void {
    let i = 0;
    if (!this.bomChecked && chunk.length > 0) {
      this.bomChecked = true;
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    }
    if (i < chunk.length) this.started = true;
    // One decode per chunk, then slices: V8 keeps slices of a string cheap, unlike per-byte copies.
    const text = DECODER.decode(chunk);
    const delim = this.delimiter;
    // Field text is decoded by ranges of the chunk (no per-byte copies): `seg` is where the
    // not-yet-decoded text of the current field starts.
    let seg = i;
    const n = text.length;
    for (; i < n; i++) {
      const b = text.charCodeAt(i);
      switch (this.state) {
        case State.FieldStart:
          if (b === QUOTE) { this.state = State.Quoted; seg = i + 1; break; }
          if (b === delim) { this.endField(false); break; }
          if (b === LF) { this.endRecord(false); break; }
          this.state = State.Unquoted;
          seg = i;
          break;
        case State.Unquoted:
          if (b === delim) { this.take(text, seg, i); this.endField(true); this.state = State.FieldStart; break; }
          if (b === LF) { this.take(text, seg, i); this.endRecord(true); break; }
          break;
        case State.Quoted:
          if (b === QUOTE) { this.take(text, seg, i); this.state = State.QuoteInQuoted; break; }
          if (b === LF) this.line++;
          break;
        case State.QuoteInQuoted:
          // A doubled quote is one quote of text: it starts the next range.
          if (b === QUOTE) { this.state = State.Quoted; seg = i; break; }
          if (b === delim) { this.endField(false); this.state = State.FieldStart; break; }
          if (b === LF) { this.endRecord(false); break; }
          // Text after a closing quote: keep it (lenient, like spreadsheet programs).
          this.state = State.Unquoted;
          seg = i;
          break;
      }
      if (++this.recordBytes > MAX_RECORD_BYTES && this.runaway === null) this.runaway = this.recordLine;
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) this.take(text, seg, n);
  }

  /** Flushes the last record when the file does not end with a line break. */
  end(): void {
    if (this.started && (this.fields.length > 0 || this.parts.length > 0 || this.state !== State.FieldStart)) {
      this.endRecord(this.state === State.Unquoted);
    }
  }

  private take(text: string, from: number, to: number): void {
    if (to > from && this.runaway === null) this.parts.push(text.slice(from, to));
  }

  /** `unquoted`: the field ended outside quotes, so a CR before the line end is the CRLF's, not text. */
  private endField(unquoted: boolean): void {
    let f = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    if (unquoted && f.charCodeAt(f.length - 1) === CR) f = f.slice(0, -1);
    this.fields.push(f);
    this.parts = [];
  }

  private endRecord(unquoted: boolean): void {
    this.endField(unquoted);
    const fields = this.fields;
    const line = this.recordLine;
    this.fields = [];
    this.state = State.FieldStart;
    this.recordBytes = 0;
    this.line++;
    this.recordLine = this.line;
    if (this.runaway === null) this.onRecord(fields, line);
  }
}

/** Latin-1 keeps one character per byte, so offsets in the text are offsets in the chunk. */
const DECODER = new TextDecoder('latin1');

/** True for a record with no text at all (blank line, or only delimiters). */
export function isBlank(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}
