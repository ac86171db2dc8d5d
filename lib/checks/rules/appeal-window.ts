/**
 * What a denied claim can still do, by payer type: the first appeal level (Medicare:
 * redetermination; Medicare Advantage: plan reconsideration), and for Original Medicare the
 * reopening window (clerical errors) and, on Part A, the adjustment bill (TOB xx7).
 */
import { claimDeadlines } from '@/lib/deadlines/compute';
import type { Rule } from '@/lib/checks/types';
import { isOriginalMedicare } from '@/lib/deadlines/payer-type';
import { isIsoDate } from '@/lib/platform/dates';
import { payerTypeOf } from '@/lib/deadlines/match';
import { hasCarc, isDenied, isRejected } from '@/lib/deadlines/status';
import { makeFinding } from '@/lib/checks/make';
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
