/**
 * A/R aging by date of service, in the buckets every billing office reports: 0-30, 31-60, 61-90,
 * 91-120 and over 120 days (HFMA "MAP Keys" use the same cut-offs). Pure.
 *
 * Day 30 is still in 0-30, day 31 starts 31-60; day 120 is in 91-120, day 121 is over 120.
 * Resolved items are no longer receivable and are left out. Items without a date of service
 * cannot be aged and are counted apart so the total still adds up. Sums are in cents so a column
 * of $0.10s does not drift.
 *
 * The amounts are what the payer still owes (lib/notes/balance.ts), and the table covers only the
 * claims on the worklist (those with notes or follow-up items), never the practice's whole A/R:
 * the UI says so. It can be narrowed to one payer.
 */
import { daysBetween } from '@/lib/platform/dates';
import type { FollowUpItem } from './types';

export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '91-120', '120+'] as const;
export type AgingBucketId = (typeof AGING_BUCKETS)[number];

export interface AgingBucket {
  id: AgingBucketId | 'undated';
  count: number;
  /** Dollars; items with an unknown amount count but add nothing. */
  amount: number;
}

export function bucketOf(ageDays: number): AgingBucketId {
  if (ageDays <= 30) return '0-30';
  if (ageDays <= 60) return '31-60';
  if (ageDays <= 90) return '61-90';
  if (ageDays <= 120) return '91-120';
  return '120+';
}

/** Payer names as the worklist knows them, case-folded duplicates merged, sorted; unnamed payers left out. */
export function agingPayers(items: readonly FollowUpItem[]): string[] {
  const byKey = new Map<string, string>();
  for (const item of items) {
    const name = item.payer?.trim();
    if (name && item.status !== 'resolved' && !byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

/** Five buckets in order, then "undated"; `payer` narrows to one payer (case-insensitive). */
export function agingBuckets(items: readonly FollowUpItem[], today: string, payer?: string | null): AgingBucket[] {
  const cents = new Map<AgingBucket['id'], { count: number; cents: number }>();
  for (const id of [...AGING_BUCKETS, 'undated'] as const) cents.set(id, { count: 0, cents: 0 });
  const wanted = payer?.trim().toLowerCase() || null;
  for (const item of items) {
    if (item.status === 'resolved') continue;
    if (wanted && item.payer?.trim().toLowerCase() !== wanted) continue;
    // A service date in the future (typo, or a scheduled service) ages as 0 days.
    const id = item.serviceDate ? bucketOf(Math.max(0, daysBetween(item.serviceDate, today))) : 'undated';
    const slot = cents.get(id)!;
    slot.count++;
    slot.cents += Math.round((item.amount ?? 0) * 100);
  }
  return [...cents].map(([id, s]) => ({ id, count: s.count, amount: s.cents / 100 }));
}
