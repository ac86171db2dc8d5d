import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { icd10Dos } from './icd10-dos';
import { hcpcsValidity } from './hcpcs-validity';
import { TestTables } from '@/test/support/checks/tables';
import type { CodeSystem, DosValidity } from '@/lib/codes/types';
import { suggestImport } from '@/lib/codes/releases/suggest';

/** Tables whose newest releases end on 2026-09-30 (ICD-10-CM) and cover 2026 Q3 (HCPCS), as the real timeline answers past them. */
class EndsFy2026 extends TestTables {
  override validity(system: CodeSystem, code: string, dos: string): DosValidity {
    const v = super.validity(system, code, dos);
    if ((v.status === 'valid' || v.status === 'header') && dos > '2026-09-30' && (system === 'icd10cm' || system === 'hcpcs')) return { ...v, suggest: suggestImport(system, dos) };
    return v;
  }
}

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

  it('a date after the newest loaded release: one claim-level note naming the file to import', () => {
    const c = claim({ serviceFrom: '2026-11-02', diagnoses: ['E11.9', 'I10'], lines: [line({ dxPointers: [1, 2] })] });
    const found = run(icd10Dos, c, {}, new EndsFy2026());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', where: { claim: true }, messageKey: 'check.icd10-dos.beyond.message', params: { dos: '2026-11-02', files: '2027-code-descriptions-tabular-order.zip / icd10cm-code-descriptions-2027.zip' } });
    expect(found[0]!.fix).toContain('import it in Options → Code data');
    expect(run(icd10Dos, claim({ serviceFrom: '2026-09-30', diagnoses: ['E11.9'] }), {}, new EndsFy2026())).toEqual([]);
  });

  it('HCPCS: a date after the newest loaded quarter gets one note naming the quarterly file', () => {
    const c = claim({ serviceFrom: '2026-11-02', diagnoses: ['E11.9'], lines: [line({ code: 'J1100' }), line({ code: 'J1100' })] });
    const found = run(hcpcsValidity, c, {}, new EndsFy2026()).filter((f) => f.messageKey === 'check.hcpcs-validity.beyond.message');
    expect(found).toHaveLength(1);
    expect(found[0]!.params).toMatchObject({ files: 'october-2026-alpha-numeric-hcpcs-file.zip' });
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
