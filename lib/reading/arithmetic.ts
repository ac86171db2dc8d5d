/**
 * The claim's own arithmetic, used to choose between readings and to say how sure the reader is
 * (issue 13). Every check works in cents and only on values the page showed: a check whose inputs
 * are not all there is "unknown", never a failure, and nothing here ever fills in a value.
 *
 * - per line: billed − Σ adjustments = paid, when the line shows adjustments with amounts;
 * - claim totals: billed, allowed and paid of the claim = the sums over its lines;
 * - patient responsibility = Σ PR adjustments;
 * - diagnosis pointers stay within the number of diagnoses read.
 */
import type { Claim, ServiceLine } from '@/lib/claim/types';

export type CheckKind = 'line-balance' | 'total-billed' | 'total-allowed' | 'total-paid' | 'patient-share' | 'pointers';

export interface ArithmeticCheck {
  kind: CheckKind;
  /** Contract paths of the values the check compared ("lines[0].paid", "billed"). */
  paths: string[];
  /** True: the values agree to the cent. False: they disagree, so at least one was misread (or the page is inconsistent). */
  ok: boolean;
}

const cents = (n: number) => Math.round(n * 100);

/**
 * Does one line balance? billed − Σ adjustments = paid, or, when the page shows only the patient's
 * share (copay / deductible / coinsurance columns, no contractual adjustment), allowed − Σ PR = paid.
 * Null when the line lacks the amounts to tell.
 */
export function lineBalance(line: ServiceLine): boolean | null {
  if (line.billed === null || line.paid === null || line.adjustments.length === 0) return null;
  if (line.adjustments.some((a) => a.amount === null)) return null;
  const adjusted = line.adjustments.reduce((s, a) => s + cents(a.amount!), 0);
  if (cents(line.billed) - adjusted === cents(line.paid)) return true;
  if (line.allowed === null) return false;
  const share = line.adjustments.reduce((s, a) => s + (a.group === 'PR' ? cents(a.amount!) : 0), 0);
  const other = adjusted - share;
  return cents(line.allowed) - share === cents(line.paid) && (other === 0 || cents(line.billed) - other === cents(line.allowed));
}

/** The sum of one money field over the lines, or null when any line lacks it. */
export function lineSum(lines: readonly ServiceLine[], field: 'billed' | 'allowed' | 'paid'): number | null {
  if (lines.length === 0) return null;
  let sum = 0;
  for (const l of lines) {
    const v = l[field];
    if (v === null) return null;
    sum += cents(v);
  }
  return sum / 100;
}

/** Σ PR adjustments with amounts, or null when the claim shows none. */
export function patientShare(lines: readonly ServiceLine[]): number | null {
  let sum = 0;
  let seen = false;
  for (const l of lines) {
    for (const a of l.adjustments) {
      if (a.group !== 'PR' || a.amount === null) continue;
      sum += cents(a.amount);
      seen = true;
    }
  }
  return seen ? sum / 100 : null;
}

export function checkArithmetic(claim: Claim): ArithmeticCheck[] {
  const out: ArithmeticCheck[] = [];
  claim.lines.forEach((line, i) => {
    const ok = lineBalance(line);
    if (ok === null) return;
    out.push({ kind: 'line-balance', ok, paths: [`lines[${i}].billed`, `lines[${i}].paid`, `lines[${i}].adjustments`] });
  });
  for (const field of ['billed', 'allowed', 'paid'] as const) {
    const total = claim[field];
    const sum = lineSum(claim.lines, field);
    if (total === null || sum === null) continue;
    out.push({ kind: `total-${field}`, ok: cents(total) === cents(sum), paths: [field, ...claim.lines.map((_, i) => `lines[${i}].${field}`)] });
  }
  const share = patientShare(claim.lines);
  if (claim.patientResponsibility !== null && share !== null) {
    out.push({ kind: 'patient-share', ok: cents(share) === cents(claim.patientResponsibility), paths: ['patientResponsibility'] });
  }
  const count = claim.diagnoses.length;
  claim.lines.forEach((line, i) => {
    if (line.dxPointers.length === 0 || count === 0) return;
    const ok = line.dxPointers.every((p) => p >= 1 && p <= count);
    // A pointer past the last diagnosis read: either the pointer or the diagnosis list was misread.
    out.push({ kind: 'pointers', ok, paths: ok ? [`lines[${i}].dxPointers`] : [`lines[${i}].dxPointers`, 'diagnoses'] });
  });
  return out;
}

/** How many checks agree minus how many disagree: the score used to choose between readings. */
export function agreement(checks: readonly ArithmeticCheck[]): number {
  return checks.reduce((s, c) => s + (c.ok ? 1 : -1), 0);
}
