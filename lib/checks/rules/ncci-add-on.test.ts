import { beforeAll, describe, expect, it } from 'vitest';
import type { EditsIndex } from '@/lib/edits/edits-index';
import { sampleEdits } from '@/test/support/edits/sample';
import { claim, line, run } from '@/test/support/checks/claims';
import { ncciAddOn } from './ncci-add-on';

let edits: EditsIndex;
beforeAll(async () => { edits = await sampleEdits(); });

describe('ncci-add-on', () => {
  it('type 1 without its primary on the same date: an error naming the primaries', () => {
    const c = claim({ lines: [line({ code: '20021' }), line({ code: '20020', serviceDate: '2026-03-03' })] });
    const [f, ...rest] = run(ncciAddOn, c, { edits });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', where: { line: 0 }, params: { primaries: '20020', quarter: '2026 Q2', file: 'AOC_V2026Q2-MCR.csv' } });
  });

  it('type 3: a warning (the contractor may accept other primaries); type 2: nothing to check', () => {
    expect(run(ncciAddOn, claim({ lines: [line({ code: '20022' })] }), { edits })[0]).toMatchObject({ severity: 'warning' });
    expect(run(ncciAddOn, claim({ lines: [line({ code: '20023' })] }), { edits })).toEqual([]);
  });

  it('passes an add-on with its primary on the same date', () => {
    expect(run(ncciAddOn, claim({ lines: [line({ code: '20020' }), line({ code: '20021' })] }), { edits })).toEqual([]);
  });
});
