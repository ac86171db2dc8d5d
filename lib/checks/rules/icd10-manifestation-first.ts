/** A manifestation ("in diseases classified elsewhere", "code first") code in the first position. */
import { makeFinding } from '@/lib/checks/make';
import type { Rule } from '@/lib/checks/types';

export const icd10ManifestationFirst: Rule = {
  id: 'icd10-manifestation-first',
  check(ctx) {
    const first = ctx.diagnoses[0];
    if (!first || first.system !== 'icd10cm' || !ctx.tables.isManifestation(first.display)) return [];
    return [makeFinding('icd10-manifestation-first', 'error', { diagnosis: 0 }, first.display, 'check.icd10-manifestation-first',
      { code: first.display }, { templateId: 'corrected-claim' })];
  },
};
