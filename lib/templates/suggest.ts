/**
 * Which template answers a denial code. Matching is on the CARC: portals show the same reason
 * under different groups (CO-22 on one remit, OA-22 on another), and the letter is the same; a
 * template listing the exact group-code pair comes first.
 */
import type { Template } from './types';

interface ParsedCode {
  group: string | null;
  reason: string;
}

/** "CO-50", "co 50", "50", "OA-B7" -> group and CARC; anything else -> null. */
function parseCode(code: string): ParsedCode | null {
  const m = /^\s*(?:(CO|PR|OA|PI|CR)\s*-?\s*)?([A-Z]?\d{1,3})\s*$/i.exec(code);
  return m ? { group: m[1]?.toUpperCase() ?? null, reason: m[2]!.toUpperCase() } : null;
}

/** Templates whose denial codes include this CARC: exact group match first, then by reason. */
export function templatesForDenialCode(code: string, templates: readonly Template[]): Template[] {
  const wanted = parseCode(code);
  if (!wanted) return [];
  const score = (t: Template): number => {
    let best = 0;
    for (const c of t.denialCodes) {
      const p = parseCode(c);
      if (p?.reason !== wanted.reason) continue;
      best = Math.max(best, p.group === wanted.group ? 2 : 1);
    }
    return best;
  };
  return templates
    .map((t, i) => ({ t, i, s: score(t) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.t);
}

/** The first template fitting any of the codes, in the codes' order (the line's first denial wins). */
export function suggestTemplateId(codes: readonly string[], templates: readonly Template[]): string | undefined {
  for (const code of codes) {
    const found = templatesForDenialCode(code, templates)[0];
    if (found) return found.id;
  }
  return undefined;
}
