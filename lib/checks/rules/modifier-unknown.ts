/**
 * Modifiers that are in no loaded list, or no longer valid on the line's date of service. The
 * lists are the CMS HCPCS modifier file plus the CPT modifiers described in our words
 * (lib/codes/cpt.ts); a date after the HCPCS file's quarter makes an unknown modifier a warning.
 */
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';
import { releaseCoverage, releaseParams } from './coverage';

export const modifierUnknown: Rule = {
  id: 'modifier-unknown',
  check(ctx) {
    const out: Finding[] = [];
    ctx.claim.lines.forEach((line, i) => {
      const dos = ctx.lineDates[i];
      for (const modifier of line.modifiers) {
        const entry = ctx.get('modifier', modifier);
        if (!entry) {
          const cov = dos ? releaseCoverage(ctx.tables, 'modifier', dos) : null;
          const outside = cov !== null && !cov.covered;
          out.push(makeFinding('modifier-unknown', outside ? 'warning' : 'error', { line: i }, modifier,
            outside ? 'check.modifier-unknown.outside' : 'check.modifier-unknown', { n: i + 1, code: modifier, dos: dos ?? '', ...releaseParams(cov) },
            { templateId: outside ? null : 'corrected-claim', sourceKey: 'check.source.modifiers' }));
        } else if (dos && ctx.validity('modifier', entry.code, dos).status === 'terminated') {
          out.push(makeFinding('modifier-unknown', 'error', { line: i }, entry.code, 'check.modifier-unknown.terminated',
            { n: i + 1, code: entry.code, dos, ...releaseParams(releaseCoverage(ctx.tables, 'modifier', dos)) },
            { templateId: 'corrected-claim', sourceKey: 'check.source.modifiers' }));
        }
      }
    });
    return out;
  },
};
