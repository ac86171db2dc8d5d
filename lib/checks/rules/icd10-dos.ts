/**
 * A diagnosis not valid on its date of service: deleted, not yet added (ICD-10-CM changes every
 * October 1, sometimes April 1), or ICD-10-CM used before ICD-10 started. A date after the newest
 * loaded release gets one claim-level note naming the official file to import (lib/codes/releases).
 */
import { diagnosisLetter, ICD10_START } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';
import { releaseById, releaseParams } from './coverage';
import { billableOnDate, joinCodes } from './icd10-lookups';

export const icd10Dos: Rule = {
  id: 'icd10-dos',
  check(ctx) {
    const out: Finding[] = [];
    let beyond: Finding | null = null;
    for (const dx of ctx.diagnoses) {
      if (dx.system !== 'icd10cm') continue;
      const base = { letter: diagnosisLetter(dx.index), code: dx.display };
      const where = { diagnosis: dx.index };
      for (const dos of dx.dates) {
        const v = ctx.validity('icd10cm', dx.display, dos);
        if (v.status === 'deleted') {
          const suggestions = v.replacements.length ? v.replacements : billableOnDate(ctx, dx.display, dos);
          out.push(makeFinding('icd10-dos', 'error', where, dx.display, 'check.icd10-dos.deleted',
            { ...base, dos, deletedOn: v.deletedOn, suggestions: joinCodes(suggestions), ...releaseParams(releaseById(ctx.tables, v.release)) },
            { fixKey: suggestions.length ? 'check.icd10-dos.deleted.fix' : 'check.icd10-dos.deleted.fixNone', suggestions, templateId: 'corrected-claim', sourceKey: 'check.source.release' }));
        } else if (v.status === 'not-yet-valid') {
          out.push(makeFinding('icd10-dos', 'error', where, dx.display, 'check.icd10-dos.notYet',
            { ...base, dos, effectiveFrom: v.effectiveFrom, ...releaseParams(releaseById(ctx.tables, v.release)) }, { templateId: 'corrected-claim', sourceKey: 'check.source.release' }));
        } else if (v.status === 'out-of-range' && dos < ICD10_START) {
          out.push(makeFinding('icd10-dos', 'error', where, dx.display, 'check.icd10-dos.beforeIcd10', { ...base, dos }, { sourceKey: 'check.source.icd10Start' }));
        } else if (v.status === 'out-of-range') {
          out.push(makeFinding('icd10-dos', 'warning', where, dx.display, 'check.icd10-dos.unverified', { ...base, dos, note: v.note }, { sourceKey: 'check.source.validityNote' }));
        } else {
          if ((v.status === 'valid' || v.status === 'header') && v.suggest && !beyond) {
            beyond = makeFinding('icd10-dos', 'info', { claim: true }, null, 'check.icd10-dos.beyond', { dos, release: v.release, files: v.suggest.files.join(' / ') });
          }
          continue;
        }
        break; // one finding per diagnosis: the first date it fails on
      }
    }
    if (beyond) out.push(beyond);
    return out;
  },
};
