/**
 * The day's worklist: which claims to touch today, which are late, what comes next. Pure: takes
 * decrypted items and today's ISO day.
 *
 * An item is due on the earliest of its next follow-up date and its open deadlines (timely filing,
 * appeal), because a specialist must act before a deadline even if the follow-up was set later.
 * Resolved items are done and never listed.
 */
import { daysBetween } from '@/lib/platform/dates';
import type { Deadline, FollowUpItem } from './types';

export interface WorklistEntry {
  item: FollowUpItem;
  /** ISO day the item is due. */
  due: string;
  /** What sets `due`: the follow-up date or a deadline. */
  reason: 'follow-up' | Deadline['kind'];
  /** Negative when overdue. */
  daysLeft: number;
}

export interface Worklist {
  overdue: WorklistEntry[];
  dueToday: WorklistEntry[];
  upcoming: WorklistEntry[];
  /** Items due after the upcoming window: counted so nothing silently drops off the list. */
  later: number;
}

function dueOf(item: FollowUpItem, today: string): Pick<WorklistEntry, 'due' | 'reason'> | null {
  let best: Pick<WorklistEntry, 'due' | 'reason'> | null = item.nextFollowUp ? { due: item.nextFollowUp, reason: 'follow-up' } : null;
  for (const d of item.deadlines) {
    // A deadline already passed is only news if nothing else is scheduled; a follow-up set after it
    // means the specialist has seen it (e.g. appealed late with good cause).
    if (d.date < today && best) continue;
    if (!best || d.date < best.due) best = { due: d.date, reason: d.kind };
  }
  return best;
}

function byDue(a: WorklistEntry, b: WorklistEntry): number {
  return a.due.localeCompare(b.due) || a.item.claimRef.localeCompare(b.item.claimRef);
}

/** `upcomingDays`: how far ahead "upcoming" looks (default 14 days, two work weeks). */
export function worklist(items: readonly FollowUpItem[], today: string, upcomingDays = 14): Worklist {
  const result: Worklist = { overdue: [], dueToday: [], upcoming: [], later: 0 };
  for (const item of items) {
    if (item.status === 'resolved') continue;
    const due = dueOf(item, today);
    if (!due) continue;
    const entry: WorklistEntry = { item, ...due, daysLeft: daysBetween(today, due.due) };
    if (entry.daysLeft < 0) result.overdue.push(entry);
    else if (entry.daysLeft === 0) result.dueToday.push(entry);
    else if (entry.daysLeft <= upcomingDays) result.upcoming.push(entry);
    else result.later++;
  }
  result.overdue.sort(byDue);
  result.dueToday.sort(byDue);
  result.upcoming.sort(byDue);
  return result;
}
