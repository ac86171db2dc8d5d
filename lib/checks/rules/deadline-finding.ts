/**
 * Turns a computed deadline into a finding. Severity follows the policy in the README: a deadline
 * is a date to act by, not a coding error, so it is a warning when it is close or passed and
 * information otherwise; only a timely-filing window that has passed under a published or
 * user-entered rule is an error (the claim will be denied by rule, CARC 29).
 */
import type { Deadline } from '@/lib/deadlines/types';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, FindingParams, Severity } from '@/lib/checks/types';
import { addDays } from '@/lib/platform/dates';
import type { TemplateId } from '@/lib/denials/letters';

/** Two weeks is the least time to get records, a letter and a signature together. */
export const URGENT_DAYS = 14;
export const SOON_DAYS = 45;

export function deadlineSeverity(d: Pick<Deadline, 'daysLeft' | 'kind' | 'rule'>): Severity {
  if (d.daysLeft < 0 && d.kind === 'timely-filing' && !d.rule.isDefault) return 'error';
  return d.daysLeft <= URGENT_DAYS ? 'warning' : 'info';
}

function variant(daysLeft: number): 'closed' | 'today' | 'tomorrow' | 'open' {
  if (daysLeft < 0) return 'closed';
  if (daysLeft === 0) return 'today';
  return daysLeft === 1 ? 'tomorrow' : 'open';
}

/** The remedy for the claim's payer type, keyed `check.remedy.<kind>.<payerType>` with a generic fallback. */
function remedyKey(d: Deadline, late: boolean, unprocessable: boolean): string {
  const t = d.payerType;
  const medicare = t === 'medicare-part-a' || t === 'medicare-part-b';
  if (d.kind === 'timely-filing') {
    if (late && medicare) return 'check.remedy.late.medicare';
    if (late) return 'check.remedy.late.other';
    if (unprocessable) return 'check.remedy.newClaim';
    return 'check.remedy.file';
  }
  if (d.kind === 'appeal') {
    if (t === 'medicare-part-b') return 'check.remedy.appeal.medicarePartB';
    if (t === 'medicare-part-a') return 'check.remedy.appeal.medicarePartA';
    if (t === 'medicare-advantage') return 'check.remedy.appeal.medicareAdvantage';
    return 'check.remedy.appeal.other';
  }
  return d.kind === 'reopening' ? 'check.remedy.reopening' : 'check.remedy.adjustment';
}

export interface DeadlineContext {
  /** The claim carries CARC 29 (filed late). */
  late: boolean;
  /** Returned unprocessable / rejected: a new claim is needed (MA130). */
  unprocessable: boolean;
}

export function deadlineFinding(ruleId: 'timely-filing' | 'appeal-window', d: Deadline, ctx: DeadlineContext): Finding {
  const v = variant(d.daysLeft);
  const r = d.rule;
  const c = d.counting;
  const params: FindingParams = {
    payerRule: r.id,
    payerType: d.payerType,
    payerTypeKey: `payerType.${d.payerType}`,
    due: d.due,
    from: d.from,
    days: Math.abs(d.daysLeft),
    noteKey: r.noteKey ?? '',
    count: c.count,
    windowKey: c.unit === 'months' ? 'deadline.window.months' : 'deadline.window.days',
    startKey: `deadline.start.${c.start}`,
    receiptDays: c.receiptDays,
    receipt: c.receiptDays ? addDays(d.from, c.receiptDays) : d.from,
    countFromKey: c.receiptDays ? 'deadline.from.receipt' : 'deadline.from.notice',
    countingKey: 'deadline.counting.calendar',
    appealDays: r.appealDays,
    levelKey: d.kind === 'appeal' ? r.appealLevelKey ?? 'deadline.level.appeal' : `deadline.level.${d.kind}`,
    secondLevelKey: d.kind === 'appeal' && r.secondLevelDays ? 'check.appeal-window.secondLevel' : '',
    secondLevelDays: r.secondLevelDays ?? '',
    remedyKey: remedyKey(d, ctx.late, ctx.unprocessable),
    defaultNoteKey: r.isDefault ? 'deadline.isDefault' : '',
    ruleSourceKey: r.sourceKey ?? (r.labelKey ? 'deadline.source.default' : 'deadline.source.user'),
  };
  if (r.labelKey) params.payerLabelKey = r.labelKey;
  else params.payerLabel = r.label;
  let templateId: TemplateId | null;
  if (d.kind === 'timely-filing') templateId = v === 'closed' || ctx.late ? 'timely-filing' : ctx.unprocessable ? null : 'corrected-claim';
  else if (d.kind === 'appeal') templateId = 'reconsideration';
  else templateId = null;
  // A Medicare timely-filing denial has no appeal rights: no letter to offer.
  if (ctx.late && (d.payerType === 'medicare-part-a' || d.payerType === 'medicare-part-b')) templateId = null;
  const base = d.kind === 'timely-filing' || d.kind === 'appeal' ? `check.${ruleId}` : `check.${ruleId}.${d.kind}`;
  return makeFinding(ruleId, deadlineSeverity(d), { claim: true }, null, `${base}.${v}`, params,
    { fixKey: `${base}.${v === 'closed' ? 'closed' : 'open'}.fix`, templateId, sourceKey: 'check.deadline.source' });
}
