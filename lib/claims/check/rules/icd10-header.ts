/** A diagnosis that is a category/subcategory header (not billable) on its date of service. */
import { diagnosisLetter } from '../codes';
import { makeFinding } from '../make';
import type { Finding, Rule } from '../types';
import { billableOnDate, joinCodes, lacksSeventhCharacter } from './icd10-lookups';

export const icd10Header: Rule = {
  id: 'icd10-header',
  check(ctx) {
    const out: Finding[] = [];
    for (const dx of ctx.diagnoses) {
      if (dx.system !== 'icd10cm' || lacksSeventhCharacter(ctx, dx)) continue;
      // Without a date, the newest release decides; with dates, the first one it is a header on.
      const headerDate = dx.dates.length > 0
        ? dx.dates.find((d) => ctx.validity('icd10cm', dx.display, d).status === 'header')
        : ctx.tables.get('icd10cm', dx.display)?.billable === false ? null : undefined;
      if (headerDate === undefined) continue;
      const suggestions = billableOnDate(ctx, dx.display, headerDate);
      out.push(makeFinding('icd10-header', 'error', { diagnosis: dx.index }, dx.display, 'check.icd10-header',
        { letter: diagnosisLetter(dx.index), code: dx.display, suggestions: joinCodes(suggestions) },
        { fixKey: suggestions.length ? 'check.icd10-header.fix' : 'check.icd10-header.fixNone', suggestions, templateId: 'corrected-claim' }));
    }
    return out;
  },
};
