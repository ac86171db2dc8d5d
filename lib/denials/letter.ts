/**
 * Which letter answers a denial: the one denial-to-letter mapping (issue 11). The playbook's
 * `template` field is the source; the built-in templates' "denial codes it answers" are derived
 * from it (lib/templates/builtins), and the user's own templates listing a denial come first
 * (lib/templates/suggest.ts). A deadline never picks the letter: only the line's denial does.
 */
import type { AdjustmentGroup } from '@/lib/claim/types';
import type { TemplateId } from './letters';
import { CARC_ENTRIES, lookupCarc, lookupRarc, normaliseAdjustmentCode } from '@/lib/denials';

/**
 * CARCs that say "see the remark codes": the remark on the line names the problem, so its letter
 * fits better than the CARC's generic one (CO-16 + MA130 is a corrected claim, CO-16 + N4 is COB).
 */
const REMARK_DECIDES: ReadonlySet<string> = new Set(['16', '252']);

export interface Denial {
  group: AdjustmentGroup | null;
  /** CARC as printed ("50", "B7"). */
  reason: string;
  /** RARCs on the lines under this denial. */
  remarks: readonly string[];
}

/** The playbook's letter for a denial (group + CARC + RARC), or null when the playbook names none. */
export function playbookLetter(denial: Denial): TemplateId | null {
  const carc = lookupCarc(denial.reason);
  const fromRemarks = () => {
    for (const r of denial.remarks) {
      const t = lookupRarc(r)?.template;
      if (t) return t;
    }
    return null;
  };
  if (carc && REMARK_DECIDES.has(carc.code)) return fromRemarks() ?? carc.template;
  return carc?.template ?? fromRemarks();
}

/** The CARCs whose playbook letter is this template ("denial codes it answers" of a built-in). */
export function carcsAnswered(templateId: string): string[] {
  return CARC_ENTRIES.filter((e) => e.template === templateId).map((e) => e.code);
}

/** "CO-50", "co 50", "50", "OA-B7" -> group and CARC; anything else -> null. */
export function parseDenialCode(code: string): { group: AdjustmentGroup | null; reason: string } | null {
  const m = /^\s*(?:(CO|PR|OA|PI|CR)\s*-?\s*)?([A-Z]?\d{1,3})\s*$/i.exec(code);
  return m ? { group: (m[1]?.toUpperCase() as AdjustmentGroup | undefined) ?? null, reason: normaliseAdjustmentCode(m[2]!) } : null;
}
