import { describe, expect, it } from 'vitest';
import { claim, run } from '@/test/support/checks/claims';
import { icd10Unknown } from './icd10-unknown';

describe('icd10-unknown', () => {
  it('flags a code in no release, offering near codes valid on the date', () => {
    const [f, ...rest] = run(icd10Unknown, claim({ diagnoses: ['I10', 'E11.99'] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'icd10-unknown', severity: 'error', where: { diagnosis: 1 }, code: 'E11.99' });
    expect(f!.message).toBe('Diagnosis B E11.99 is not an ICD-10-CM code.');
    expect(f!.suggestions).toEqual(['E11.9']);
  });

  it('words a malformed code differently', () => {
    const [f] = run(icd10Unknown, claim({ diagnoses: ['DIABETES'] }));
    expect(f!.messageKey).toBe('check.icd10-unknown.shape.message');
    expect(f!.suggestions).toEqual([]);
  });

  it('reads the QA0 family (the only letter in 2nd position) as ICD-10-CM, not as a malformed code; other letter pairs stay malformed', () => {
    const [qa0] = run(icd10Unknown, claim({ diagnoses: ['QA0.0999'] }));
    expect(qa0).toMatchObject({ code: 'QA0.0999' });
    expect(qa0!.messageKey).not.toBe('check.icd10-unknown.shape.message');
    const [qb0] = run(icd10Unknown, claim({ diagnoses: ['QB0.0101'] }));
    expect(qb0!.messageKey).toBe('check.icd10-unknown.shape.message');
  });

  it('passes known ICD-10-CM and ICD-9-CM codes, in any typed form', () => {
    expect(run(icd10Unknown, claim({ diagnoses: ['e119', 'I10', 'S52.521', '250.00'] }))).toEqual([]);
  });

  it('leaves a missing X placeholder to its own rule', () => {
    expect(run(icd10Unknown, claim({ diagnoses: ['S09.90A'] }))).toEqual([]);
  });
});

describe('icd10-unknown: dates outside the loaded releases (false alarm removed)', () => {
  it.each(['2026-11-02', '2023-05-01'])('a code not in the tables on %s is a warning that names the release that answered', (dos) => {
    const [f] = run(icd10Unknown, claim({ serviceFrom: dos, diagnoses: ['E11.99'] }));
    expect(f).toMatchObject({ severity: 'warning', messageKey: 'check.icd10-unknown.outside.message', templateId: null });
    expect(f!.message).toMatch(/the nearest, ICD-10-CM FY202[56] \(test\), answered/);
  });

  it('stays an error inside the loaded releases', () => {
    expect(run(icd10Unknown, claim({ serviceFrom: '2026-03-02', diagnoses: ['E11.99'] }))).toMatchObject([{ severity: 'error' }]);
  });
});
