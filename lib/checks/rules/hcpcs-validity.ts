/**
 * HCPCS Level II codes: unknown, terminated before the date of service, or not yet effective.
 * Unknown is an error only when the loaded HCPCS file is current on the date; for later (or much
 * earlier) dates the code may come from another quarterly file, so it is a warning naming the file.
 * A date after the newest loaded quarter also gets one claim-level note naming the file to import.
 */
import { releaseById, releaseCoverage, releaseParams } from './coverage';
import { addDays } from '@/lib/platform/dates';
import { isShape } from '@/lib/codes/shapes';
import { codeBody } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';

export const hcpcsValidity: Rule = {
  id: 'hcpcs-validity',
  check(ctx) {
    const out: Finding[] = [];
    let beyond: Finding | null = null;
    ctx.claim.lines.forEach((line, i) => {
      if (!line.code || !isShape('hcpcs', codeBody(line.code))) return;
      const n = i + 1;
      const entry = ctx.get('hcpcs', line.code);
      const code = entry?.code ?? codeBody(line.code);
      const dos = ctx.lineDates[i];
      if (!entry) {
        const cov = dos ? releaseCoverage(ctx.tables, 'hcpcs', dos) : null;
        if (cov && !cov.covered) {
          out.push(makeFinding('hcpcs-validity', 'warning', { line: i }, code, 'check.hcpcs-validity.unknownOutside',
            { n, code, dos: dos!, ...releaseParams(cov) }, { sourceKey: 'check.source.release' }));
        } else {
          out.push(makeFinding('hcpcs-validity', 'error', { line: i }, code, 'check.hcpcs-validity.unknown',
            { n, code, ...releaseParams(cov) }, { templateId: 'corrected-claim', sourceKey: 'check.source.release' }));
        }
        return;
      }
      if (!dos) return;
      const v = ctx.validity('hcpcs', code, dos);
      if (v.status === 'terminated') {
        // The contract's terminatedOn is the first invalid day; staff think in "last valid day".
        out.push(makeFinding('hcpcs-validity', 'error', { line: i }, code, 'check.hcpcs-validity.terminated',
          { n, code, dos, terminatedOn: v.terminatedOn, lastDay: addDays(v.terminatedOn, -1), ...releaseParams(releaseById(ctx.tables, v.release)) },
          { templateId: 'corrected-claim', sourceKey: 'check.source.release' }));
      } else if (v.status === 'not-yet-valid') {
        out.push(makeFinding('hcpcs-validity', 'error', { line: i }, code, 'check.hcpcs-validity.notYet',
          { n, code, dos, effectiveFrom: v.effectiveFrom, ...releaseParams(releaseById(ctx.tables, v.release)) },
          { templateId: 'corrected-claim', sourceKey: 'check.source.release' }));
      } else if (v.status === 'out-of-range') {
        out.push(makeFinding('hcpcs-validity', 'info', { line: i }, code, 'check.hcpcs-validity.unverified', { n, code, dos, note: v.note }));
      } else if (v.status === 'valid' && v.suggest && !beyond) {
        beyond = makeFinding('hcpcs-validity', 'info', { claim: true }, null, 'check.hcpcs-validity.beyond', { dos, release: v.release, files: v.suggest.files.join(' / ') });
      }
    });
    if (beyond) out.push(beyond);
    return out;
  },
};
