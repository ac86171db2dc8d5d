import { beforeAll, describe, expect, it } from 'vitest';
import type { EditsIndex } from '@/lib/edits/edits-index';
import { sampleEdits } from '@/test/support/edits/sample';
import { claim, line, run } from '@/test/support/checks/claims';
import { ncciMue } from './ncci-mue';

let edits: EditsIndex;
beforeAll(async () => { edits = await sampleEdits(); });

describe('ncci-mue', () => {
  it('MAI 1: each line on its own, a warning', () => {
    const c = claim({ lines: [line({ code: '20010', units: 1 }), line({ code: '20010', units: 2 })] });
    const found = run(ncciMue, c, { edits });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', where: { line: 1 }, params: { units: 2, value: 1 } });
    expect(found[0]!.message).toContain('MAI 1, line edit; practitioner table, 2026 Q2, MCR_MUE_PractitionerServices_Eff_04-01-2026.csv');
  });

  it('MAI 2: units summed over the date of service, an error on each line', () => {
    const c = claim({ lines: [line({ code: '20011', units: 1 }), line({ code: '20011', units: 2 }), line({ code: '20011', units: 5, serviceDate: '2026-03-03' })] });
    const found = run(ncciMue, c, { edits });
    expect(found.map((f) => [f.severity, f.where, f.params.units])).toEqual([['error', { line: 0 }, 3], ['error', { line: 1 }, 3], ['error', { line: 2 }, 5]]);
    expect(found[0]!.fix).toContain('no appeal will change it');
  });

  it('MAI 3: a warning that points to an appeal with records', () => {
    const [f] = run(ncciMue, claim({ lines: [line({ code: '20012', units: 4 })] }), { edits });
    expect(f).toMatchObject({ severity: 'warning', templateId: 'medical-necessity' });
  });

  it('passes units at or under the MUE, unknown units, and codes without an MUE', () => {
    const c = claim({ lines: [line({ code: '20011', units: 2 }), line({ code: '20010', units: null }), line({ code: '99213', units: 40 })] });
    expect(run(ncciMue, c, { edits })).toEqual([]);
  });
});
