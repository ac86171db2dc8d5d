import { describe, expect, it } from 'vitest';
import { claim, line } from '@/test/support/checks/claims';
import { payerBalance } from './balance';

describe('what the payer still owes', () => {
  it('is billed - paid - contractual - patient responsibility, from the lines', () => {
    const c = claim({
      billed: 300, paid: 150, allowed: 220, patientResponsibility: null,
      lines: [
        line({ billed: 200, paid: 100, adjustments: [{ group: 'CO', reason: '45', amount: 60 }, { group: 'PR', reason: '2', amount: 20 }, { group: 'CO', reason: '253', amount: 2 }] }),
        line({ billed: 100, paid: 50, adjustments: [{ group: 'CO', reason: '45', amount: 20 }, { group: 'PR', reason: '1', amount: 28 }] }),
      ],
    });
    expect(payerBalance(c)).toEqual({ balance: 300 - 150 - 82 - 48, contractual: 82, patient: 48 });
  });
  it('keeps a denial in the balance: it is what is being worked', () => {
    const c = claim({ billed: 610, paid: 0, allowed: 0, patientResponsibility: null, lines: [line({ billed: 610, paid: 0, adjustments: [{ group: 'CO', reason: '50', amount: 610 }] })] });
    expect(payerBalance(c).balance).toBe(610);
  });
  it('uses the claim\'s patient responsibility and billed - allowed when lines show no write-off', () => {
    const c = claim({ billed: 200, allowed: 120, paid: 90, patientResponsibility: 30, lines: [line({ billed: 200, paid: 90, adjustments: [] })] });
    expect(payerBalance(c)).toEqual({ balance: 0, contractual: 80, patient: 30 });
    const partly = claim({ billed: 200, allowed: 150, paid: 90, patientResponsibility: 30, lines: [] });
    expect(payerBalance(partly).balance).toBe(30);
  });
  it('is unknown when nothing billed is on the page, and never negative', () => {
    expect(payerBalance(claim({ billed: null, lines: [] })).balance).toBeNull();
    expect(payerBalance(claim({ billed: 100, paid: 120, allowed: null, patientResponsibility: null, lines: [] })).balance).toBe(0);
  });
});
