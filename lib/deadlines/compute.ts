/** Filing and appeal deadlines of a claim under a payer rule; pure calendar arithmetic. */
import type { Claim } from '@/lib/claim/types';
import { addDays, addMonths, daysBetween, isIsoDate } from '@/lib/platform/dates';
import { findPayerRule } from './match';
import { isDenied, isRejected, statusUnknown } from './status';
import { validatePayerRules } from './validate';
import type { Deadline, DeadlineSettings, PayerRule } from './types';

function serviceDates(claim: Claim): string[] {
  const dates = [claim.serviceFrom, claim.serviceTo, ...claim.lines.map((l) => l.serviceDate)].filter(isIsoDate);
  return dates.sort();
}

/**
 * 'dos' counts from the earliest date of service (the line that runs out first binds the claim);
 * 'discharge' from the through date of an institutional stay.
 */
export function timelyFilingStart(claim: Claim, rule: PayerRule): string | null {
  const dates = serviceDates(claim);
  if (dates.length === 0) return null;
  if (rule.timelyFilingFrom === 'discharge') return isIsoDate(claim.serviceTo) ? claim.serviceTo : dates[dates.length - 1]!;
  return dates[0]!;
}

export function timelyFilingDeadline(claim: Claim, rule: PayerRule, today: string): Deadline | null {
  const from = timelyFilingStart(claim, rule);
  if (!from) return null;
  const due = rule.timelyFilingMonths != null ? addMonths(from, rule.timelyFilingMonths) : addDays(from, rule.timelyFilingDays ?? 0);
  return { kind: 'timely-filing', rule, from, due, daysLeft: daysBetween(today, due) };
}

/** Counted from `claim.paidDate`: the remittance/denial date is the only determination date pages show. */
export function appealDeadline(claim: Claim, rule: PayerRule, today: string): Deadline | null {
  if (!isIsoDate(claim.paidDate)) return null;
  const due = addDays(claim.paidDate, rule.appealDays);
  return { kind: 'appeal', rule, from: claim.paidDate, due, daysLeft: daysBetween(today, due) };
}

/**
 * The deadlines that matter for this claim now: timely filing while a (new or corrected) claim may
 * still have to be sent — rejected, denied, or no sign it was processed; the appeal window for a
 * denial that has appeal rights (an unprocessable claim has none: it is resubmitted instead).
 */
export function claimDeadlines(claim: Claim, settings: DeadlineSettings, today: string): Deadline[] {
  // Settings come from storage: a broken rule is skipped here (the options page shows why).
  const rule = findPayerRule(claim, validatePayerRules(settings.payerRules).rules);
  const rejected = isRejected(claim);
  const denied = isDenied(claim);
  const out: Deadline[] = [];
  if (rejected || denied || statusUnknown(claim)) {
    const tf = timelyFilingDeadline(claim, rule, today);
    if (tf) out.push(tf);
  }
  if (denied && !rejected) {
    const appeal = appealDeadline(claim, rule, today);
    if (appeal) out.push(appeal);
  }
  return out;
}
