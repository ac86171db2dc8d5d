/**
 * What a denied claim can still do, by payer type: the first appeal level (Medicare:
 * redetermination; Medicare Advantage: plan reconsideration), and for Original Medicare the
 * reopening window (clerical errors) and, on Part A, the adjustment bill (TOB xx7).
 */
import { claimDeadlines } from '../../deadlines/compute';
import { hasCarc } from '../../deadlines/status';
import type { Rule } from '../types';
import { deadlineFinding } from './deadline-finding';

export const appealWindow: Rule = {
  id: 'appeal-window',
  check(ctx) {
    const late = hasCarc(ctx.claim, '29');
    return claimDeadlines(ctx.claim, ctx.settings, ctx.today)
      .filter((d) => d.kind !== 'timely-filing')
      .map((d) => deadlineFinding('appeal-window', d, { late, unprocessable: false }));
  },
};
