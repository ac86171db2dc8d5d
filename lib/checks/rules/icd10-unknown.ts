/** A diagnosis that is in no loaded ICD-10-CM (or ICD-9-CM) release. */
import { diagnosisLetter, ICD10_SHAPE, ICD9_SHAPE } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';
import { joinCodes, placeholderRepair } from './icd10-lookups';

export const icd10Unknown: Rule = {
  id: 'icd10-unknown',
  check(ctx) {
    const out: Finding[] = [];
    for (const dx of ctx.diagnoses) {
      if (dx.system !== null || dx.body === '') continue;
      // A missing X placeholder is its own, more useful finding.
      if (placeholderRepair(ctx, dx.body)) continue;
      const shaped = ICD10_SHAPE.test(dx.body) || ICD9_SHAPE.test(dx.body);
      const dos = dx.dates[0];
      const suggestions = shaped
        ? ctx.tables.search(dx.display, { systems: ['icd10cm'], dos, limit: 5 })
          .filter((r) => r.billable && r.validOnDos !== false).map((r) => r.code)
        : [];
      out.push(makeFinding('icd10-unknown', 'error', { diagnosis: dx.index }, dx.display,
        shaped ? 'check.icd10-unknown' : 'check.icd10-unknown.shape',
        { letter: diagnosisLetter(dx.index), code: dx.display, suggestions: joinCodes(suggestions) },
        { fixKey: 'check.icd10-unknown.fix', suggestions, templateId: 'corrected-claim' }));
    }
    return out;
  },
};
