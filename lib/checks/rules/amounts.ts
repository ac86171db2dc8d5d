/**
 * Amounts that do not add up: paid above allowed, allowed above billed (claim and lines).
 * On institutional claims both are normal (DRG, APC, per-diem and case rates pay by the stay, not
 * the charge; prompt-pay interest is added to the payment): information there, a warning on
 * professional claims, where they point at a wrong charge or an overpayment to verify.
 */
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule, Where } from '@/lib/checks/types';
import { claimTypeOf } from '@/lib/claim/claim-type';
import type { Severity } from '@/lib/checks/types';

// Portals round to cents; compare with half a cent of slack.
const EPSILON = 0.005;

interface Amounts { billed: number | null; allowed: number | null; paid: number | null }

function money(n: number): string {
  return n.toFixed(2);
}

function checkAmounts(a: Amounts, where: Where, whereKey: string, n: number | null, institutional: boolean, out: Finding[]): void {
  // Reversals and recoupments carry negative amounts; their arithmetic is not comparable.
  if ([a.billed, a.allowed, a.paid].some((v) => v !== null && v < 0)) return;
  const params = { whereLabelKey: whereKey, n: n ?? '', billed: a.billed ?? '', allowed: a.allowed ?? '', paid: a.paid ?? '' };
  const severity: Severity = institutional ? 'info' : 'warning';
  const suffix = institutional ? '.institutional' : '';
  if (a.paid !== null && a.allowed !== null && a.paid > a.allowed + EPSILON) {
    out.push(makeFinding('amounts', severity, where, null, `check.amounts.paidAboveAllowed${suffix}`,
      { ...params, paid: money(a.paid), allowed: money(a.allowed) }, { templateId: institutional ? null : 'call-note' }));
  }
  if (a.allowed !== null && a.billed !== null && a.allowed > a.billed + EPSILON) {
    out.push(makeFinding('amounts', severity, where, null, `check.amounts.allowedAboveBilled${suffix}`,
      { ...params, allowed: money(a.allowed), billed: money(a.billed) }));
  }
}

export const amounts: Rule = {
  id: 'amounts',
  check(ctx) {
    const out: Finding[] = [];
    const institutional = claimTypeOf(ctx.claim) === 'institutional';
    checkAmounts(ctx.claim, { claim: true }, 'check.amounts.claim', null, institutional, out);
    ctx.claim.lines.forEach((line, i) => checkAmounts(line, { line: i }, 'check.amounts.line', i + 1, institutional, out));
    return out;
  },
};
