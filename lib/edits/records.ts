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
  private field: number[] = [];
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
    const delim = this.delimiter;
    for (; i < chunk.length; i++) {
      const b = chunk[i]!;
      this.started = true;
      switch (this.state) {
        case State.FieldStart:
          if (b === QUOTE) { this.state = State.Quoted; break; }
          if (b === delim) { this.endField(); break; }
          if (b === LF) { this.endRecord(); break; }
          this.state = State.Unquoted;
          this.field.push(b);
          break;
        case State.Unquoted:
          if (b === delim) { this.endField(); this.state = State.FieldStart; break; }
          if (b === LF) { this.endRecord(); break; }
          this.field.push(b);
          break;
        case State.Quoted:
          if (b === QUOTE) { this.state = State.QuoteInQuoted; break; }
          if (b === LF) this.line++;
          this.field.push(b);
          break;
        case State.QuoteInQuoted:
          if (b === QUOTE) { this.field.push(QUOTE); this.state = State.Quoted; break; }
          if (b === delim) { this.endField(); this.state = State.FieldStart; break; }
          if (b === LF) { this.endRecord(); break; }
          // Text after a closing quote: keep it (lenient, like spreadsheet programs).
          this.field.push(b);
          this.state = State.Unquoted;
          break;
      }
      if (++this.recordBytes > MAX_RECORD_BYTES && this.runaway === null) {
        this.runaway = this.recordLine;
      }
    }
  }

  /** Flushes the last record when the file does not end with a line break. */
  end(): void {
    if (this.started && (this.fields.length > 0 || this.field.length > 0 || this.state !== State.FieldStart)) this.endRecord();
  }

  private endField(): void {
    let f = this.field;
    // CR of a CRLF line end (only at the end of an unquoted field; a CR inside quotes is text).
    if (this.state !== State.QuoteInQuoted && f.length > 0 && f[f.length - 1] === CR) f = f.slice(0, -1);
    this.fields.push(latin1(f));
    this.field = [];
  }

  private endRecord(): void {
    this.endField();
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

function latin1(bytes: number[]): string {
  if (bytes.length === 0) return '';
  // Short fields (codes, dates) are the common case: one call, no intermediate arrays.
  return bytes.length < 4096 ? String.fromCharCode(...bytes) : bytes.map((b) => String.fromCharCode(b)).join('');
}

/** True for a record with no text at all (blank line, or only delimiters). */
export function isBlank(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}
