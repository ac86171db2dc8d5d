import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { icd10NotFirstListed } from './icd10-not-first-listed';

describe('icd10-not-first-listed', () => {
  it.each([
    ['V43.52XA', 'externalCause', 'I.C.20'],
    ['Z3A.20', 'gestation', 'I.C.15.b'],
    ['Z68.41', 'bmi', 'I.C.21.c.3'],
    ['B95.0', 'agent', 'I.C.1 (B95-B97)'],
  ])('%s may not be first-listed (%s, guideline %s)', (code, kind, section) => {
    const [f, ...rest] = run(icd10NotFirstListed, claim({ diagnoses: [code, 'E11.9'], lines: [line({ dxPointers: [1, 2] })] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', where: { diagnosis: 0 }, code, messageKey: `check.icd10-not-first-listed.${kind}.message` });
    expect(f!.source).toBe(`Source: ICD-10-CM Official Guidelines ${section}.`);
  });

  it('checks a line whose first pointer is such a code', () => {
    const [f] = run(icd10NotFirstListed, claim({ diagnoses: ['E11.9', 'Z68.41'], lines: [line({ dxPointers: [2, 1] })] }));
    expect(f).toMatchObject({ where: { line: 0 }, code: 'Z68.41' });
    expect(f!.message).toBe('Line 1 points first at diagnosis B Z68.41, a body mass index code, which may not be a line’s first diagnosis.');
  });

  it('passes them as secondary diagnoses, and ICD-9-CM V codes', () => {
    expect(run(icd10NotFirstListed, claim({ diagnoses: ['E11.9', 'Z68.41', 'V43.52XA'], lines: [line({ dxPointers: [1, 2, 3] })] }))).toEqual([]);
    expect(run(icd10NotFirstListed, claim({ serviceFrom: '2014-03-01', diagnoses: ['V45.81'] }))).toEqual([]);
  });
});
