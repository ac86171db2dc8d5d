/**
 * CMS/CDC 2018 diagnosis GEMs (2018_I9gem.txt forward, 2018_I10gem.txt backward): source code,
 * target code, 5 flag digits. Flags, from the GEMs documentation: approximate, no map,
 * combination, scenario (0-9), choice list (0-9). A no-map row has target "NoDx".
 */
import { SourceFormatError, splitLines } from './errors';

export interface GemRow {
  from: string;
  to: string | null;
  flags: string;
}

export function parseGems(text: string, file: string): GemRow[] {
  return splitLines(text).map((line, i) => {
    const m = /^(\S+)\s+(\S+)\s+([01][01][01]\d\d)\s*$/.exec(line);
    if (!m) throw new SourceFormatError(file, i + 1, 'expected "SOURCE TARGET FLAGS" with 5 flag digits');
    return { from: m[1]!, to: m[2] === 'NoDx' ? null : m[2]!, flags: m[3]! };
  });
}

export function decodeGemFlags(flags: string): { approximate: boolean; noMap: boolean; combination: boolean; scenario: number; choiceList: number } {
  return {
    approximate: flags[0] === '1',
    noMap: flags[1] === '1',
    combination: flags[2] === '1',
    scenario: Number(flags[3] ?? 0),
    choiceList: Number(flags[4] ?? 0),
  };
}
