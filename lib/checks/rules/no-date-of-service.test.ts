import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { noDateOfService } from './no-date-of-service';

describe('no-date-of-service', () => {
  it('says so when neither the claim nor any line has a date', () => {
    expect(run(noDateOfService, claim({ serviceFrom: null, serviceTo: null }))).toMatchObject([{ severity: 'info', where: { claim: true } }]);
  });

  it('passes when a line carries the date, or when there is nothing to check', () => {
    expect(run(noDateOfService, claim({ serviceFrom: null, serviceTo: null, lines: [line({ serviceDate: '2026-01-05' })] }))).toEqual([]);
    expect(run(noDateOfService, claim({ serviceFrom: null, serviceTo: null, diagnoses: [], lines: [] }))).toEqual([]);
  });
});
