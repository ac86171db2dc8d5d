import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { units } from './units';

describe('units', () => {
  it.each([0, -2])('flags %s units', (n) => {
    const [f] = run(units, claim({ lines: [line({ units: n })] }));
    expect(f).toMatchObject({ severity: 'error', where: { line: 0 }, params: { units: n } });
  });

  it('passes positive, unknown and reversal units', () => {
    const lines = [line({ units: 1 }), line({ units: 0.5 }), line({ units: null }), line({ units: -1, adjustments: [{ group: 'CR', reason: '129', amount: -10 }] })];
    expect(run(units, claim({ lines }))).toEqual([]);
  });
});

describe('units: reversal lines (false alarm removed)', () => {
  it('a reversal line (negative units and amounts) is not a unit error', () => {
    expect(run(units, claim({ lines: [line({ units: -1, billed: -150, allowed: -90, paid: -70 })] }))).toEqual([]);
  });

  it('negative units with positive amounts, and zero units, are still errors', () => {
    expect(run(units, claim({ lines: [line({ units: -1 }), line({ units: 0 })] })).map((f) => f.where)).toEqual([{ line: 0 }, { line: 1 }]);
  });
});
