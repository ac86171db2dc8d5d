/**
 * A diagnosis that is in no loaded ICD-10-CM (or ICD-9-CM) release. An error when a loaded release
 * is in force on the date of service; a warning when the date is outside them (a code added in
 * FY2027 is not in FY2026), saying which release answered.
 */
import { isShape } from '@/lib/codes/shapes';
import { diagnosisLetter } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';
import { releaseCoverage, releaseParams } from './coverage';
import { joinCodes, placeholderRepair } from './icd10-lookups';

export const icd10Unknown: Rule = {
  id: 'icd10-unknown',
  check(ctx) {
    const out: Finding[] = [];
    for (const dx of ctx.diagnoses) {
      if (dx.system !== null || dx.body === '') continue;
      // A missing X placeholder is its own, more useful finding.
      if (placeholderRepair(ctx, dx.body)) continue;
      const shaped = isShape('icd10cm', dx.body) || isShape('icd9cm', dx.body);
      const dos = dx.dates[0];
      const suggestions = shaped
        ? ctx.tables.search(dx.display, { systems: ['icd10cm'], dos, limit: 5 })
          .filter((r) => r.billable && r.validOnDos !== false).map((r) => r.code)
        : [];
      const params = { letter: diagnosisLetter(dx.index), code: dx.display, suggestions: joinCodes(suggestions) };
      const outside = shaped ? dx.dates.map((d) => ({ d, c: releaseCoverage(ctx.tables, 'icd10cm', d) })).find((x) => !x.c.covered && x.d >= '2015-10-01') : undefined;
      if (outside) {
        out.push(makeFinding('icd10-unknown', 'warning', { diagnosis: dx.index }, dx.display, 'check.icd10-unknown.outside',
          { ...params, dos: outside.d, ...releaseParams(outside.c) },
          { fixKey: 'check.icd10-unknown.outside.fix', suggestions, sourceKey: 'check.source.release' }));
        continue;
      }
      const release = dos ? releaseCoverage(ctx.tables, 'icd10cm', dos) : null;
      out.push(makeFinding('icd10-unknown', 'error', { diagnosis: dx.index }, dx.display,
        shaped ? 'check.icd10-unknown' : 'check.icd10-unknown.shape',
        { ...params, ...releaseParams(release ?? newestIcd10(ctx)) },
        { fixKey: 'check.icd10-unknown.fix', suggestions, templateId: 'corrected-claim', sourceKey: shaped ? 'check.source.release' : 'check.source.icd10Shape' }));
    }
    return out;
  },
};

function newestIcd10(ctx: Parameters<Rule['check']>[0]) {
  const rels = ctx.tables.releases.filter((r) => r.system === 'icd10cm');
  return rels.length ? rels.reduce((a, b) => (a.effectiveFrom > b.effectiveFrom ? a : b)) : null;
}
