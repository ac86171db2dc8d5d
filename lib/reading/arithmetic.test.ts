import { describe, expect, it } from 'vitest';
import { emptyClaim, type Claim, type ServiceLine } from '@/lib/claim/types';
import { emptyLine } from './portals/lines';
import { agreement, checkArithmetic, lineBalance, lineSum, patientShare } from './arithmetic';

const line = (over: Partial<ServiceLine>): ServiceLine => ({ ...emptyLine(), ...over });
const claim = (over: Partial<Claim>): Claim => ({ ...emptyClaim('generic'), ...over });

describe('claim arithmetic', () => {
  it('balances a line to the cent: billed − adjustments = paid', () => {
    const l = line({ billed: 210, paid: 110.72, adjustments: [{ group: 'CO', reason: '45', amount: 71.6 }, { group: 'PR', reason: '2', amount: 27.68 }] });
    expect(lineBalance(l)).toBe(true);
    expect(lineBalance({ ...l, paid: 110.73 })).toBe(false);
  });

  it('says nothing when an input is missing (never a failure)', () => {
    expect(lineBalance(line({ billed: 10, paid: 5 }))).toBeNull();
    expect(lineBalance(line({ billed: 10, paid: 5, adjustments: [{ group: 'CO', reason: '45', amount: null }] }))).toBeNull();
    expect(lineSum([line({ billed: 1 }), line({})], 'billed')).toBeNull();
    expect(patientShare([line({ adjustments: [{ group: 'CO', reason: '45', amount: 3 }] })])).toBeNull();
    expect(checkArithmetic(claim({ billed: 10 }))).toEqual([]);
  });

  it('compares totals with line sums, PR adjustments with patient responsibility, pointers with the diagnoses', () => {
    const c = claim({
      billed: 300, paid: 150, patientResponsibility: 20, diagnoses: ['E11.9'],
      lines: [
        line({ billed: 100, paid: 60, dxPointers: [1], adjustments: [{ group: 'CO', reason: '45', amount: 20 }, { group: 'PR', reason: '2', amount: 20 }] }),
        line({ billed: 200, paid: 100, dxPointers: [1, 2] }),
      ],
    });
    const checks = checkArithmetic(c);
    expect(checks.map((k) => [k.kind, k.ok])).toEqual([
      ['line-balance', true], ['total-billed', true], ['total-paid', false], ['patient-share', true], ['pointers', true], ['pointers', false],
    ]);
    expect(checks.at(-1)!.paths).toEqual(['lines[1].dxPointers', 'diagnoses']);
    expect(agreement(checks)).toBe(2);
  });
});
