import { describe, expect, it } from 'vitest';
import type { FollowUpItem } from './types';
import { worklist } from './worklist';

const TODAY = '2026-11-26';
const item = (claimRef: string, nextFollowUp: string | null, extra: Partial<FollowUpItem> = {}): FollowUpItem => ({
  claimRef, payer: null, serviceDate: null, amount: null, status: 'open', nextFollowUp, deadlines: [], updatedAt: 1, ...extra,
});

describe('worklist', () => {
  it('splits by follow-up date into overdue, due today and upcoming, sorted by due date', () => {
    const w = worklist([
      item('late2', '2026-11-25'), item('late1', '2026-11-01'), item('today', TODAY), item('soon', '2026-11-27'),
      item('edge', '2026-12-10'), item('far', '2026-12-11'), item('none', null),
    ], TODAY);
    expect(w.overdue.map((e) => [e.item.claimRef, e.daysLeft])).toEqual([['late1', -25], ['late2', -1]]);
    expect(w.dueToday.map((e) => e.item.claimRef)).toEqual(['today']);
    expect(w.upcoming.map((e) => [e.item.claimRef, e.daysLeft])).toEqual([['soon', 1], ['edge', 14]]);
    expect(w.later).toBe(1);
  });

  it('leaves resolved claims out', () => {
    const w = worklist([item('done', '2026-11-01', { status: 'resolved' })], TODAY);
    expect([...w.overdue, ...w.dueToday, ...w.upcoming]).toEqual([]);
  });

  it('brings a claim forward when a deadline comes before its follow-up date', () => {
    const w = worklist([
      item('appeal', '2026-12-20', { deadlines: [{ kind: 'appeal', date: TODAY }] }),
      item('tf', null, { deadlines: [{ kind: 'timely-filing', date: '2026-11-20' }] }),
      item('seen', '2026-11-30', { deadlines: [{ kind: 'appeal', date: '2026-11-10' }] }),
    ], TODAY);
    expect(w.dueToday.map((e) => [e.item.claimRef, e.reason])).toEqual([['appeal', 'appeal']]);
    expect(w.overdue.map((e) => [e.item.claimRef, e.reason])).toEqual([['tf', 'timely-filing']]);
    expect(w.upcoming.map((e) => [e.item.claimRef, e.reason])).toEqual([['seen', 'follow-up']]);
  });

  it('honours a custom upcoming window', () => {
    const w = worklist([item('a', '2026-11-28'), item('b', '2026-12-30')], TODAY, 60);
    expect(w.upcoming.map((e) => e.item.claimRef)).toEqual(['a', 'b']);
    expect(w.later).toBe(0);
  });
});
