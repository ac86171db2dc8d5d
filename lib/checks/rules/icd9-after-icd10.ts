/** An ICD-9-CM code on a service on or after 2015-10-01: offer the GEMs forward map. */
import { diagnosisLetter, ICD10_START } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';
import { joinCodes } from './icd10-lookups';

export const icd9AfterIcd10: Rule = {
  id: 'icd9-after-icd10',
  check(ctx) {
    const out: Finding[] = [];
    for (const dx of ctx.diagnoses) {
      if (dx.system !== 'icd9cm') continue;
      const dos = dx.dates.find((d) => d >= ICD10_START);
      if (!dos) continue;
      const suggestions = [...new Set(ctx.tables.crosswalk('icd9cm', dx.display).filter((m) => !m.noMap).map((m) => m.to))];
      out.push(makeFinding('icd9-after-icd10', 'error', { diagnosis: dx.index }, dx.display, 'check.icd9-after-icd10',
        { letter: diagnosisLetter(dx.index), code: dx.display, dos, suggestions: joinCodes(suggestions) },
        { fixKey: suggestions.length ? 'check.icd9-after-icd10.fix' : 'check.icd9-after-icd10.fixNone', suggestions, templateId: 'corrected-claim', sourceKey: 'check.source.icd9' }));
    }
    return out;
  },
};
