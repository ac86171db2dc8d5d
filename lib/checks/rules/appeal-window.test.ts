import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { appealWindow } from './appeal-window';

describe('appeal-window', () => {
  it('counts the Medicare redetermination window, 120 days from the determination', () => {
    const c = claim({ payer: 'Noridian Medicare', statusCategory: 'F2', status: 'Denied', paidDate: '2026-08-10' });
    const [f] = run(appealWindow, c);
    expect(f).toMatchObject({ severity: 'error', templateId: 'reconsideration', params: { due: '2026-12-08', days: 12 } });
    expect(f!.message).toBe('Appeal window closes in 12 days (2026-12-08) — Medicare (MAC).');
    expect(f!.fix).toContain('next level is due 180 days');
  });

  it('says when it closed', () => {
    const c = claim({ payer: 'Cigna', status: 'Partially denied', statusCategory: null, paidDate: '2026-01-15' });
    expect(run(appealWindow, c)[0]!.message).toBe('Appeal window closed on 2026-07-14 — Commercial default (per contract — edit in options).');
  });

  it('sees a denial through the line adjustments', () => {
    const c = claim({ statusCategory: null, status: null, paidDate: '2026-11-20', lines: [line({ paid: 0, adjustments: [{ group: 'CO', reason: '50', amount: 150 }] })] });
    expect(run(appealWindow, c)).toMatchObject([{ severity: 'info', params: { days: 174 } }]);
  });

  it('stays quiet for paid claims, unprocessable claims (no appeal rights) and without a determination date', () => {
    expect(run(appealWindow, claim({ paidDate: '2026-11-01' }))).toEqual([]);
    expect(run(appealWindow, claim({ statusCategory: 'F2', paidDate: '2026-11-01', lines: [line({ remarks: ['MA130'] })] }))).toEqual([]);
    expect(run(appealWindow, claim({ statusCategory: 'F2', paidDate: null }))).toEqual([]);
  });
});
