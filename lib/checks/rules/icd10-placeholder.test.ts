import { describe, expect, it } from 'vitest';
import { claim, run } from '@/test/support/checks/claims';
import { icd10Placeholder } from './icd10-placeholder';

describe('icd10-placeholder', () => {
  it('flags S09.90A typed without its X and offers S09.90XA', () => {
    const [f] = run(icd10Placeholder, claim({ diagnoses: ['I10', 's0990a'] }));
    expect(f).toMatchObject({ severity: 'error', where: { diagnosis: 1 }, suggestions: ['S09.90XA'] });
    expect(f!.fix).toBe('Bill S09.90XA.');
  });

  it('passes complete codes and unknown codes that no X repairs', () => {
    expect(run(icd10Placeholder, claim({ diagnoses: ['S09.90XA', 'E11.9', 'E11.99', 'Z99Q'] }))).toEqual([]);
  });
});
