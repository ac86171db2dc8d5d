/** Timely filing window of the claim's payer, while a new or corrected claim may still be needed. */
import { claimDeadlines } from '@/lib/deadlines/compute';
import type { Rule } from '@/lib/checks/types';
import { deadlineFinding } from './deadline-finding';

export const timelyFiling: Rule = {
  id: 'timely-filing',
  check(ctx) {
    return claimDeadlines(ctx.claim, ctx.settings, ctx.today)
      .filter((d) => d.kind === 'timely-filing')
      .map((d) => deadlineFinding('timely-filing', d));
  },
};
