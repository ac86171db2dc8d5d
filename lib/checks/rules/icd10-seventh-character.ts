/** A code from a category whose notes require a 7th character (injuries, fractures …) without one. */
import { diagnosisLetter } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';
import { joinCodes, lacksSeventhCharacter } from './icd10-lookups';

export const icd10SeventhCharacter: Rule = {
  id: 'icd10-seventh-character',
  check(ctx) {
    const out: Finding[] = [];
    for (const dx of ctx.diagnoses) {
      if (!lacksSeventhCharacter(ctx, dx)) continue;
      const rule = ctx.tables.sevenCharacter(dx.display, dx.dates[0] ?? ctx.claimDate ?? undefined)!;
      // The 7th character always sits in position 7; shorter codes take X placeholders first.
      const stem = dx.body.padEnd(6, 'X');
      const suggestions = rule.values
        .map((v) => ctx.tables.get('icd10cm', stem + v.char))
        .filter((e) => e?.billable)
        .map((e) => e!.code);
      out.push(makeFinding('icd10-seventh-character', 'error', { diagnosis: dx.index }, dx.display, 'check.icd10-seventh-character',
        { letter: diagnosisLetter(dx.index), code: dx.display, values: rule.values.map((v) => v.char).join(', '), suggestions: joinCodes(suggestions), definedAt: rule.definedAt, source: rule.source },
        { suggestions, templateId: 'corrected-claim', sourceKey: 'check.source.seventh' }));
    }
    return out;
  },
};
