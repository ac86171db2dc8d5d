/**
 * CMS ICD-9-CM v32 diagnosis titles (CMS32_DESC_LONG_DX.txt / CMS32_DESC_SHORT_DX.txt): the code
 * without a dot, padded to 6 characters, then the title. The long file is ISO-8859-1: decode it as
 * latin1 before calling this.
 */
import { SourceFormatError, splitLines } from './errors';

export function parseIcd9Descriptions(text: string, file: string): Map<string, string> {
  const out = new Map<string, string>();
  splitLines(text).forEach((line, i) => {
    const m = /^(\d{3,5}|V\d{2,4}|E\d{3,4}) *(\S.*)$/.exec(line.slice(0, 6).trimEnd() + ' ' + line.slice(6));
    if (!m) throw new SourceFormatError(file, i + 1, 'expected an ICD-9-CM code (cols 1-6) followed by its title');
    out.set(m[1]!, m[2]!.trim());
  });
  if (!out.size) throw new SourceFormatError(file, null, 'expected ICD-9-CM titles, found none');
  return out;
}
