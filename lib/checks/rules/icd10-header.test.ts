import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { icd10Header } from './icd10-header';

describe('icd10-header', () => {
  it('flags a category header and offers its billable descendants', () => {
    const [f] = run(icd10Header, claim({ diagnoses: ['E11'] }));
    expect(f).toMatchObject({ rule: 'icd10-header', severity: 'error', where: { diagnosis: 0 }, code: 'E11' });
    expect(f!.suggestions).toEqual(['E11.42', 'E11.65', 'E11.9']);
    expect(f!.fix).toBe('Bill a more specific code under it: E11.42, E11.65, E11.9.');
  });

  it('uses the newest release when the page shows no date', () => {
    expect(run(icd10Header, claim({ serviceFrom: null, serviceTo: null, diagnoses: ['E10'] }))).toHaveLength(1);
  });

  it('passes billable codes', () => {
    expect(run(icd10Header, claim({ diagnoses: ['E11.9', 'I10'], lines: [line({ dxPointers: [1, 2] })] }))).toEqual([]);
  });

  it('leaves codes that lack a 7th character to that rule', () => {
    expect(run(icd10Header, claim({ diagnoses: ['S52.521', 'S09.90'] }))).toEqual([]);
  });

  it('does not call B88.0 a header on a date it was billable', () => {
    expect(run(icd10Header, claim({ serviceFrom: '2025-06-01', diagnoses: ['B88.0'] }))).toEqual([]);
  });
});

describe('icd10-header: dates outside the loaded releases (false alarm removed)', () => {
  it.each(['2026-11-02', '2023-05-01'])('a header on %s is a warning carrying the caveat of the release that answered', (dos) => {
    const [f] = run(icd10Header, claim({ serviceFrom: dos, diagnoses: ['E11'] }));
    expect(f).toMatchObject({ severity: 'warning', messageKey: 'check.icd10-header.outside.message' });
    expect(f!.message).toMatch(/FY202[56] \(test\)/);
    expect(f!.params.caveat).not.toBe('');
    expect(f!.source).toMatch(/^Source: ICD-10-CM FY202[56] \(test\), effective 202[45]-10-01\.$/);
  });

  it('stays an error inside the loaded releases, naming the release', () => {
    const [f] = run(icd10Header, claim({ serviceFrom: '2026-03-02', diagnoses: ['E11'] }));
    expect(f).toMatchObject({ severity: 'error' });
    expect(f!.source).toBe('Source: ICD-10-CM FY2026 (test), effective 2025-10-01.');
  });
});
