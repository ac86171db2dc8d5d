import { describe, expect, it } from 'vitest';
import { agingBuckets, bucketOf } from './aging';
import { addDays } from '@/lib/platform/dates';
import { agingPayers } from './aging';
import type { FollowUpItem } from './types';

const TODAY = '2026-11-26';
const item = (ageDays: number | null, amount: number | null, status: FollowUpItem['status'] = 'open'): FollowUpItem => ({
  claimRef: `C${ageDays}`, payer: null, serviceDate: ageDays === null ? null : addDays(TODAY, -ageDays), amount, status,
  nextFollowUp: null, deadlines: [], updatedAt: 1,
});

function bucketWithOne(serviceDate: string, today: string) {
  return agingBuckets([{ ...item(0, 1), serviceDate }], today).find((b) => b.count === 1)!.id;
}

describe('A/R aging buckets', () => {
  it('puts the boundary days in the right bucket', () => {
    expect([0, 30, 31, 60, 61, 90, 91, 120, 121, 400].map(bucketOf)).toEqual([
      '0-30', '0-30', '31-60', '31-60', '61-90', '61-90', '91-120', '91-120', '120+', '120+',
    ]);
  });

  it('counts and sums by age from the date of service', () => {
    const buckets = agingBuckets([item(30, 100), item(31, 50.1), item(120, 10), item(121, 0.1), item(121, 0.2), item(5, null)], TODAY);
    expect(buckets).toEqual([
      { id: '0-30', count: 2, amount: 100 },
      { id: '31-60', count: 1, amount: 50.1 },
      { id: '61-90', count: 0, amount: 0 },
      { id: '91-120', count: 1, amount: 10 },
      { id: '120+', count: 2, amount: 0.3 },
      { id: 'undated', count: 0, amount: 0 },
    ]);
  });

  it('leaves resolved claims out, counts undated ones apart, ages future dates as 0', () => {
    const buckets = agingBuckets([item(200, 99, 'resolved'), item(null, 20), item(-3, 7)], TODAY);
    expect(buckets.find((b) => b.id === '120+')!.count).toBe(0);
    expect(buckets.find((b) => b.id === 'undated')).toEqual({ id: 'undated', count: 1, amount: 20 });
    expect(buckets.find((b) => b.id === '0-30')).toEqual({ id: '0-30', count: 1, amount: 7 });
  });

  it('counts calendar days across a leap day', () => {
    expect(bucketWithOne('2028-02-01', '2028-03-02')).toBe('0-30'); // 30 days: February 2028 has 29
    expect(bucketWithOne('2028-02-01', '2028-03-03')).toBe('31-60'); // 31 days
    expect(bucketWithOne('2027-02-01', '2027-03-03')).toBe('0-30'); // 30 days: February 2027 has 28
  });
});

describe('aging by payer', () => {
  const withPayer = (payer: string | null, amount: number, status: FollowUpItem['status'] = 'open'): FollowUpItem => ({ ...item(10, amount, status), payer, claimRef: `C-${payer}-${amount}` });
  const items = [withPayer('Aetna', 100), withPayer('aetna ', 50), withPayer('Medicare', 70), withPayer(null, 5), withPayer('Cigna', 9, 'resolved')];

  it('narrows to one payer, whatever the case', () => {
    const only = agingBuckets(items, TODAY, 'AETNA');
    expect(only.find((b) => b.id === '0-30')).toEqual({ id: '0-30', count: 2, amount: 150 });
    expect(agingBuckets(items, TODAY, null).find((b) => b.id === '0-30')).toEqual({ id: '0-30', count: 4, amount: 225 });
  });

  it('lists the payers to filter by, without duplicates, resolved-only payers or blanks', () => {
    expect(agingPayers(items)).toEqual(['Aetna', 'Medicare']);
  });
});
