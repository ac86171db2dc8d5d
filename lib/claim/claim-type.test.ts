import { describe, expect, it } from 'vitest';
import { claim, line } from '@/test/support/checks/claims';
import { claimTypeOf, frequencyOf, isInpatient, typeOfBillDigits } from './claim-type';

describe('claim type from the page', () => {
  it('uses the page\'s own claim type first, then a type of bill or revenue codes, then a place of service', () => {
    expect(claimTypeOf(claim({ claimType: 'professional', typeOfBill: '131' }))).toBe('professional');
    expect(claimTypeOf(claim({ typeOfBill: '0131' }))).toBe('institutional');
    expect(claimTypeOf(claim({ lines: [line({ revenueCode: '0450' })] }))).toBe('institutional');
    expect(claimTypeOf(claim({ placeOfService: '11' }))).toBe('professional');
    expect(claimTypeOf(claim())).toBeNull();
  });

  it('reads inpatient bill types and the frequency digit', () => {
    expect(typeOfBillDigits('0111')).toBe('111');
    expect(typeOfBillDigits('11')).toBeNull();
    expect(isInpatient(claim({ typeOfBill: '111' }))).toBe(true);
    expect(isInpatient(claim({ typeOfBill: '0211' }))).toBe(true);
    expect(isInpatient(claim({ typeOfBill: '131' }))).toBe(false);
    expect(frequencyOf(claim({ typeOfBill: '137' }))).toBe('7');
    expect(frequencyOf(claim({ frequencyCode: '8', typeOfBill: '131' }))).toBe('8');
    expect(frequencyOf(claim())).toBeNull();
  });
});
