/**
 * Values the reader was not sure of (lib/portals: conflicting readings, loose labels, failed
 * arithmetic; issue 13) are unknown to the checks, never grounds for an error: `forgetUnsure`
 * blanks them before any rule runs, and this rule says so once, so the user knows which checks
 * were skipped and where to look.
 */
import type { Claim, ServiceLine } from '@/lib/claim/types';
import { makeFinding } from '@/lib/checks/make';
import type { Rule } from '@/lib/checks/types';

const LINE_EMPTY: { [K in keyof ServiceLine]: ServiceLine[K] } = {
  code: null, modifiers: [], units: null, serviceDate: null, billed: null, allowed: null, paid: null,
  dxPointers: [], adjustments: [], remarks: [],
};

/**
 * The claim with every unsure path ("billed", "diagnoses", "lines[1].paid",
 * "lines[0].adjustments[2]") made unknown. Unsure diagnoses also make every pointer unknown: a
 * pointer cannot be checked against a list that may be incomplete.
 */
export function forgetUnsure(claim: Claim, unsure: readonly string[] | undefined): Claim {
  if (!unsure?.length) return claim;
  const out: Claim = { ...claim, lines: claim.lines.map((l) => ({ ...l })) };
  const record = out as unknown as Record<string, unknown>;
  for (const path of unsure) {
    const line = /^lines\[(\d+)\]\.([A-Za-z]+)/.exec(path);
    if (line) {
      const target = out.lines[Number(line[1])] as unknown as Record<string, unknown> | undefined;
      const key = line[2] as keyof ServiceLine;
      if (target && key in LINE_EMPTY) target[key] = structuredClone(LINE_EMPTY[key]);
      continue;
    }
    const key = /^[A-Za-z]+/.exec(path)?.[0];
    if (key === 'diagnoses') {
      out.diagnoses = [];
      for (const l of out.lines) l.dxPointers = [];
    } else if (key && key !== 'portal' && key !== 'lines' && key in out) {
      record[key] = null;
    }
  }
  return out;
}

export const extractionUnsure: Rule = {
  id: 'extraction-unsure',
  check(ctx) {
    const count = ctx.settings.unsure?.length ?? 0;
    if (count === 0) return [];
    return [makeFinding('extraction-unsure', 'info', { claim: true }, null, 'check.extraction-unsure', { count })];
  },
};
