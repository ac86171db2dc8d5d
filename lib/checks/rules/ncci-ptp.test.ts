import { beforeAll, describe, expect, it } from 'vitest';
import type { EditsIndex } from '@/lib/edits/edits-index';
import { sampleEdits } from '@/test/support/edits/sample';
import { claim, line, run } from '@/test/support/checks/claims';
import { ncciPtp } from './ncci-ptp';

let edits: EditsIndex;
beforeAll(async () => { edits = await sampleEdits(); });

describe('ncci-ptp', () => {
  it('indicator 0: an error on the column 2 line that no modifier fixes, citing table, quarter and file', () => {
    const c = claim({ lines: [line({ code: '20001', modifiers: ['59'] }), line({ code: '20000' })] });
    const [f, ...rest] = run(ncciPtp, c, { edits });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', where: { line: 0 }, code: '20001', messageKey: 'check.ncci-ptp.ind0.message' });
    expect(f!.message).toBe('Line 1: 20001 is bundled into 20000 (line 2) on 2026-03-02: NCCI PTP edit, modifier indicator 0 (practitioner table, 2026 Q2, ccipra-v321r0-f1.txt; CMS rationale: Mutually exclusive procedures).');
    expect(f!.fix).toContain('Do not appeal');
  });

  it('indicator 1 without a bypass modifier: an error naming the modifiers', () => {
    const [f] = run(ncciPtp, claim({ lines: [line({ code: '20000' }), line({ code: '99213', modifiers: ['26'] })] }), { edits });
    expect(f).toMatchObject({ severity: 'error', where: { line: 1 }, messageKey: 'check.ncci-ptp.ind1.message', templateId: 'bundling-modifier' });
    expect(f!.fix).toMatch(/59 or XE, XS, XP, XU.*E1-E4.*24, 25, 27, 57, 58, 78, 79, 91/);
  });

  it('indicator 1 with a bypass modifier on the column 2 code: information only', () => {
    const [f] = run(ncciPtp, claim({ lines: [line({ code: '20000' }), line({ code: '99213', modifiers: ['25'] })] }), { edits });
    expect(f).toMatchObject({ severity: 'info', messageKey: 'check.ncci-ptp.bypassed.message', params: { modifier: '25' } });
  });

  it('needs the same date of service, and the edit in force on it', () => {
    const apart = claim({ serviceFrom: '2026-03-02', serviceTo: '2026-03-03', lines: [line({ code: '20000', serviceDate: '2026-03-02' }), line({ code: '20001', serviceDate: '2026-03-03' })] });
    expect(run(ncciPtp, apart, { edits })).toEqual([]);
    const deleted = claim({ lines: [line({ code: '20002' }), line({ code: '20003' })] });
    expect(run(ncciPtp, deleted, { edits })).toEqual([]);
    const before = claim({ serviceFrom: '2025-12-31', serviceTo: '2025-12-31', lines: [line({ code: '20002' }), line({ code: '20003' })] });
    expect(run(ncciPtp, before, { edits })).toHaveLength(1);
  });

  it('uses the hospital table for institutional claims and the practitioner one otherwise, and says so', () => {
    const lines = [line({ code: '20000' }), line({ code: '20004' }), line({ code: '20001' })];
    const inst = { ...claim({ lines }), claimType: 'institutional' as const };
    const [f, ...rest] = run(ncciPtp, inst, { edits });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: '20004' });
    expect(f!.message).toContain('outpatient hospital table');
    expect(run(ncciPtp, claim({ lines }), { edits }).map((x) => x.code)).toEqual(['20001']);
  });

  it('notes a date of service outside the file\'s dates', () => {
    const c = claim({ serviceFrom: '2027-02-01', serviceTo: '2027-02-01', lines: [line({ code: '20000' }), line({ code: '20001' })] });
    expect(run(ncciPtp, c, { edits })[0]!.fix).toContain('outside the dates this file covers (2020-01-01 to 2026-06-30)');
  });

  it('is silent without imported edits', () => {
    expect(run(ncciPtp, claim({ lines: [line({ code: '20000' }), line({ code: '20001' })] }))).toEqual([]);
  });
});
