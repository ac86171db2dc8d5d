/** A 7th character typed without its X placeholders ("T81.4A", "S09.90A"). */
import { diagnosisLetter } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';
import { placeholderRepair } from './icd10-lookups';

export const icd10Placeholder: Rule = {
  id: 'icd10-placeholder',
  check(ctx) {
    const out: Finding[] = [];
    for (const dx of ctx.diagnoses) {
      if (dx.system !== null) continue;
      const repaired = placeholderRepair(ctx, dx.body);
      if (!repaired) continue;
      out.push(makeFinding('icd10-placeholder', 'error', { diagnosis: dx.index }, dx.display, 'check.icd10-placeholder',
        { letter: diagnosisLetter(dx.index), code: dx.display, suggestions: repaired },
        { suggestions: [repaired], templateId: 'corrected-claim', sourceKey: 'check.source.placeholder' }));
    }
    return out;
  },
};
