/**
 * Timely filing: shown only while a claim still has to get on file (rejected, unprocessable, not
 * found, or denied as late with CARC 29); an adjudicated denial gets its appeal window instead.
 */
import { claimDeadlines } from '../../deadlines/compute';
import { hasCarc, isRejected } from '../../deadlines/status';
import type { Rule } from '../types';
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
