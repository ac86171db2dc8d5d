/** GEMs crosswalk over gems.json, flags decoded (CMS 2018 GEMs documentation). */
import type { GemsFile } from './core-format';
import { displayCode } from './normalize';
import { decodeGemFlags } from './parse/gems';
import type { GemMapping } from './types';

/** Printed by the GEMs for "no map": kept as the target so the UI can say so. */
export const NO_MAP = 'NoDx';

export function crosswalk(gems: GemsFile, fromSystem: 'icd9cm' | 'icd10cm', compact: string): GemMapping[] {
  const rows = (fromSystem === 'icd9cm' ? gems.forward : gems.backward)[compact] ?? [];
  const toSystem = fromSystem === 'icd9cm' ? 'icd10cm' : 'icd9cm';
  return rows.map((row) => {
    const [to, flags] = row.split(' ') as [string, string];
    return { from: displayCode(fromSystem, compact), to: to ? displayCode(toSystem, to) : NO_MAP, ...decodeGemFlags(flags) };
  });
}
