// What `npm run check` accepts; check-page.official.test.ts checks pages with the real tables.
import { describe, expect, it } from 'vitest';
import { demoProblemClaim } from '@/test/support/checks/demo-claim';
import { claimPageFromJson } from './check-page';

describe('claimPageFromJson', () => {
  it('accepts a claim, a results list and extract output, and rejects anything else', () => {
    const claim = demoProblemClaim();
    expect(claimPageFromJson(claim)).toBe(claim);
    expect(claimPageFromJson({ page: claim })).toBe(claim);
    expect(claimPageFromJson({ claims: [claim] })).toEqual({ claims: [claim] });
    expect(() => claimPageFromJson({ claims: [{}] })).toThrow('claims[0]');
    expect(() => claimPageFromJson([1, 2])).toThrow('not a claim');
  });
});
