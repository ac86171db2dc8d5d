import { describe, expect, it } from 'vitest';
import { claim, run } from '@/test/support/checks/claims';
import { ageOn, icd10AgeSex } from './icd10-age-sex';

const on = (overrides: Parameters<typeof claim>[0]) => run(icd10AgeSex, claim({ serviceFrom: '2026-03-02', ...overrides }));

describe('icd10-age-sex', () => {
  it('maternity code on a male patient: a warning to verify', () => {
    const [f] = on({ patientSex: 'M', diagnoses: ['O80'] });
    expect(f).toMatchObject({ severity: 'warning', where: { diagnosis: 0 }, messageKey: 'check.icd10-age-sex.maternitySex.message' });
    expect(f!.fix).toContain('condition code 45');
  });

  it('maternity code outside ages 12-55', () => {
    expect(on({ patientSex: 'F', patientDob: '1960-01-01', diagnoses: ['Z3A.20'] })).toMatchObject([{ severity: 'warning', params: { age: 66 } }]);
    expect(on({ patientSex: 'F', patientDob: '2016-03-03', diagnoses: ['O80'] })).toMatchObject([{ params: { age: 9 } }]);
    expect(on({ patientSex: 'F', patientDob: '1990-01-01', diagnoses: ['O80'] })).toEqual([]);
  });

  it('perinatal P code after the first year, citing guideline I.C.16.a', () => {
    const [f] = on({ patientDob: '2020-05-01', diagnoses: ['P07.30'] });
    expect(f).toMatchObject({ severity: 'warning', messageKey: 'check.icd10-age-sex.perinatalAge.message', params: { age: 5 } });
    expect(f!.fix).toContain('I.C.16.a.4');
    expect(on({ patientDob: '2025-12-01', diagnoses: ['P07.30'] })).toEqual([]);
  });

  it('sex-specific genital codes on the other sex', () => {
    expect(on({ patientSex: 'F', diagnoses: ['N40.0'] })[0]!.message).toBe('Diagnosis A N40.0 describes a male condition, but the page shows a female patient.');
    expect(on({ patientSex: 'M', diagnoses: ['N92.0'] })[0]!.message).toBe('Diagnosis A N92.0 describes a female condition, but the page shows a male patient.');
    expect(on({ patientSex: 'M', diagnoses: ['N40.0'] })).toEqual([]);
  });

  it('stays quiet without sex or birth date on the page, or with sex unknown', () => {
    expect(on({ diagnoses: ['O80', 'N40.0'] })).toEqual([]);
    expect(on({ patientSex: 'U', diagnoses: ['O80', 'N40.0'] })).toEqual([]);
  });

  it('counts whole years', () => {
    expect(ageOn('2000-03-02', '2026-03-01')).toBe(25);
    expect(ageOn('2000-03-02', '2026-03-02')).toBe(26);
  });
});
