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
