import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { duplicateLine } from './duplicate-line';

describe('duplicate-line', () => {
  it('flags the same code, modifiers (any order) and date twice', () => {
    const c = claim({ lines: [line({ code: '20610', modifiers: ['LT', '59'] }), line({ code: '36415' }), line({ code: '20610', modifiers: ['59', 'LT'] })] });
    const [f, ...rest] = run(duplicateLine, c);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', where: { line: 2 }, params: { n: 3, first: 1, code: '20610-59-LT', dos: '2026-03-02' } });
  });

  it('passes the same code on other dates, with other modifiers, and reversal lines', () => {
    const c = claim({
      lines: [
        line({ code: '20610', modifiers: ['LT'] }), line({ code: '20610', modifiers: ['RT'] }),
        line({ code: '20610', modifiers: ['LT'], serviceDate: '2026-03-09' }),
        line({ code: '20610', modifiers: ['LT'], units: -1, billed: -150 }),
      ],
    });
    expect(run(duplicateLine, c)).toEqual([]);
  });
});

describe('duplicate-line: institutional revenue lines (false alarm removed)', () => {
  it('repeated revenue codes on one date are not duplicates, and a revenue code without HCPCS is a valid line', () => {
    const c = claim({ typeOfBill: '131', lines: [line({ code: '0250', dxPointers: [] }), line({ code: '0250', dxPointers: [] }), line({ code: '0300' }), line({ code: '0300' })] });
    expect(run(duplicateLine, c)).toEqual([]);
  });

  it('the same HCPCS under two revenue codes is two charges; under the same revenue code it is a duplicate', () => {
    const two = claim({ claimType: 'institutional', lines: [line({ code: 'J1100', revenueCode: '0636' }), line({ code: 'J1100', revenueCode: '0250' })] });
    expect(run(duplicateLine, two)).toEqual([]);
    const dup = claim({ claimType: 'institutional', lines: [line({ code: 'J1100', revenueCode: '0636' }), line({ code: 'J1100', revenueCode: '0636' })] });
    expect(run(duplicateLine, dup)).toMatchObject([{ where: { line: 1 } }]);
  });
});
