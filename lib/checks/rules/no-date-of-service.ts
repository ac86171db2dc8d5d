/** Says so when the page gave no date of service, instead of silently skipping date checks. */
import { makeFinding } from '@/lib/checks/make';
import type { Rule } from '@/lib/checks/types';

export const noDateOfService: Rule = {
  id: 'no-date-of-service',
  check(ctx) {
    const anyCode = ctx.claim.diagnoses.length > 0 || ctx.claim.lines.some((l) => l.code);
    if (ctx.claimDate || !anyCode) return [];
    return [makeFinding('no-date-of-service', 'info', { claim: true }, null, 'check.no-date-of-service', {})];
  },
};
