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
