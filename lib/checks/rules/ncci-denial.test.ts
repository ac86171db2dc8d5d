import { beforeAll, describe, expect, it } from 'vitest';
import type { EditsIndex } from '@/lib/edits/edits-index';
import { sampleEdits } from '@/test/support/edits/sample';
import { claim, line, run } from '@/test/support/checks/claims';
import { ncciDenial } from './ncci-denial';

let edits: EditsIndex;
beforeAll(async () => { edits = await sampleEdits(); });

const co = (reason: string) => [{ group: 'CO' as const, reason, amount: 50 }];

describe('ncci-denial', () => {
  it('CO-97 on an indicator 0 pair: do not appeal', () => {
    const c = claim({ lines: [line({ code: '20000' }), line({ code: '20001', adjustments: co('97') })] });
    const [f] = run(ncciDenial, c, { edits });
    expect(f).toMatchObject({ severity: 'info', where: { line: 1 }, messageKey: 'check.ncci-denial.ptp0.message', params: { carc: 'CO-97' } });
    expect(f!.fix).toContain('Do not appeal');
  });

  it('CO-236 on an indicator 1 pair: a modifier can help', () => {
    const c = claim({ lines: [line({ code: '20000' }), line({ code: '99213', adjustments: co('236') })] });
    expect(run(ncciDenial, c, { edits })[0]!.fix).toContain('corrected claim with the modifier');
  });

  it('CO-151 over an MAI 2 MUE: no appeal; over MAI 3: appeal with records', () => {
    const mai2 = run(ncciDenial, claim({ lines: [line({ code: '20011', units: 3, adjustments: co('151') })] }), { edits });
    expect(mai2[0]!.fix).toContain('no appeal will change this');
    const mai3 = run(ncciDenial, claim({ lines: [line({ code: '20012', units: 4, adjustments: co('151') })] }), { edits });
    expect(mai3[0]).toMatchObject({ messageKey: 'check.ncci-denial.mue3.message', templateId: 'medical-necessity' });
  });

  it('says when no imported edit explains the denial; silent for other CARCs and without edits', () => {
    expect(run(ncciDenial, claim({ lines: [line({ code: '99213', adjustments: co('97') })] }), { edits })[0]).toMatchObject({ messageKey: 'check.ncci-denial.none.message' });
    expect(run(ncciDenial, claim({ lines: [line({ code: '20001', adjustments: co('45') }), line({ code: '20000' })] }), { edits })).toEqual([]);
    expect(run(ncciDenial, claim({ lines: [line({ code: '20001', adjustments: co('97') }), line({ code: '20000' })] }))).toEqual([]);
  });
});

describe('ncci-denial without the matching table', () => {
  it('says nothing about CO-97 when no PTP table of the claim type is imported', async () => {
    const { indexOf, textSource, mueCsv, MUE_NAME } = await import('@/test/support/edits/files');
    const mueOnly = await indexOf([textSource(MUE_NAME, mueCsv([['20010', '1', '1 Line Edit', 'x']]))]);
    expect(run(ncciDenial, claim({ lines: [line({ code: '99213', adjustments: co('97') })] }), { edits: mueOnly })).toEqual([]);
    expect(run(ncciDenial, claim({ lines: [line({ code: '99213', adjustments: co('151') })] }), { edits: mueOnly })[0]).toMatchObject({ messageKey: 'check.ncci-denial.none.message' });
  });
});
