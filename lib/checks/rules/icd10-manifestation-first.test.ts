import { describe, expect, it } from 'vitest';
import { claim, run } from '@/test/support/checks/claims';
import { icd10ManifestationFirst } from './icd10-manifestation-first';

describe('icd10-manifestation-first', () => {
  it.each(['G63', 'F02.80'])('flags %s in the first position', (code) => {
    const [f] = run(icd10ManifestationFirst, claim({ diagnoses: [code, 'G30.9'] }));
    expect(f).toMatchObject({ severity: 'error', where: { diagnosis: 0 }, code });
  });

  it('passes a manifestation code listed after its underlying condition', () => {
    expect(run(icd10ManifestationFirst, claim({ diagnoses: ['G30.9', 'F02.80'] }))).toEqual([]);
    expect(run(icd10ManifestationFirst, claim({ diagnoses: [] }))).toEqual([]);
  });
});
