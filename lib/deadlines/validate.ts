/**
 * Checks payer rules coming from storage.local or the options editor before they are used, so a
 * half-edited rule gives a clear message instead of a wrong deadline. Invalid rules are reported and
 * left out; valid ones are kept (nothing the user typed is dropped silently).
 */
import { PAYER_TYPES } from './payer-type';
import { MAX_PATTERN_CHARS, MAX_PATTERN_WILDCARDS, patternProblem } from './match';
import type { PayerRule } from './types';

export interface RuleError {
  /** Index in the input array. */
  index: number;
  field: keyof PayerRule | 'rule';
  message: string;
}

const MAX_DAYS = 3650;
const MAX_MONTHS = 120;

function positiveInt(v: unknown, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= max;
}

export function validatePayerRule(raw: unknown, index = 0): { rule: PayerRule | null; errors: RuleError[] } {
  const errors: RuleError[] = [];
  const err = (field: RuleError['field'], message: string) => errors.push({ index, field, message });
  if (typeof raw !== 'object' || raw === null) return { rule: null, errors: [{ index, field: 'rule', message: 'A payer rule must be an object.' }] };
  const r = raw as Partial<PayerRule>;
  if (typeof r.id !== 'string' || !r.id.trim()) err('id', 'The rule needs an id.');
  if (typeof r.label !== 'string' || !r.label.trim()) err('label', 'Give the rule a name, e.g. "Aetna commercial".');
  const typed = r.payerType !== undefined;
  if (typed && !(PAYER_TYPES as readonly string[]).includes(r.payerType as string)) err('payerType', 'Unknown payer type.');
  // A rule for a payer type (replacing a default) may leave the name pattern empty.
  if (typeof r.payerMatch !== 'string' || (!typed && !r.payerMatch.split('|').some((p) => p.trim()))) err('payerMatch', 'Enter at least one payer name to match, e.g. "aetna" or "blue*shield|bcbs".');
  else if (patternProblem(r.payerMatch) === 'too-long') err('payerMatch', `Each payer name to match may be at most ${MAX_PATTERN_CHARS} characters.`);
  else if (patternProblem(r.payerMatch) === 'too-many-wildcards') err('payerMatch', `Each payer name to match may use * at most ${MAX_PATTERN_WILDCARDS} times.`);
  if (r.receiptDays !== undefined && !(typeof r.receiptDays === 'number' && Number.isInteger(r.receiptDays) && r.receiptDays >= 0 && r.receiptDays <= 30)) err('receiptDays', 'Receipt days must be a whole number from 0 to 30.');
  const hasDays = r.timelyFilingDays !== undefined && r.timelyFilingDays !== null;
  const hasMonths = r.timelyFilingMonths !== undefined && r.timelyFilingMonths !== null;
  if (hasDays === hasMonths) err('timelyFilingDays', 'Set the timely filing window either in days or in months (one of the two).');
  else if (hasDays && !positiveInt(r.timelyFilingDays, MAX_DAYS)) err('timelyFilingDays', `Timely filing days must be a whole number from 1 to ${MAX_DAYS}.`);
  else if (hasMonths && !positiveInt(r.timelyFilingMonths, MAX_MONTHS)) err('timelyFilingMonths', `Timely filing months must be a whole number from 1 to ${MAX_MONTHS}.`);
  if (r.timelyFilingFrom !== 'dos' && r.timelyFilingFrom !== 'discharge') err('timelyFilingFrom', 'Timely filing counts from the date of service or the discharge date.');
  if (!positiveInt(r.appealDays, MAX_DAYS)) err('appealDays', `Appeal days must be a whole number from 1 to ${MAX_DAYS}.`);
  if (r.appealFrom !== 'determination' && r.appealFrom !== 'paidDate') err('appealFrom', 'The appeal window counts from the determination or the paid date.');
  if (r.secondLevelDays !== undefined && !positiveInt(r.secondLevelDays, MAX_DAYS)) err('secondLevelDays', `Second-level days must be a whole number from 1 to ${MAX_DAYS}.`);
  return { rule: errors.length ? null : (r as PayerRule), errors };
}

/** Validates a stored list; returns the usable rules in order and every problem found. */
export function validatePayerRules(raw: unknown): { rules: PayerRule[]; errors: RuleError[] } {
  if (!Array.isArray(raw)) return { rules: [], errors: raw == null ? [] : [{ index: -1, field: 'rule', message: 'Payer rules must be a list.' }] };
  const rules: PayerRule[] = [];
  const errors: RuleError[] = [];
  raw.forEach((item, i) => {
    const v = validatePayerRule(item, i);
    if (v.rule) rules.push(v.rule);
    errors.push(...v.errors);
  });
  return { rules, errors };
}
