import { describe, expect, it } from 'vitest';
import { claim, line, run } from '../test-claims';
import { icd10Dos } from './icd10-dos';

describe('icd10-dos', () => {
  it('flags B88.0 after its FY2026 deletion and offers the replacements', () => {
    const [f, ...rest] = run(icd10Dos, claim({ serviceFrom: '2025-10-15', diagnoses: ['B88.0'] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', where: { diagnosis: 0 }, code: 'B88.0', suggestions: ['B88.01', 'B88.09'] });
    expect(f!.message).toBe('Diagnosis A B88.0 was deleted on 2025-10-01: not valid on the date of service 2025-10-15.');
  });

  it('flags B88.01 used before it was added', () => {
    const [f] = run(icd10Dos, claim({ serviceFrom: '2025-09-30', diagnoses: ['B88.01'] }));
    expect(f).toMatchObject({ messageKey: 'check.icd10-dos.notYet.message', params: { effectiveFrom: '2025-10-01', dos: '2025-09-30' } });
  });

  it('uses the dates of the lines that point at the diagnosis, not only the claim date', () => {
    const c = claim({
      serviceFrom: '2025-09-20', serviceTo: '2025-10-10', diagnoses: ['I10', 'B88.0'],
      lines: [line({ serviceDate: '2025-09-20', dxPointers: [1] }), line({ serviceDate: '2025-10-10', dxPointers: [2] })],
    });
    expect(run(icd10Dos, c).map((f) => f.params.dos)).toEqual(['2025-10-10']);
  });

  it('flags ICD-10-CM on a service before 2015-10-01', () => {
    const [f] = run(icd10Dos, claim({ serviceFrom: '2015-09-30', diagnoses: ['I10'] }));
    expect(f).toMatchObject({ severity: 'error', messageKey: 'check.icd10-dos.beforeIcd10.message' });
  });

  it('leaves dates outside the loaded releases to the nearest release (no deletion claimed), naming the release on real errors', () => {
    expect(run(icd10Dos, claim({ serviceFrom: '2019-05-01', diagnoses: ['I10'] }))).toEqual([]);
    expect(run(icd10Dos, claim({ serviceFrom: '2026-11-02', diagnoses: ['I10'] }))).toEqual([]);
    const [f] = run(icd10Dos, claim({ serviceFrom: '2025-10-15', diagnoses: ['B88.0'] }));
    expect(f!.source).toBe('Source: ICD-10-CM FY2026 (test), effective 2025-10-01.');
  });

  it('passes codes valid on their date, and B88.0 before its deletion', () => {
    expect(run(icd10Dos, claim({ serviceFrom: '2025-10-15', diagnoses: ['B88.01', 'E11.9'], lines: [line({ dxPointers: [1, 2] })] }))).toEqual([]);
    expect(run(icd10Dos, claim({ serviceFrom: '2025-09-30', diagnoses: ['B88.0'] }))).toEqual([]);
  });
});

describe('icd10-dos: inpatient stays', () => {
  it('validates an inpatient claim\'s diagnoses on the discharge (through) date', () => {
    // Admitted in FY2025, discharged in FY2026: B88.0 was deleted on 2025-10-01, so the stay needs B88.01/B88.09.
    const stay = { typeOfBill: '111', serviceFrom: '2025-09-28', serviceTo: '2025-10-03', diagnoses: ['B88.0'], lines: [line({ code: '0120', serviceDate: '2025-09-28' })] };
    expect(run(icd10Dos, claim(stay))).toMatchObject([{ severity: 'error', messageKey: 'check.icd10-dos.deleted.message', params: { dos: '2025-10-03' } }]);
    // The same dates on an outpatient claim are checked on the line's date.
    expect(run(icd10Dos, claim({ ...stay, typeOfBill: '131' }))).toEqual([]);
  });
});
