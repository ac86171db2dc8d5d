import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { amounts } from './amounts';

describe('amounts', () => {
  it('flags paid above allowed on a line', () => {
    const [f] = run(amounts, claim({ lines: [line({ billed: 200, allowed: 100, paid: 120 })] }));
    expect(f).toMatchObject({ severity: 'warning', where: { line: 0 } });
    expect(f!.message).toBe('Line 1: paid 120.00 is more than the allowed amount 100.00.');
  });

  it('flags allowed above billed on the claim', () => {
    const [f] = run(amounts, claim({ billed: 100, allowed: 140, paid: 100, lines: [] }));
    expect(f).toMatchObject({ where: { claim: true }, messageKey: 'check.amounts.allowedAboveBilled.message' });
    expect(f!.message).toMatch(/^Claim: allowed 140.00/);
  });

  it('passes consistent, missing, rounded and negative (reversal) amounts', () => {
    const lines = [
      line({ billed: 150, allowed: 90, paid: 70 }), line({ billed: null, allowed: null, paid: 10 }),
      line({ billed: 100, allowed: 100.004, paid: 100.004 }), line({ billed: -150, allowed: -90, paid: -70 }),
    ];
    expect(run(amounts, claim({ billed: 400, allowed: 280, paid: 200, lines }))).toEqual([]);
  });
});

describe('amounts: institutional payment (false alarm removed)', () => {
  it('allowed above billed and paid above allowed are information on an institutional claim (DRG/APC/per diem/case rate, interest)', () => {
    const c = claim({ typeOfBill: '111', billed: 10_000, allowed: 12_500, paid: 12_600, lines: [] });
    const found = run(amounts, c);
    expect(found.map((f) => [f.severity, f.messageKey])).toEqual([
      ['info', 'check.amounts.paidAboveAllowed.institutional.message'],
      ['info', 'check.amounts.allowedAboveBilled.institutional.message'],
    ]);
    expect(found[1]!.message).toContain('DRG, APC, per-diem or case-rate');
  });

  it('stay warnings on a professional claim', () => {
    const found = run(amounts, claim({ claimType: 'professional', billed: 100, allowed: 120, paid: 90, lines: [] }));
    expect(found).toMatchObject([{ severity: 'warning', messageKey: 'check.amounts.allowedAboveBilled.message' }]);
  });
});
