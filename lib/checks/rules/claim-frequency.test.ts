import { describe, expect, it } from 'vitest';
import { claim, run } from '@/test/support/checks/claims';
import { claimFrequency } from './claim-frequency';

describe('claim-frequency', () => {
  it('medicare part B: a replacement claim (frequency 7) is not how to fix a processed claim', () => {
    const [f] = run(claimFrequency, claim({ payer: 'Medicare Part B', frequencyCode: '7' }));
    expect(f).toMatchObject({ severity: 'warning', messageKey: 'check.claim-frequency.partB7.message' });
    expect(f!.fix).toContain('reopening');
    expect(f!.fix).toContain('CO-18');
  });

  it('passes Part A adjustment bills (TOB xx7), commercial replacement claims and original claims', () => {
    expect(run(claimFrequency, claim({ payer: 'Medicare', typeOfBill: '137' }))).toEqual([]);
    expect(run(claimFrequency, claim({ payer: 'Aetna', frequencyCode: '7' }))).toEqual([]);
    expect(run(claimFrequency, claim({ payer: 'Medicare Part B', frequencyCode: '1' }))).toEqual([]);
  });
});
