import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { timelyFiling } from './timely-filing';

const rejected = { statusCategory: 'A7', status: 'Rejected', paidDate: null };
const late = (payer: string) => claim({ payer, statusCategory: 'F2', paidDate: '2026-10-01', serviceFrom: '2025-06-02', serviceTo: '2025-06-02', lines: [line({ paid: 0, adjustments: [{ group: 'CO', reason: '29', amount: 150 }] })] });

describe('timely-filing', () => {
  it('counts Medicare 12 months from the date of service for a rejected claim', () => {
    const [f] = run(timelyFiling, claim({ ...rejected, payer: 'Medicare Part B', serviceFrom: '2025-12-08', serviceTo: '2025-12-08' }));
    expect(f).toMatchObject({ severity: 'warning', where: { claim: true }, params: { due: '2026-12-08', days: 12 } });
    expect(f!.message).toBe('Timely filing ends in 12 days (2026-12-08) — Original Medicare Part B.');
    expect(f!.fix).toContain('12 months from the date of service (2025-12-08)');
    expect(f!.fix).toContain('a due date on a weekend or holiday is not moved');
  });

  it('a passed window under a published rule is an error; under a default it is a warning that says it is a default', () => {
    const medicare = run(timelyFiling, claim({ ...rejected, payer: 'Medicare Part B', serviceFrom: '2025-06-02' }));
    expect(medicare).toMatchObject([{ severity: 'error', templateId: 'timely-filing', params: { due: '2026-06-02' } }]);
    const [f] = run(timelyFiling, claim({ ...rejected, payer: 'Aetna', serviceFrom: '2026-03-02' }));
    // Commercial default: 90 days from 2026-03-02 = 2026-05-31.
    expect(f).toMatchObject({ severity: 'warning', templateId: 'timely-filing', params: { due: '2026-05-31', days: 179 } });
    expect(f!.message).toBe('Timely filing ended on 2026-05-31, 179 days ago — Commercial plan (default — edit per contract).');
    expect(f!.fix).toContain('default window');
  });

  it('proof of timely filing is the payer acceptance report (277CA), not a 999', () => {
    const [f] = run(timelyFiling, late('Aetna'));
    expect(f!.fix).toContain('277CA');
    expect(f!.fix).toContain('not a 999');
  });

  it('medicare CARC 29 carries no appeal rights: only 42 CFR 424.44(b) exceptions, no letter offered', () => {
    const [f] = run(timelyFiling, late('Medicare'));
    expect(f!.fix).toContain('no appeal rights');
    expect(f!.fix).toContain('424.44(b)');
    expect(f!.templateId).toBeNull();
  });

  it('MA130 (unprocessable): a new claim, not a corrected one', () => {
    const c = claim({ payer: 'Medicare', statusCategory: 'F2', paidDate: '2026-10-01', serviceFrom: '2026-09-01', lines: [line({ paid: 0, adjustments: [{ group: 'CO', reason: '16', amount: 1 }], remarks: ['MA130'] })] });
    const [f] = run(timelyFiling, c);
    expect(f!.fix).toContain('send a new claim, not a corrected one');
    expect(f!.templateId).toBeNull();
  });

  it('uses the earliest line date and grades by urgency', () => {
    const soon = claim({ ...rejected, payer: 'Medicare', serviceFrom: null, serviceTo: null, lines: [line({ serviceDate: '2026-01-02' }), line({ serviceDate: '2025-12-31' })] });
    expect(run(timelyFiling, soon)).toMatchObject([{ severity: 'info', params: { due: '2026-12-31', days: 35 } }]);
    const close = claim({ ...rejected, payer: 'Medicare', serviceFrom: '2025-12-05' });
    expect(run(timelyFiling, close)).toMatchObject([{ severity: 'warning' }]);
  });

  it('applies the user rule before the defaults and names it as the source', () => {
    const rule = { id: 'u', label: 'Acme contract', payerMatch: 'acme', timelyFilingDays: 365, timelyFilingFrom: 'dos' as const, appealDays: 60, appealFrom: 'determination' as const };
    const [f] = run(timelyFiling, claim({ ...rejected, payer: 'ACME Health', serviceFrom: '2026-03-02' }), { payerRules: [rule] });
    expect(f!.message).toBe('Timely filing ends in 96 days (2027-03-02) — Acme contract.');
    expect(f!.source).toBe('Payer rule: Acme contract — your rule in options.');
  });

  it('never shows on an adjudicated denial (the appeal window does), nor on a paid claim or without dates', () => {
    const denied = claim({ payer: 'Aetna', statusCategory: 'F2', paidDate: '2026-10-01', lines: [line({ paid: 0, adjustments: [{ group: 'CO', reason: '50', amount: 150 }] })] });
    expect(run(timelyFiling, denied)).toEqual([]);
    expect(run(timelyFiling, claim({ payer: 'Medicare', serviceFrom: '2025-12-08' }))).toEqual([]);
    expect(run(timelyFiling, claim({ ...rejected, serviceFrom: null, serviceTo: null }))).toEqual([]);
  });
});
