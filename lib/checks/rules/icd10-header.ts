/** A diagnosis that is a category/subcategory header (not billable) on its date of service. */
import { diagnosisLetter } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';
import { billableOnDate, joinCodes, lacksSeventhCharacter } from './icd10-lookups';

export const icd10Header: Rule = {
  id: 'icd10-header',
  check(ctx) {
    const out: Finding[] = [];
    for (const dx of ctx.diagnoses) {
      if (dx.system !== 'icd10cm' || lacksSeventhCharacter(ctx, dx)) continue;
      // With dates: the first one the code is a header on. Without: the newest release decides.
      let headerDate: string | null;
      if (dx.dates.length > 0) {
        const found = dx.dates.find((d) => ctx.validity('icd10cm', dx.display, d).status === 'header');
        if (!found) continue;
        headerDate = found;
      } else {
        if (ctx.get('icd10cm', dx.display)?.billable !== false) continue;
        headerDate = null;
      }
      const suggestions = billableOnDate(ctx, dx.display, headerDate);
      out.push(makeFinding('icd10-header', 'error', { diagnosis: dx.index }, dx.display, 'check.icd10-header',
        { letter: diagnosisLetter(dx.index), code: dx.display, suggestions: joinCodes(suggestions) },
        { fixKey: suggestions.length ? 'check.icd10-header.fix' : 'check.icd10-header.fixNone', suggestions, templateId: 'corrected-claim' }));
    }
    return out;
  },
};
