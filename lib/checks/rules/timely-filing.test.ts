import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { timelyFiling } from './timely-filing';

const denied = { statusCategory: 'F2', status: 'Denied', paidDate: '2026-10-01' };

describe('timely-filing', () => {
  it('counts Medicare 12 months from the date of service', () => {
    const [f] = run(timelyFiling, claim({ ...denied, payer: 'Medicare Part B', serviceFrom: '2025-12-08', serviceTo: '2025-12-08' }));
    expect(f).toMatchObject({ severity: 'error', where: { claim: true }, params: { due: '2026-12-08', days: 12 } });
    expect(f!.message).toBe('Timely filing ends in 12 days (2026-12-08) — Medicare (MAC).');
    expect(f!.fix).toContain('12 months from 2025-12-08');
  });

  it('says when the window closed, with the timely-filing template', () => {
    const [f] = run(timelyFiling, claim({ ...denied, payer: 'Aetna', serviceFrom: '2026-03-02' }));
    // Commercial default: 180 days from 2026-03-02 = 2026-08-29.
    expect(f).toMatchObject({ severity: 'error', templateId: 'timely-filing', params: { due: '2026-08-29', days: 89 } });
    expect(f!.message).toBe('Timely filing ended on 2026-08-29, 89 days ago — Commercial default (per contract — edit in options).');
  });

  it('grades by urgency and uses the earliest line date', () => {
    const soon = claim({ ...denied, payer: 'Medicare', serviceFrom: null, serviceTo: null, lines: [line({ serviceDate: '2026-01-02' }), line({ serviceDate: '2025-12-31' })] });
    expect(run(timelyFiling, soon)).toMatchObject([{ severity: 'warning', params: { due: '2026-12-31', days: 35 } }]);
    const later = claim({ ...denied, payer: 'Medicare', serviceFrom: '2026-06-01' });
    expect(run(timelyFiling, later)).toMatchObject([{ severity: 'info' }]);
  });

  it('applies the user rule before the defaults', () => {
    const rule = { id: 'u', label: 'Acme contract', payerMatch: 'acme', timelyFilingDays: 365, timelyFilingFrom: 'dos' as const, appealDays: 60, appealFrom: 'determination' as const };
    const [f] = run(timelyFiling, claim({ ...denied, payer: 'ACME Health', serviceFrom: '2026-03-02' }), { payerRules: [rule] });
    expect(f!.message).toBe('Timely filing ends in 96 days (2027-03-02) — Acme contract.');
  });

  it('stays quiet for a paid claim without denials, and without dates', () => {
    expect(run(timelyFiling, claim({ payer: 'Medicare', serviceFrom: '2025-12-08' }))).toEqual([]);
    expect(run(timelyFiling, claim({ ...denied, serviceFrom: null, serviceTo: null }))).toEqual([]);
  });
});
