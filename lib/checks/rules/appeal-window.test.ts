import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { appealWindow } from './appeal-window';

const denial = (reason: string, remarks: string[] = []) => [line({ paid: 0, adjustments: [{ group: 'CO', reason, amount: 150 }], remarks })];

describe('appeal-window', () => {
  it('medicare part B: redetermination 120 days from presumed receipt (notice + 5 days), reopening 1 year, no corrected claim', () => {
    const c = claim({ payer: 'Noridian Medicare', claimType: 'professional', statusCategory: 'F2', status: 'Denied', paidDate: '2026-08-10', lines: denial('50') });
    const [appeal, reopening, ...rest] = run(appealWindow, c);
    expect(rest).toEqual([]);
    // 2026-08-10 + 5 = 2026-08-15, + 120 days = 2026-12-13: 17 days after 2026-11-26.
    expect(appeal).toMatchObject({ severity: 'info', templateId: 'reconsideration', params: { due: '2026-12-13', days: 17, payerType: 'medicare-part-b' } });
    expect(appeal!.message).toBe('Redetermination window closes in 17 days (2026-12-13) — Original Medicare Part B.');
    expect(appeal!.fix).toContain('do not send a new or corrected claim');
    expect(appeal!.fix).toContain('CO-18');
    expect(appeal!.fix).toContain('presumed receipt on 2026-08-15 (notice date 2026-08-10 + 5 days)');
    expect(appeal!.fix).toContain('not moved to the next business day');
    expect(appeal!.fix).toContain('next level is due 180 days');
    expect(appeal!.source).toContain('405.942 (redetermination');
    expect(reopening).toMatchObject({ severity: 'info', params: { due: '2027-08-10' }, templateId: null });
    expect(reopening!.message).toBe('Reopening possible until 2027-08-10 (clerical errors) — Original Medicare Part B.');
  });

  it('medicare part A: a type of bill xx7 adjustment within timely filing', () => {
    const c = claim({ payer: 'Palmetto GBA', typeOfBill: '131', statusCategory: 'F2', paidDate: '2026-08-10', serviceFrom: '2026-07-01', serviceTo: '2026-07-03', lines: denial('50') });
    const found = run(appealWindow, c);
    expect(found.map((f) => f.messageKey)).toEqual(['check.appeal-window.open.message', 'check.appeal-window.reopening.open.message', 'check.appeal-window.adjustment.open.message']);
    expect(found[0]!.fix).toContain('adjustment bill (type of bill xx7)');
    expect(found[2]).toMatchObject({ params: { due: '2027-07-03' } });
  });

  it('medicare advantage: plan reconsideration counted 60 days (42 CFR 422.582 allows 65)', () => {
    const c = claim({ payer: 'Humana Gold Plus HMO', statusCategory: 'F2', paidDate: '2026-10-01', lines: denial('50') });
    const [f, ...rest] = run(appealWindow, c);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', params: { due: '2026-11-30', payerType: 'medicare-advantage' } });
    expect(f!.message).toBe('Reconsideration window closes in 4 days (2026-11-30) — Medicare Advantage plan (default — edit per contract).');
    expect(f!.fix).toContain('reconsideration (42 CFR 422.582 allows 65 days');
  });

  it('grades by urgency: two weeks or less is a warning, never an error', () => {
    const soon = claim({ payer: 'Humana Gold Plus HMO', statusCategory: 'F2', paidDate: '2026-10-01', lines: denial('50') });
    expect(run(appealWindow, soon)[0]!.severity).toBe('warning');
    const closed = claim({ payer: 'Cigna', status: 'Partially denied', statusCategory: null, paidDate: '2026-01-15' });
    const [f] = run(appealWindow, closed);
    expect(f!.severity).toBe('warning');
    expect(f!.message).toBe('Appeal window closed on 2026-03-16 — Commercial plan (default — edit per contract).');
    expect(f!.fix).toContain('Default window');
  });

  it('sees a denial through the line adjustments', () => {
    const c = claim({ statusCategory: null, status: null, paidDate: '2026-11-20', lines: denial('50') });
    expect(run(appealWindow, c)).toMatchObject([{ severity: 'info', params: { days: 54 } }]);
  });

  it('stays quiet for paid claims, unprocessable claims (MA130: no appeal rights) and Medicare CARC 29; says when no determination date is shown', () => {
    expect(run(appealWindow, claim({ paidDate: '2026-11-01' }))).toEqual([]);
    expect(run(appealWindow, claim({ statusCategory: 'F2', paidDate: '2026-11-01', lines: [line({ remarks: ['MA130'] })] }))).toEqual([]);
    expect(run(appealWindow, claim({ payer: 'Medicare', statusCategory: 'F2', paidDate: '2026-11-01', lines: denial('29') }))).toEqual([]);
    expect(run(appealWindow, claim({ statusCategory: 'F2', paidDate: null }))).toMatchObject([{ severity: 'info', messageKey: 'check.appeal-window.noDate.message' }]);
  });
});
