/**
 * The one reader of delimited text (RFC 4180: quoted fields, "" escapes, line breaks inside quotes,
 * CRLF or LF), used by every importer of user files (CPT descriptors, X12 lists, NCCI/MUE tables).
 * Each row carries the 1-based file line it starts on, so importers report errors by line, and
 * problems are data (`{ line, kind, params }`) that the UI translates.
 */

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  fields: string[];
}

export type CsvIssueKind = 'unclosedQuote' | 'textAfterQuote';

export interface CsvIssue {
  line: number;
  kind: CsvIssueKind;
  params: Record<string, string | number>;
}

export interface CsvOptions {
  /** ',' by default; '\t' for tab-delimited files. */
  delimiter?: string;
  /** File line of the text's first line, when the caller cut a preamble off (default 1). */
  firstLine?: number;
  /** Trim spaces around unquoted fields (quoted fields are kept as written). Default true. */
  trim?: boolean;
}

/**
 * Splits delimited text into rows. Rows whose fields are all blank are skipped. A quote opens a
 * quoted field only at the start of a field; text after a closing quote ("a"b) is reported and
 * kept, since it means the quoting is broken. An unclosed quote ends the text with an issue.
 */
export function readCsv(text: string, options: CsvOptions = {}): { rows: CsvRow[]; issues: CsvIssue[] } {
  const delimiter = options.delimiter ?? ',';
  const trim = options.trim ?? true;
  const src = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  const issues: CsvIssue[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStartedQuoted = false;
  let line = options.firstLine ?? 1;
  let rowLine = line;
  const endField = () => {
    fields.push(fieldStartedQuoted || !trim ? field : field.trim());
    field = '';
    fieldStartedQuoted = false;
  };
  const endRow = () => {
    endField();
    if (fields.some((f) => f.trim() !== '')) rows.push({ line: rowLine, fields });
    fields = [];
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && src[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === '' && !fieldStartedQuoted) {
      quoted = true;
      fieldStartedQuoted = true;
      field = '';
    } else if (c === delimiter) endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else if (fieldStartedQuoted) {
      if (c.trim() !== '') {
        issues.push({ line: rowLine, kind: 'textAfterQuote', params: { char: c } });
        fieldStartedQuoted = false;
        field += c;
      }
    } else field += c;
  }
  if (quoted) issues.push({ line: rowLine, kind: 'unclosedQuote', params: {} });
  else endRow();
  return { rows, issues };
}
