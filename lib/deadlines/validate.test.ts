import { describe, expect, it } from 'vitest';
import { DEFAULT_PAYER_RULES } from './defaults';
import { validatePayerRule, validatePayerRules } from './validate';

const good = { id: 'u1', label: 'Aetna', payerMatch: 'aetna', timelyFilingDays: 120, timelyFilingFrom: 'dos', appealDays: 180, appealFrom: 'determination' };

describe('payer rule validation', () => {
  it('accepts the defaults and a well-formed user rule', () => {
    for (const r of DEFAULT_PAYER_RULES) expect(validatePayerRule(r).errors, r.id).toEqual([]);
    expect(validatePayerRule(good).rule).toEqual(good);
  });

  it('names each bad field', () => {
    const { rule, errors } = validatePayerRule({ ...good, payerMatch: ' | ', timelyFilingMonths: 12, appealDays: 0 }, 3);
    expect(rule).toBeNull();
    expect(errors.map((e) => [e.index, e.field])).toEqual([[3, 'payerMatch'], [3, 'timelyFilingDays'], [3, 'appealDays']]);
    expect(validatePayerRule({ ...good, timelyFilingDays: 90.5 }).errors[0]!.field).toBe('timelyFilingDays');
    expect(validatePayerRule('x').errors[0]!.field).toBe('rule');
  });

  it('keeps the valid rules of a list and reports the others', () => {
    const { rules, errors } = validatePayerRules([good, { ...good, id: '' }]);
    expect(rules).toEqual([good]);
    expect(errors).toEqual([{ index: 1, field: 'id', message: expect.any(String) }]);
    expect(validatePayerRules(undefined)).toEqual({ rules: [], errors: [] });
    expect(validatePayerRules({}).errors).toHaveLength(1);
  });
});
