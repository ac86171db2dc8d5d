import { describe, expect, it } from 'vitest';
import { claim, run } from '@/test/support/checks/claims';
import { placeOfService } from './place-of-service';

describe('place-of-service', () => {
  it('warns about a place of service not in the CMS list', () => {
    const [f] = run(placeOfService, claim({ placeOfService: '30' }));
    expect(f).toMatchObject({ severity: 'warning', where: { claim: true }, code: '30' });
    expect(f!.source).toContain('CMS Place of Service');
  });

  it('passes CMS codes and claims that show none', () => {
    expect(run(placeOfService, claim({ placeOfService: '11' }))).toEqual([]);
    expect(run(placeOfService, claim())).toEqual([]);
  });
});
