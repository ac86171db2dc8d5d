/**
 * What the payer still owes on a claim, for the worklist and A/R aging: billed minus paid minus
 * the contractual write-off (CO-45, and CO-253 sequestration, which is never paid either) minus
 * the patient's responsibility. A denial (CO-50, CO-16 ...) stays in the balance: it is what the
 * specialist is working to collect. Pure.
 *
 * When the page shows no line adjustments for the write-off, billed minus allowed stands for it,
 * but only when something was allowed: a denied claim shows "allowed $0", and taking that as a
 * write-off would age a denied claim at $0.
 */
import type { Claim } from '@/lib/claim/types';
import { adjustmentKey } from '@/lib/denials/routine';

const WRITTEN_OFF: ReadonlySet<string> = new Set(['CO-45', 'CO-253']);

export interface PayerBalance {
  /** Dollars still owed by the payer (never negative), or null when nothing was billed on the page. */
  balance: number | null;
  contractual: number;
  patient: number;
}

const cents = (n: number) => Math.round(n * 100);

export function payerBalance(claim: Claim): PayerBalance {
  const billed = claim.billed ?? (claim.lines.some((l) => l.billed !== null) ? claim.lines.reduce((s, l) => s + (l.billed ?? 0), 0) : null);
  if (billed === null) return { balance: null, contractual: 0, patient: 0 };
  const paid = claim.paid ?? claim.lines.reduce((s, l) => s + (l.paid ?? 0), 0);
  let contractual = 0;
  let patientFromLines = 0;
  let sawWriteOff = false;
  for (const line of claim.lines) {
    for (const a of line.adjustments) {
      if (WRITTEN_OFF.has(adjustmentKey(a))) {
        sawWriteOff = true;
        contractual += cents(a.amount ?? 0);
      } else if (a.group === 'PR') {
        // Deductible, coinsurance, copay and PR denials: the patient's to pay, not the payer's.
        patientFromLines += cents(a.amount ?? 0);
      }
    }
  }
  if (!sawWriteOff && claim.allowed !== null && claim.allowed > 0 && claim.allowed < billed) contractual = cents(billed - claim.allowed);
  const patient = claim.patientResponsibility !== null ? cents(claim.patientResponsibility) : patientFromLines;
  const owed = Math.max(0, cents(billed) - cents(paid) - contractual - patient);
  return { balance: owed / 100, contractual: contractual / 100, patient: patient / 100 };
}
