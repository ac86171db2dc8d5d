/**
 * A replacement (frequency 7) or void (8) sent where it does not work: Original Medicare Part B
 * does not process replacement or void claims for a claim it already processed; the copy is denied
 * as a duplicate (CO-18) and the fix is a reopening (clerical error) or a redetermination. Part A
 * takes adjustment bills (TOB xx7) within timely filing, so it is not flagged.
 */
import { makeFinding } from '@/lib/checks/make';
import type { Rule } from '@/lib/checks/types';
import { frequencyOf } from '@/lib/claim/claim-type';
import { classifyClaimPayer } from '@/lib/deadlines/payer-type';

export const claimFrequency: Rule = {
  id: 'claim-frequency',
  check(ctx) {
    const frequency = frequencyOf(ctx.claim);
    if (frequency !== '7' && frequency !== '8') return [];
    if (classifyClaimPayer(ctx.claim).type !== 'medicare-part-b') return [];
    return [makeFinding('claim-frequency', 'warning', { claim: true }, null, `check.claim-frequency.partB${frequency}`, { frequency },
      { fixKey: 'check.claim-frequency.partB.fix', sourceKey: 'check.source.partBReopening' })];
  },
};
