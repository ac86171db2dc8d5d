/** First-level appeal window (Medicare: redetermination) of a denied claim, from the determination date. */
import { claimDeadlines } from '@/lib/deadlines/compute';
import type { Rule } from '@/lib/checks/types';
import { deadlineFinding } from './deadline-finding';

export const appealWindow: Rule = {
  id: 'appeal-window',
  check(ctx) {
    return claimDeadlines(ctx.claim, ctx.settings, ctx.today)
      .filter((d) => d.kind === 'appeal')
      .map((d) => deadlineFinding('appeal-window', d));
  },
};
