/**
 * Timely filing: shown only while a claim still has to get on file (rejected, unprocessable, not
 * found, or denied as late with CARC 29); an adjudicated denial gets its appeal window instead.
 */
import { claimDeadlines } from '@/lib/deadlines/compute';
import type { Rule } from '@/lib/checks/types';
import { hasCarc, isRejected } from '@/lib/deadlines/status';
import { deadlineFinding } from './deadline-finding';

export const timelyFiling: Rule = {
  id: 'timely-filing',
  check(ctx) {
    const late = hasCarc(ctx.claim, '29');
    const unprocessable = isRejected(ctx.claim);
    return claimDeadlines(ctx.claim, ctx.settings, ctx.today)
      .filter((d) => d.kind === 'timely-filing')
      .map((d) => deadlineFinding('timely-filing', d, { late, unprocessable }));
  },
};
