import { describe, expect, it } from 'vitest';
import { claim, run } from '@/test/support/checks/claims';
import { line } from '@/test/support/checks/claims';
import { icd10ManifestationFirst } from './icd10-manifestation-first';

describe('icd10-manifestation-first', () => {
  it.each(['G63', 'F02.80', 'G01', 'D63.1'])('flags %s ("in diseases classified elsewhere" or a manifestation category) in the first position', (code) => {
    const [f, ...rest] = run(icd10ManifestationFirst, claim({ diagnoses: [code, 'G30.9'], lines: [line({ dxPointers: [1, 2] })] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', where: { diagnosis: 0 }, code, messageKey: 'check.icd10-manifestation-first.title.message' });
    expect(f!.source).toContain('I.A.13');
  });

  it('names what to code first from the "code first" note', () => {
    const [f] = run(icd10ManifestationFirst, claim({ diagnoses: ['D63.1', 'N18.6'] }));
    expect(f!.fix).toContain('underlying chronic kidney disease (CKD) (N18.-)');
  });

  it('a "code first underlying ..." note without a manifestation title (R65.20) is a warning to verify', () => {
    const [f] = run(icd10ManifestationFirst, claim({ diagnoses: ['R65.20'] }));
    expect(f).toMatchObject({ severity: 'warning', messageKey: 'check.icd10-manifestation-first.codeFirst.message' });
    expect(f!.fix).toContain('underlying infection');
  });

  it('false alarm avoided: conditional "code first" notes (N18.6 "any associated ...") are not flagged', () => {
    expect(run(icd10ManifestationFirst, claim({ diagnoses: ['N18.6'] }))).toEqual([]);
  });

  it('checks each line\'s first pointer', () => {
    const c = claim({ diagnoses: ['G30.9', 'F02.80'], lines: [line({ dxPointers: [2, 1] }), line({ dxPointers: [1, 2] })] });
    const found = run(icd10ManifestationFirst, c);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', where: { line: 0 }, code: 'F02.80', params: { letter: 'B' } });
  });

  it('passes a manifestation code listed after its underlying condition', () => {
    expect(run(icd10ManifestationFirst, claim({ diagnoses: ['G30.9', 'F02.80'], lines: [line({ dxPointers: [1, 2] })] }))).toEqual([]);
    expect(run(icd10ManifestationFirst, claim({ diagnoses: [] }))).toEqual([]);
  });
});
