/**
 * Which letter answers a denial on the claim. One mapping: the denial playbook's (lib/denials/letter.ts)
 * for the built-in letters, and the user's own templates listing the denial in "Denial codes it
 * answers", which come first (an exact group-code match before a code-only one: portals show the
 * same reason under different groups, CO-22 on one remit, OA-22 on another). A deadline never
 * chooses the letter.
 */
import { parseDenialCode, playbookLetter, type Denial } from '@/lib/denials/letter';
import type { Template } from './types';

/** Letters for a denial, best first: the user's own templates listing it, then the playbook's letter. */
export function templatesForDenial(denial: Denial, templates: readonly Template[]): Template[] {
  const reason = parseDenialCode(denial.reason)?.reason ?? denial.reason;
  const score = (t: Template): number => {
    let best = 0;
    for (const c of t.denialCodes) {
      const p = parseDenialCode(c);
      if (p?.reason !== reason) continue;
      best = Math.max(best, p.group === denial.group ? 2 : p.group === null ? 1 : 0);
    }
    return best;
  };
  const mine = templates
    .filter((t) => !t.builtIn)
    .map((t, i) => ({ t, i, s: score(t) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.t);
  const playbook = playbookLetter(denial);
  const builtIn = templates.find((t) => t.builtIn && t.id === playbook);
  return builtIn ? [...mine, builtIn] : mine;
}

/** The letter the panel suggests for a denial, or null when none fits. */
export function letterForDenial(denial: Denial, templates: readonly Template[]): string | null {
  return templatesForDenial(denial, templates)[0]?.id ?? null;
}
