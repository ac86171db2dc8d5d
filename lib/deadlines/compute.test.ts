import { describe, expect, it } from 'vitest';
import { claim, line } from '@/test/support/checks/claims';
import { appealDeadline, claimDeadlines, timelyFilingDeadline } from './compute';
import { DEFAULT_PAYER_RULES } from './defaults';
import type { PayerRule } from './types';

const rule = (id: string) => DEFAULT_PAYER_RULES.find((r) => r.id === id)!;
const deniedRemit = (group: 'CO' | 'PR', reason: string) => [line({ paid: 0, adjustments: [{ group, reason, amount: 150 }] })];

describe('deadline computation', () => {
  it('counts Medicare timely filing in calendar months, leap day included', () => {
    const d = timelyFilingDeadline(claim({ serviceFrom: '2024-02-29', serviceTo: '2024-02-29' }), rule('medicare-part-b'), '2025-02-01');
    expect(d).toMatchObject({ from: '2024-02-29', due: '2025-02-28', daysLeft: 27, counting: { unit: 'months', count: 12, start: 'dos', rollsForward: false } });
  });

  it('counts Part A from the discharge (through) date', () => {
    const d = timelyFilingDeadline(claim({ serviceFrom: '2026-01-01', serviceTo: '2026-01-09' }), rule('medicare-part-a'), '2026-02-01');
    expect(d).toMatchObject({ from: '2026-01-09', due: '2027-01-09', counting: { start: 'discharge' } });
  });

  it('medicare redetermination: 120 days from receipt, receipt presumed 5 days after the notice date', () => {
    // 2026-08-10 + 5 = 2026-08-15 (presumed receipt) + 120 = 2026-12-13.
    expect(appealDeadline(claim({ paidDate: '2026-08-10' }), rule('medicare-part-b'), '2026-11-26'))
      .toMatchObject({ due: '2026-12-13', daysLeft: 17, counting: { unit: 'days', count: 120, start: 'notice', receiptDays: 5 } });
    expect(appealDeadline(claim({ paidDate: null }), rule('medicare-part-b'), '2026-11-26')).toBeNull();
  });

  it('medicare advantage reconsideration: 60 days from the notice (the safe side of 42 CFR 422.582\'s 65)', () => {
    const c = claim({ payer: 'Humana Gold Plus HMO', statusCategory: 'F2', paidDate: '2026-10-01', lines: deniedRemit('CO', '50') });
    expect(claimDeadlines(c, {}, '2026-11-26')).toMatchObject([{ kind: 'appeal', due: '2026-11-30', payerType: 'medicare-advantage', rule: { id: 'medicare-advantage' } }]);
  });

  it('unknown commercial plan: 90 days to file and 60 to appeal; unknown Medicaid: 90 days to file', () => {
    expect(rule('commercial')).toMatchObject({ timelyFilingDays: 90, appealDays: 60, isDefault: true });
    expect(rule('unknown')).toMatchObject({ timelyFilingDays: 90, appealDays: 60, isDefault: true });
    expect(rule('medicaid')).toMatchObject({ timelyFilingDays: 90, isDefault: true });
    const rejected = claim({ payer: 'Acme Health', statusCategory: 'A7', serviceFrom: '2026-10-01', serviceTo: '2026-10-01' });
    expect(claimDeadlines(rejected, {}, '2026-11-26')).toMatchObject([{ kind: 'timely-filing', due: '2026-12-30', payerType: 'unknown' }]);
  });

  it('timely filing shows only while a claim must get on file: rejected, unprocessable, not found, or denied as late', () => {
    const denied = claim({ payer: 'Aetna', statusCategory: 'F2', paidDate: '2026-10-01', lines: deniedRemit('CO', '50') });
    expect(claimDeadlines(denied, {}, '2026-11-26').map((d) => d.kind)).toEqual(['appeal']);
    const rejected = claim({ payer: 'Aetna', statusCategory: 'A7', paidDate: null });
    expect(claimDeadlines(rejected, {}, '2026-11-26').map((d) => d.kind)).toEqual(['timely-filing']);
    const unprocessable = claim({ payer: 'Medicare', statusCategory: 'F2', paidDate: '2026-10-01', lines: [line({ paid: 0, adjustments: [{ group: 'CO', reason: '16', amount: 150 }], remarks: ['MA130'] })] });
    expect(claimDeadlines(unprocessable, {}, '2026-11-26').map((d) => d.kind)).toEqual(['timely-filing']);
    const unprocessed = claim({ statusCategory: null, status: null, lines: [line({ paid: null })] });
    expect(claimDeadlines(unprocessed, {}, '2026-11-26').map((d) => d.kind)).toEqual(['timely-filing']);
    expect(claimDeadlines(claim(), {}, '2026-11-26')).toEqual([]);
    const lateCommercial = claim({ payer: 'Aetna', statusCategory: 'F2', paidDate: '2026-10-01', lines: deniedRemit('CO', '29') });
    expect(claimDeadlines(lateCommercial, {}, '2026-11-26').map((d) => d.kind)).toEqual(['timely-filing', 'appeal']);
  });

  it('medicare CARC 29 has no appeal rights: no appeal or reopening window, only the filing window', () => {
    const late = claim({ payer: 'Medicare', claimType: 'professional', statusCategory: 'F2', paidDate: '2026-10-01', lines: deniedRemit('CO', '29') });
    expect(claimDeadlines(late, {}, '2026-11-26').map((d) => d.kind)).toEqual(['timely-filing']);
  });

  it('medicare part B denial: redetermination and reopening (1 year from the determination); part A adds the xx7 adjustment window', () => {
    const partB = claim({ payer: 'Novitas', claimType: 'professional', statusCategory: 'F2', paidDate: '2026-10-01', serviceFrom: '2026-09-01', serviceTo: '2026-09-01', lines: deniedRemit('CO', '50') });
    expect(claimDeadlines(partB, {}, '2026-11-26').map((d) => [d.kind, d.due])).toEqual([['appeal', '2027-02-03'], ['reopening', '2027-10-01']]);
    const partA = { ...partB, claimType: 'institutional' as const, typeOfBill: '131' };
    expect(claimDeadlines(partA, {}, '2026-11-26').map((d) => [d.kind, d.due])).toEqual([['appeal', '2027-02-03'], ['reopening', '2027-10-01'], ['adjustment', '2027-09-01']]);
  });

  it('has defaults for every payer type, with windows set exactly once', () => {
    for (const r of DEFAULT_PAYER_RULES) expect((r.timelyFilingDays == null) !== (r.timelyFilingMonths == null), r.id).toBe(true);
    expect(DEFAULT_PAYER_RULES.map((r) => r.payerType)).toEqual(['medicare-part-a', 'medicare-part-b', 'medicare-advantage', 'medicaid', 'medicaid-managed-care', 'commercial', 'unknown']);
  });
});

describe('user rules from settings', () => {
  it('skips a broken user rule instead of computing a wrong deadline', () => {
    const broken = { id: 'b', label: 'Broken', payerMatch: 'aetna', timelyFilingFrom: 'dos', appealDays: 30, appealFrom: 'determination' } as PayerRule;
    const denied = claim({ payer: 'Aetna', statusCategory: 'A7', paidDate: '2026-11-01', serviceFrom: '2026-03-02' });
    expect(claimDeadlines(denied, { payerRules: [broken] }, '2026-11-26').map((d) => d.rule.id)).toEqual(['commercial']);
  });
});
