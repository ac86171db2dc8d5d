/**
 * HCPCS Level II codes: unknown, terminated before the date of service, or not yet effective. A date
 * after the newest loaded quarter gets one claim-level note naming the quarterly file to import.
 */
import { addDays } from '@/lib/platform/dates';
import { codeBody, HCPCS_SHAPE } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';

export const hcpcsValidity: Rule = {
  id: 'hcpcs-validity',
  check(ctx) {
    const out: Finding[] = [];
    let beyond: Finding | null = null;
    ctx.claim.lines.forEach((line, i) => {
      if (!line.code || !HCPCS_SHAPE.test(codeBody(line.code))) return;
      const n = i + 1;
      const entry = ctx.get('hcpcs', line.code);
      const code = entry?.code ?? codeBody(line.code);
      if (!entry) {
        out.push(makeFinding('hcpcs-validity', 'error', { line: i }, code, 'check.hcpcs-validity.unknown', { n, code }, { templateId: 'corrected-claim' }));
        return;
      }
      const dos = ctx.lineDates[i];
      if (!dos) return;
      const v = ctx.validity('hcpcs', code, dos);
      if (v.status === 'terminated') {
        // The contract's terminatedOn is the first invalid day; staff think in "last valid day".
        out.push(makeFinding('hcpcs-validity', 'error', { line: i }, code, 'check.hcpcs-validity.terminated',
          { n, code, dos, terminatedOn: v.terminatedOn, lastDay: addDays(v.terminatedOn, -1) }, { templateId: 'corrected-claim' }));
      } else if (v.status === 'not-yet-valid') {
        out.push(makeFinding('hcpcs-validity', 'error', { line: i }, code, 'check.hcpcs-validity.notYet',
          { n, code, dos, effectiveFrom: v.effectiveFrom }, { templateId: 'corrected-claim' }));
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
