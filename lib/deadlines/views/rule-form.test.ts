import { describe, expect, it } from 'vitest';
import { DEFAULT_PAYER_RULES, validatePayerRule } from '@/lib/deadlines';
import { checkDraft, draftFromRule, EMPTY_DRAFT, MAX_DAYS, MAX_MONTHS, ruleFromDraft, storedRuleProblems, type RuleDraft } from './rule-form';

const draft = (over: Partial<RuleDraft> = {}): RuleDraft => ({
  ...EMPTY_DRAFT, label: 'Aetna contract', payerMatch: 'aetna', filingCount: '90', appealDays: '60', ...over,
});

describe('payer rule form', () => {
  it('round-trips every built-in rule through the form fields', () => {
    for (const rule of DEFAULT_PAYER_RULES) {
      const { labelKey: _l, noteKey: _n, sourceKey: _s, isDefault: _d, ...own } = rule;
      expect(ruleFromDraft(draftFromRule(rule), rule.id), rule.id).toEqual(own);
    }
  });

  it('builds a valid rule in days or months, trimming names', () => {
    expect(checkDraft(draft({ label: '  Aetna contract ', payerMatch: ' aetna|cigna ' }), 'u1')).toEqual({
      rule: { id: 'u1', label: 'Aetna contract', payerMatch: 'aetna|cigna', timelyFilingDays: 90, timelyFilingFrom: 'dos', appealDays: 60, appealFrom: 'determination' },
      errors: {},
    });
    const months = checkDraft(draft({ filingCount: '12', filingUnit: 'months', timelyFilingFrom: 'discharge', appealFrom: 'paidDate', secondLevelDays: '180' }), 'u2').rule!;
    expect(months).toMatchObject({ timelyFilingMonths: 12, timelyFilingFrom: 'discharge', appealFrom: 'paidDate', secondLevelDays: 180 });
    expect(months).not.toHaveProperty('timelyFilingDays');
  });

  it('keeps a payer type and presumed receipt days, and names the type\'s appeal level', () => {
    const rule = checkDraft(draft({ payerType: 'medicare-advantage', payerMatch: '', receiptDays: '5' }), 'u3').rule!;
    expect(rule).toMatchObject({ payerType: 'medicare-advantage', payerMatch: '', receiptDays: 5, appealLevelKey: 'deadline.level.reconsideration' });
    expect(checkDraft(draft({ payerMatch: '' }), 'u').errors.payerMatch).toContain('at least one payer name');
    expect(checkDraft(draft({ receiptDays: '31' }), 'u').errors.receiptDays).toBe('Receipt days must be a whole number from 0 to 30.');
  });

  it('puts each validator error beside its field, in words', () => {
    const { rule, errors } = checkDraft(draft({ label: ' ', payerMatch: '|', filingCount: '', appealDays: '0', secondLevelDays: 'x' }), 'u1');
    expect(rule).toBeNull();
    expect(errors).toEqual({
      label: expect.stringContaining('Give the rule a name'),
      payerMatch: expect.stringContaining('at least one payer name'),
      filingCount: 'Enter the timely filing window.',
      appealDays: `The appeal window must be a whole number of days from 1 to ${MAX_DAYS}.`,
      secondLevelDays: expect.stringContaining('Leave it empty'),
    });
    expect(checkDraft(draft({ filingCount: '90.5' }), 'u').errors.filingCount).toBe(`Timely filing must be a whole number of days from 1 to ${MAX_DAYS}.`);
    expect(checkDraft(draft({ filingCount: '-3' }), 'u').errors.filingCount).toContain('whole number of days');
    expect(checkDraft(draft({ filingCount: '1e2' }), 'u').errors.filingCount).toContain('whole number of days');
    expect(checkDraft(draft({ filingCount: '121', filingUnit: 'months' }), 'u').errors.filingCount).toBe(`Timely filing must be a whole number of months from 1 to ${MAX_MONTHS}.`);
  });

  it('states the same bounds as the validator', () => {
    const base = ruleFromDraft(draft(), 'u');
    expect(validatePayerRule({ ...base, timelyFilingDays: MAX_DAYS }).rule).not.toBeNull();
    expect(validatePayerRule({ ...base, timelyFilingDays: MAX_DAYS + 1 }).rule).toBeNull();
    const months = ruleFromDraft(draft({ filingUnit: 'months', filingCount: String(MAX_MONTHS) }), 'u');
    expect(validatePayerRule(months).rule).not.toBeNull();
    expect(validatePayerRule({ ...months, timelyFilingMonths: MAX_MONTHS + 1 }).rule).toBeNull();
    expect(validatePayerRule({ ...base, appealDays: MAX_DAYS + 1 }).rule).toBeNull();
  });

  it('explains why a stored rule is not used, and reads what it can of it', () => {
    expect(storedRuleProblems(DEFAULT_PAYER_RULES[1])).toEqual([]);
    const broken = { id: 'x', label: 'Old Cigna', payerMatch: 'cigna', timelyFilingDays: 90, timelyFilingMonths: 3, timelyFilingFrom: 'dos', appealDays: 60, appealFrom: 'determination' };
    expect(storedRuleProblems(broken)).toEqual(['The timely filing window is set both in days and in months: keep one of the two.']);
    expect(storedRuleProblems({ ...broken, timelyFilingMonths: undefined, timelyFilingDays: 0 })).toEqual([`Timely filing must be a whole number of days from 1 to ${MAX_DAYS}.`]);
    expect(storedRuleProblems({ label: 'No id' })[0]).toContain('damaged');
    expect(draftFromRule('nonsense')).toEqual(EMPTY_DRAFT);
    expect(draftFromRule(broken)).toMatchObject({ label: 'Old Cigna', filingCount: '3', filingUnit: 'months' });
  });
});
