/**
 * CMS HCPCS Level II alpha-numeric file (HCPCYYYY_..._ANWEB_*.txt), 320-character records laid out
 * in HCPCYYYY_recordlayout.txt: code 1-5, modifier 4-5 (modifier records start with 3 spaces),
 * record id 11 (3 = procedure first line, 4 = its continuation, 7 = modifier first line,
 * 8 = continuation), long description 12-91, short description 92-119, added date 269-276,
 * action effective date 277-284, termination date 285-292, action code 293.
 */
import { SourceFormatError, splitLines } from './errors';

export interface HcpcsRecord {
  kind: 'code' | 'modifier';
  code: string;
  long: string;
  short: string;
  /** ISO dates; `terminated` is the last day the code is valid, or null. */
  added: string | null;
  actionEffective: string | null;
  terminated: string | null;
  action: string;
}

function isoDate(raw: string, file: string, line: number, field: string): string | null {
  const v = raw.trim();
  if (!v) return null;
  if (!/^\d{8}$/.test(v)) throw new SourceFormatError(file, line, `expected ${field} as YYYYMMDD, found "${v}"`);
  return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
}

export function parseHcpcsFile(text: string, file: string): HcpcsRecord[] {
  const out: HcpcsRecord[] = [];
  const lines = splitLines(text);
  let current: HcpcsRecord | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const rid = line[10];
    if (rid === '3' || rid === '7') {
      if (line.length < 293) throw new SourceFormatError(file, i + 1, `expected a 320-character record, found ${line.length} characters`);
      const kind = rid === '3' ? 'code' : 'modifier';
      const code = kind === 'code' ? line.slice(0, 5) : line.slice(3, 5);
      if (kind === 'code' ? !/^[A-Z]\d{4}$/.test(code) : !(/^ {3}$/.test(line.slice(0, 3)) && /^[0-9A-Z]{2}$/.test(code))) {
        throw new SourceFormatError(file, i + 1, `expected a ${kind === 'code' ? 'HCPCS code in cols 1-5' : 'modifier in cols 4-5'}, found "${line.slice(0, 5)}"`);
      }
      current = {
        kind,
        code,
        long: line.slice(11, 91).trim(),
        short: line.slice(91, 119).trim(),
        added: isoDate(line.slice(268, 276), file, i + 1, 'added date (cols 269-276)'),
        actionEffective: isoDate(line.slice(276, 284), file, i + 1, 'action effective date (cols 277-284)'),
        terminated: isoDate(line.slice(284, 292), file, i + 1, 'termination date (cols 285-292)'),
        action: line.slice(292, 293).trim(),
      };
      out.push(current);
    } else if (rid === '4' || rid === '8') {
      const code = rid === '4' ? line.slice(0, 5) : line.slice(3, 5);
      if (!current || current.code !== code) throw new SourceFormatError(file, i + 1, `continuation line for ${code} does not follow its first line`);
      // CMS word-wraps the long description at 80 columns: join continuation lines with one space.
      current.long = `${current.long} ${line.slice(11, 91).trim()}`.trim();
    } else {
      throw new SourceFormatError(file, i + 1, `expected record id 3, 4, 7 or 8 in col 11, found "${rid ?? ''}"`);
    }
  }
  return out;
}
