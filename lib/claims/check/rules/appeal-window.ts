/**
 * What a denied claim can still do, by payer type: the first appeal level (Medicare:
 * redetermination; Medicare Advantage: plan reconsideration), and for Original Medicare the
 * reopening window (clerical errors) and, on Part A, the adjustment bill (TOB xx7).
 */
import { claimDeadlines } from '../../deadlines/compute';
import { isOriginalMedicare } from '@/lib/deadlines/payer-type';
import { isIsoDate } from '../../../dates';
import { payerTypeOf } from '../../deadlines/match';
import { hasCarc, isDenied, isRejected } from '../../deadlines/status';
import { makeFinding } from '../make';
import type { Rule } from '../types';
import { deadlineFinding } from './deadline-finding';

export const appealWindow: Rule = {
  id: 'appeal-window',
  check(ctx) {
    const late = hasCarc(ctx.claim, '29');
    const found = claimDeadlines(ctx.claim, ctx.settings, ctx.today)
      .filter((d) => d.kind !== 'timely-filing')
      .map((d) => deadlineFinding('appeal-window', d, { late, unprocessable: false }));
    // A denial whose page shows no determination date: say the window could not be counted.
    const medicareLate = late && isOriginalMedicare(payerTypeOf(ctx.claim));
    if (found.length === 0 && isDenied(ctx.claim) && !isRejected(ctx.claim) && !isIsoDate(ctx.claim.paidDate) && !medicareLate) {
      found.push(makeFinding('appeal-window', 'info', { claim: true }, null, 'check.appeal-window.noDate', {}));
    }
    return found;
  },
};
