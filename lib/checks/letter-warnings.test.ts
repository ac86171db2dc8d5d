import { describe, expect, it } from 'vitest';
import { checkClaim } from '@/lib/checks';
import { claim, line, TODAY } from '@/test/support/checks/claims';
import { TestTables } from '@/test/support/checks/tables';
import { flaggedCodesCited } from './letter-warnings';

const findings = checkClaim(
  claim({ diagnoses: ['E11', 'E11.9'], lines: [line({ paid: 0, dxPointers: [1, 2], adjustments: [{ group: 'CO', reason: '50', amount: 150 }] })] }),
  new TestTables(), {}, TODAY,
);

describe('flagged codes a letter cites', () => {
  it('warns about a header code the letter quotes, once, with the finding that flagged it', () => {
    const cited = flaggedCodesCited('Diagnoses: E11, E11.9. The header E11 again.', findings);
    expect(cited.map((c) => c.code)).toEqual(['E11']);
    expect(cited[0]!.finding.rule).toBe('icd10-header');
    expect(findings[cited[0]!.index]).toBe(cited[0]!.finding);
  });
  it('does not mistake a longer code for the flagged one, nor a denial code for a wrong code', () => {
    expect(flaggedCodesCited('Diagnosis E11.9; denial CO-50.', findings)).toEqual([]);
    expect(flaggedCodesCited('', findings)).toEqual([]);
  });
  it('matches whatever the case', () => {
    expect(flaggedCodesCited('code e11 was billed', findings).map((c) => c.code)).toEqual(['E11']);
  });
});
