/** Turns a computed deadline into a finding whose severity grows as the day comes closer. */
import type { Deadline } from '@/lib/deadlines/types';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, FindingParams, Severity } from '@/lib/checks/types';

/** Two weeks is the least time to get records, a letter and a signature together. */
export const URGENT_DAYS = 14;
export const SOON_DAYS = 45;

export function deadlineSeverity(daysLeft: number): Severity {
  if (daysLeft <= URGENT_DAYS) return 'error';
  return daysLeft <= SOON_DAYS ? 'warning' : 'info';
}

function variant(daysLeft: number): 'closed' | 'today' | 'tomorrow' | 'open' {
  if (daysLeft < 0) return 'closed';
  if (daysLeft === 0) return 'today';
  return daysLeft === 1 ? 'tomorrow' : 'open';
}

export function deadlineFinding(ruleId: 'timely-filing' | 'appeal-window', d: Deadline): Finding {
  const v = variant(d.daysLeft);
  const r = d.rule;
  const params: FindingParams = {
    payerRule: r.id,
    due: d.due,
    from: d.from,
    days: Math.abs(d.daysLeft),
    noteKey: r.noteKey ?? '',
    count: r.timelyFilingMonths ?? r.timelyFilingDays ?? 0,
    windowKey: r.timelyFilingMonths != null ? 'deadline.window.months' : 'deadline.window.days',
    appealDays: r.appealDays,
    secondLevelKey: r.secondLevelDays ? 'check.appeal-window.secondLevel' : '',
    secondLevelDays: r.secondLevelDays ?? '',
  };
  if (r.labelKey) params.payerLabelKey = r.labelKey;
  else params.payerLabel = r.label;
  const templateId = ruleId === 'timely-filing' ? (v === 'closed' ? 'timely-filing' : 'corrected-claim') : 'reconsideration';
  return makeFinding(ruleId, deadlineSeverity(d.daysLeft), { claim: true }, null, `check.${ruleId}.${v}`, params,
    { fixKey: `check.${ruleId}.${v === 'closed' ? 'closed' : 'open'}.fix`, templateId });
}
