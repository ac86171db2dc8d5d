import { describe, expect, it } from 'vitest';
import { claim, run } from '@/test/support/checks/claims';
import { icd9AfterIcd10 } from './icd9-after-icd10';

describe('icd9-after-icd10', () => {
  it('flags ICD-9-CM on a service from 2015-10-01 and offers the GEMs target', () => {
    const [f] = run(icd9AfterIcd10, claim({ serviceFrom: '2015-10-01', diagnoses: ['250.00'] }));
    expect(f).toMatchObject({ severity: 'error', code: '250.00', suggestions: ['E11.9'] });
    expect(f!.fix).toBe('The GEMs crosswalk suggests E11.9; bill the one the record supports.');
  });

  it('passes ICD-9-CM on services before 2015-10-01', () => {
    expect(run(icd9AfterIcd10, claim({ serviceFrom: '2015-09-30', serviceTo: '2015-09-30', diagnoses: ['250.00', '401.9'] }))).toEqual([]);
  });

  it('passes ICD-10-CM codes', () => {
    expect(run(icd9AfterIcd10, claim({ diagnoses: ['E11.9'] }))).toEqual([]);
  });
});
