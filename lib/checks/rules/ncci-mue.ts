/**
 * Medically unlikely edits (imported CMS tables): units above the MUE on a line (MAI 1) or summed
 * over the date of service (MAI 2 and 3). MAI 2 is policy (an error: no appeal changes it); MAI 1
 * and 3 are warnings (separate lines with modifiers, or an appeal with the records, may help).
 */
import { citeParams } from '@/lib/edits/cite';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';

const VARIANT = { 1: 'line', 2: 'policy', 3: 'clinical' } as const;

export const ncciMue: Rule = {
  id: 'ncci-mue',
  check(ctx) {
    const analysis = ctx.editsAnalysis();
    if (!analysis) return [];
    const out: Finding[] = [];
    for (const hit of analysis.mue) {
      const { entry } = hit;
      const variant = VARIANT[entry.mai];
      const params = {
        code: hit.code, units: hit.units, value: entry.value, dos: hit.date, lines: hit.lines.map((i) => i + 1).join(', '),
        // "(lines 2, 5)" only when the units of several lines were added up.
        linesNoteKey: hit.lines.length > 1 ? 'edits.note.lines' : '',
        rationale: entry.rationale || '—', ...citeParams(entry.meta, hit.date),
      };
      for (const line of hit.lines) {
        out.push(makeFinding('ncci-mue', entry.mai === 2 ? 'error' : 'warning', { line }, hit.code, `check.ncci-mue.${variant}`, { ...params, n: line + 1 },
          { templateId: entry.mai === 3 ? 'medical-necessity' : 'corrected-claim' }));
      }
    }
    return out;
  },
};
