import { describe, expect, it } from 'vitest';
import { claim, line } from '@/test/support/checks/claims';
import { appealDeadline, claimDeadlines, timelyFilingDeadline } from './compute';
import { DEFAULT_PAYER_RULES } from './defaults';
import type { PayerRule } from './types';

const rule = (id: string) => DEFAULT_PAYER_RULES.find((r) => r.id === id)!;

describe('deadline computation', () => {
  it('counts Medicare timely filing in calendar months, leap day included', () => {
    const d = timelyFilingDeadline(claim({ serviceFrom: '2024-02-29', serviceTo: '2024-02-29' }), rule('medicare'), '2025-02-01');
    expect(d).toMatchObject({ from: '2024-02-29', due: '2025-02-28', daysLeft: 27 });
  });

  it('counts from the discharge (through) date when the rule says so', () => {
    const inpatient: PayerRule = { ...rule('medicaid'), timelyFilingFrom: 'discharge' };
    const d = timelyFilingDeadline(claim({ serviceFrom: '2026-01-01', serviceTo: '2026-01-09' }), inpatient, '2026-02-01');
    expect(d).toMatchObject({ from: '2026-01-09', due: '2027-01-09' });
  });

  it('counts appeals from the determination date', () => {
    expect(appealDeadline(claim({ paidDate: '2026-08-10' }), rule('medicare'), '2026-11-26')).toMatchObject({ due: '2026-12-08', daysLeft: 12 });
    expect(appealDeadline(claim({ paidDate: null }), rule('medicare'), '2026-11-26')).toBeNull();
  });

  it('lists the deadlines that matter for the claim state', () => {
    const denied = claim({ payer: 'Medicare', statusCategory: 'F2', paidDate: '2026-08-10' });
    expect(claimDeadlines(denied, {}, '2026-11-26').map((d) => d.kind)).toEqual(['timely-filing', 'appeal']);
    const rejected = claim({ payer: 'Medicare', statusCategory: 'A7', paidDate: null });
    expect(claimDeadlines(rejected, {}, '2026-11-26').map((d) => d.kind)).toEqual(['timely-filing']);
    expect(claimDeadlines(claim(), {}, '2026-11-26')).toEqual([]);
    const unprocessed = claim({ statusCategory: null, status: null, lines: [line({ paid: null })] });
    expect(claimDeadlines(unprocessed, {}, '2026-11-26').map((d) => d.kind)).toEqual(['timely-filing']);
  });

  it('has defaults whose windows are set exactly once', () => {
    for (const r of DEFAULT_PAYER_RULES) expect((r.timelyFilingDays == null) !== (r.timelyFilingMonths == null), r.id).toBe(true);
    expect(DEFAULT_PAYER_RULES[DEFAULT_PAYER_RULES.length - 1]!.payerMatch).toBe('*');
  });
});

describe('user rules from settings', () => {
  it('skips a broken user rule instead of computing a wrong deadline', () => {
    const broken = { id: 'b', label: 'Broken', payerMatch: 'aetna', timelyFilingFrom: 'dos', appealDays: 30, appealFrom: 'determination' } as PayerRule;
    const denied = claim({ payer: 'Aetna', statusCategory: 'F2', paidDate: '2026-11-01', serviceFrom: '2026-03-02' });
    expect(claimDeadlines(denied, { payerRules: [broken] }, '2026-11-26').map((d) => d.rule.id)).toEqual(['commercial', 'commercial']);
  });
});
