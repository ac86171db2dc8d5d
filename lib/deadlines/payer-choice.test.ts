import { describe, expect, it } from 'vitest';
import { claim } from '@/test/support/checks/claims';
import { claimDeadlines, findPayerRule, type PayerRule } from '@/lib/deadlines';
import { choiceKey, chosenRule, isBuiltInRule, readChoices, rulesWithChoice, withChoice } from './payer-choice';

const SITE = 'https://portal.example.com';
const mine: PayerRule = {
  id: 'my-plan', label: 'My plan', payerMatch: 'nothing-matches-this', timelyFilingDays: 90, timelyFilingFrom: 'dos', appealDays: 30, appealFrom: 'determination',
};

describe('the payer rule chosen for a site and payer name', () => {
  it('is keyed by site and payer name, whatever the case and spacing', () => {
    expect(choiceKey(SITE, '  Example   HEALTH plan ')).toBe(choiceKey(SITE, 'example health plan'));
    expect(choiceKey(SITE, null)).toBe(`${SITE}|`);
    expect(choiceKey(SITE, 'A')).not.toBe(choiceKey('https://other.example.com', 'A'));
  });

  it('changes the deadlines of that payer\'s claims on that site, and only there', () => {
    const c = claim({ payer: 'Example Health Plan', status: 'Denied', statusCategory: 'F2', serviceFrom: '2026-03-02', paidDate: '2026-04-01' });
    const before = claimDeadlines(c, { payerRules: [] }, '2026-05-01');
    expect(before[0]!.rule.id).toBe(findPayerRule(c).id);
    const choices = withChoice({}, SITE, 'EXAMPLE HEALTH PLAN', 'medicare-part-b', 1);
    const chosen = chosenRule(choices, SITE, c.payer, []);
    expect(chosen?.id).toBe('medicare-part-b');
    const after = claimDeadlines(c, { payerRules: rulesWithChoice([], chosen) }, '2026-05-01');
    expect(after.map((d) => [d.kind, d.rule.id, d.due])).toEqual([['appeal', 'medicare-part-b', '2026-08-04']]); // 120 days from presumed receipt (notice + 5)
    expect(chosenRule(choices, 'https://other.example.com', c.payer, [])).toBeNull();
    expect(chosenRule(choices, SITE, 'Another Plan', [])).toBeNull();
    expect(chosenRule(choices, null, c.payer, [])).toBeNull();
  });

  it('finds the user\'s own rules too, forgets a rule that was deleted, and can be undone', () => {
    let choices = withChoice({}, SITE, 'X', 'my-plan', 1);
    expect(chosenRule(choices, SITE, 'x', [mine])?.label).toBe('My plan');
    expect(chosenRule(choices, SITE, 'x', [])).toBeNull();
    choices = withChoice(choices, SITE, 'x', null, 2);
    expect(choices).toEqual({});
  });

  it('reads only well-formed choices from storage', () => {
    expect(readChoices({ a: { ruleId: 'medicare-part-b', at: 1 }, b: { ruleId: 3 }, c: 'x' })).toEqual({ a: { ruleId: 'medicare-part-b', at: 1 } });
    expect(readChoices(null)).toEqual({});
    expect(readChoices([1, 2])).toEqual({});
  });

  it('tells built-in rules from the user\'s', () => {
    expect(isBuiltInRule({ id: 'medicare-part-b' })).toBe(true);
    expect(isBuiltInRule(mine)).toBe(false);
  });
});
