import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { icd10Excludes1 } from './icd10-excludes1';

describe('icd10-excludes1', () => {
  it('false alarm removed: Excludes1 is a warning citing guideline I.A.12.a and the FY2021 notes, at the later diagnosis', () => {
    const [f, ...rest] = run(icd10Excludes1, claim({ diagnoses: ['E11.9', 'I10', 'E10.9'], lines: [line({ dxPointers: [1, 2, 3] })] }));
    expect(rest).toEqual([]);
    expect(f!.fix).toContain('I.A.12.a allows both when they are unrelated');
    expect(f!.source).toBe('Source: ICD-10-CM Official Guidelines I.A.12.a (Excludes1); notes from ICD-10-CM Tabular List FY2021 (test).');
    expect(f).toMatchObject({ severity: 'warning', where: { diagnosis: 2 }, code: 'E10.9', params: { definedAt: 'E11', letterA: 'A', letterB: 'C' } });
    expect(f!.message).toContain('ICD-10-CM Tabular List FY2021 (test)');
  });

  it('passes diagnoses with no Excludes1 relation', () => {
    expect(run(icd10Excludes1, claim({ diagnoses: ['E11.9', 'I10', 'E11.65'] }))).toEqual([]);
  });
});
