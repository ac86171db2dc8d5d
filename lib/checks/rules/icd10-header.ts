/**
 * A diagnosis that is a category/subcategory header (not billable) on its date of service. When
 * the date is outside the loaded releases the answer comes from the nearest one (its caveat is
 * shown): the code may have become billable or been expanded since, so it is a warning.
 */
import { diagnosisLetter } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';
import { releaseById, releaseParams } from './coverage';
import type { DosValidity } from '@/lib/codes/types';
import { billableOnDate, joinCodes, lacksSeventhCharacter } from './icd10-lookups';

export const icd10Header: Rule = {
  id: 'icd10-header',
  check(ctx) {
    const out: Finding[] = [];
    for (const dx of ctx.diagnoses) {
      if (dx.system !== 'icd10cm' || lacksSeventhCharacter(ctx, dx)) continue;
      // With dates: the first one the code is a header on. Without: the newest release decides.
      let headerDate: string | null;
      let v: DosValidity | null = null;
      if (dx.dates.length > 0) {
        const found = dx.dates.find((d) => ctx.validity('icd10cm', dx.display, d).status === 'header');
        if (!found) continue;
        headerDate = found;
        v = ctx.validity('icd10cm', dx.display, found);
      } else {
        if (ctx.get('icd10cm', dx.display)?.billable !== false) continue;
        headerDate = null;
      }
      const suggestions = billableOnDate(ctx, dx.display, headerDate);
      const caveat = v && v.status === 'header' ? v.caveat ?? '' : '';
      const release = v && v.status === 'header' ? releaseById(ctx.tables, v.release) : null;
      const params = { letter: diagnosisLetter(dx.index), code: dx.display, suggestions: joinCodes(suggestions), caveat, dos: headerDate ?? '', ...releaseParams(release) };
      const options = { fixKey: suggestions.length ? 'check.icd10-header.fix' : 'check.icd10-header.fixNone', suggestions, templateId: 'corrected-claim' as const, sourceKey: release ? 'check.source.release' : 'check.source.newestRelease' };
      // Only a caveat about the date being outside the loaded years lowers the severity.
      const outside = caveat !== '' && !/codes are exact/.test(caveat);
      out.push(makeFinding('icd10-header', outside ? 'warning' : 'error', { diagnosis: dx.index }, dx.display,
        outside ? 'check.icd10-header.outside' : 'check.icd10-header', params, options));
    }
    return out;
  },
};
