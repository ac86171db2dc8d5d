/** A source file that does not have the layout its publisher documents. Names the file and the line. */
export class SourceFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly expected: string,
  ) {
    super(`${file}${line != null ? ` line ${line}` : ''}: ${expected}`);
    this.name = 'SourceFormatError';
  }
}

/** Splits on LF or CRLF (CMS ships both) and drops one trailing empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
