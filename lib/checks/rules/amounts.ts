/** Amounts that cannot all be right: paid above allowed, allowed above billed (claim and lines). */
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule, Where } from '@/lib/checks/types';

// Portals round to cents; compare with half a cent of slack.
const EPSILON = 0.005;

interface Amounts { billed: number | null; allowed: number | null; paid: number | null }

function money(n: number): string {
  return n.toFixed(2);
}

function checkAmounts(a: Amounts, where: Where, whereKey: string, n: number | null, out: Finding[]): void {
  // Reversals and recoupments carry negative amounts; their arithmetic is not comparable.
  if ([a.billed, a.allowed, a.paid].some((v) => v !== null && v < 0)) return;
  const params = { whereLabelKey: whereKey, n: n ?? '', billed: a.billed ?? '', allowed: a.allowed ?? '', paid: a.paid ?? '' };
  if (a.paid !== null && a.allowed !== null && a.paid > a.allowed + EPSILON) {
    out.push(makeFinding('amounts', 'warning', where, null, 'check.amounts.paidAboveAllowed',
      { ...params, paid: money(a.paid), allowed: money(a.allowed) }, { templateId: 'call-note' }));
  }
  if (a.allowed !== null && a.billed !== null && a.allowed > a.billed + EPSILON) {
    out.push(makeFinding('amounts', 'warning', where, null, 'check.amounts.allowedAboveBilled',
      { ...params, allowed: money(a.allowed), billed: money(a.billed) }));
  }
}

export const amounts: Rule = {
  id: 'amounts',
  check(ctx) {
    const out: Finding[] = [];
    checkAmounts(ctx.claim, { claim: true }, 'check.amounts.claim', null, out);
    ctx.claim.lines.forEach((line, i) => checkAmounts(line, { line: i }, 'check.amounts.line', i + 1, out));
    return out;
  },
};
