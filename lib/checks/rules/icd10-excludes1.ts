/**
 * Two diagnoses on one claim that an Excludes1 note says are not coded together. A warning, not an
 * error: guideline I.A.12.a allows both when the two conditions are unrelated, and the notes come
 * from an older tabular release (FY2021) than the codes.
 */
import { diagnosisLetter } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';

export const icd10Excludes1: Rule = {
  id: 'icd10-excludes1',
  check(ctx) {
    const out: Finding[] = [];
    const codes = ctx.diagnoses.filter((d) => d.system === 'icd10cm');
    for (let j = 1; j < codes.length; j++) {
      for (let i = 0; i < j; i++) {
        const a = codes[i]!;
        const b = codes[j]!;
        // The tabular list in force on the claim's date of service (an imported one only for its own dates).
        const dos = ctx.claimDate ?? undefined;
        const hit = ctx.tables.excludes1Between(a.display, b.display, dos);
        if (!hit) continue;
        // Notes come from an older tabular release than the codes: say which (code-sources §2).
        const source = ctx.tables.notes(hit.definedAt, dos)?.source ?? 'ICD-10-CM Tabular List';
        out.push(makeFinding('icd10-excludes1', 'warning', { diagnosis: b.index }, b.display, 'check.icd10-excludes1',
          { letterA: diagnosisLetter(a.index), codeA: a.display, letterB: diagnosisLetter(b.index), codeB: b.display, definedAt: hit.definedAt, source, note: hit.note.text },
          { templateId: 'corrected-claim', sourceKey: 'check.source.excludes1' }));
        break; // one finding per later diagnosis
      }
    }
    return out;
  },
};
