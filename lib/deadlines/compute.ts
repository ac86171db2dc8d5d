/** Filing and appeal deadlines of a claim under a payer rule; pure calendar arithmetic. */
import type { Claim } from '@/lib/claim/types';
import { addDays, addMonths, daysBetween, isIsoDate } from '@/lib/platform/dates';
import { findPayerRule } from './match';
import { isDenied, isRejected, statusUnknown } from './status';
import { isOriginalMedicare, type PayerType } from './payer-type';
import { MEDICARE_REOPENING_MONTHS } from './defaults';
import { payerTypeOf } from './match';
import { hasCarc } from './status';
import { validatePayerRules } from './validate';
import type { Deadline, DeadlineCounting, PayerRule } from './types';
import type { DeadlineSettings } from './types';

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

function counting(unit: 'days' | 'months', count: number, start: DeadlineCounting['start'], receiptDays = 0): DeadlineCounting {
  return { unit, count, start, receiptDays, rollsForward: false };
}

export function timelyFilingDeadline(claim: Claim, rule: PayerRule, today: string, payerType: PayerType = rule.payerType ?? 'unknown'): Deadline | null {
  const from = timelyFilingStart(claim, rule);
  if (!from) return null;
  const months = rule.timelyFilingMonths;
  const due = months != null ? addMonths(from, months) : addDays(from, rule.timelyFilingDays ?? 0);
  const c = months != null ? counting('months', months, rule.timelyFilingFrom) : counting('days', rule.timelyFilingDays ?? 0, rule.timelyFilingFrom);
  return { kind: 'timely-filing', rule, from, due, daysLeft: daysBetween(today, due), payerType, counting: c };
}

/**
 * Counted from `claim.paidDate`, the remittance/denial date (the only determination date pages
 * show), plus the rule's presumed-receipt days (Medicare: 5).
 */
export function appealDeadline(claim: Claim, rule: PayerRule, today: string, payerType: PayerType = rule.payerType ?? 'unknown'): Deadline | null {
  if (!isIsoDate(claim.paidDate)) return null;
  const receiptDays = rule.receiptDays ?? 0;
  const due = addDays(addDays(claim.paidDate, receiptDays), rule.appealDays);
  return { kind: 'appeal', rule, from: claim.paidDate, due, daysLeft: daysBetween(today, due), payerType, counting: counting('days', rule.appealDays, 'notice', receiptDays) };
}

/** Original Medicare reopening: 1 year from the initial determination, no receipt presumption. */
export function reopeningDeadline(claim: Claim, rule: PayerRule, today: string, payerType: PayerType): Deadline | null {
  if (!isIsoDate(claim.paidDate)) return null;
  const due = addMonths(claim.paidDate, MEDICARE_REOPENING_MONTHS);
  return { kind: 'reopening', rule, from: claim.paidDate, due, daysLeft: daysBetween(today, due), payerType, counting: counting('months', MEDICARE_REOPENING_MONTHS, 'notice') };
}

/**
 * The deadlines that matter for this claim now:
 * - timely filing only while a claim still has to get on file: rejected or returned unprocessable
 *   (MA130), nothing showing it was processed, or denied as late (CARC 29);
 * - for an adjudicated denial, the first appeal level, except a Medicare CARC 29 denial, which has
 *   no appeal rights (42 CFR 424.44(b) exceptions only);
 * - Original Medicare also gets the reopening window (clerical errors), and Part A the adjustment
 *   bill (TOB xx7), which must be filed within timely filing.
 */
export function claimDeadlines(claim: Claim, settings: DeadlineSettings, today: string): Deadline[] {
  // Settings come from storage: a broken rule is skipped here (the options page shows why).
  const rule = findPayerRule(claim, validatePayerRules(settings.payerRules).rules);
  const type = payerTypeOf(claim);
  const medicare = isOriginalMedicare(type);
  const rejected = isRejected(claim);
  const denied = isDenied(claim);
  const late = hasCarc(claim, '29');
  const out: Deadline[] = [];
  if (rejected || statusUnknown(claim) || late) {
    const tf = timelyFilingDeadline(claim, rule, today, type);
    if (tf) out.push(tf);
  }
  if (denied && !rejected && !(late && medicare)) {
    const appeal = appealDeadline(claim, rule, today, type);
    if (appeal) out.push(appeal);
    if (medicare) {
      const reopening = reopeningDeadline(claim, rule, today, type);
      if (reopening) out.push(reopening);
    }
    if (type === 'medicare-part-a') {
      const tf = timelyFilingDeadline(claim, rule, today, type);
      if (tf) out.push({ ...tf, kind: 'adjustment' });
    }
  }
  return out;
}
