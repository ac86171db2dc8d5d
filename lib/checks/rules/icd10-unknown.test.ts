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

  it('passes known ICD-10-CM and ICD-9-CM codes, in any typed form', () => {
    expect(run(icd10Unknown, claim({ diagnoses: ['e119', 'I10', 'S52.521', '250.00'] }))).toEqual([]);
  });

  it('leaves a missing X placeholder to its own rule', () => {
    expect(run(icd10Unknown, claim({ diagnoses: ['S09.90A'] }))).toEqual([]);
  });
});
