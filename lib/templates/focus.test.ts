import { describe, expect, it } from 'vitest';
import { claim, line } from '../claims/check/test-claims';
import { focusClaim } from './focus';
import { buildVariables } from './variables';

describe('a letter for one denial', () => {
  const c = claim({
    lines: [
      line({ code: '99214', paid: 0, adjustments: [{ group: 'CO', reason: '16', amount: 200 }], remarks: ['M76'] }),
      line({ code: '36415', paid: 0, adjustments: [{ group: 'CO', reason: '97', amount: 30 }], remarks: ['M15'] }),
      line({ code: '95004', paid: 0, adjustments: [{ group: 'CO', reason: '50', amount: 300 }], remarks: ['N115'] }),
    ],
  });
  it('lists only the lines under that denial, with their codes', () => {
    const vars = buildVariables(focusClaim(c, [2]), { providerName: '', npi: '', signature: '' });
    expect(vars.denialCodes).toEqual({ type: 'list', items: ['CO-50'] });
    expect(vars.remarkCodes).toEqual({ type: 'list', items: ['N115'] });
    expect((vars.deniedLines as { lines: { code: string }[] }).lines.map((l) => l.code)).toEqual(['95004']);
    expect(focusClaim(c, [2]).claimNumber).toBe(c.claimNumber);
  });
  it('keeps the whole claim without a focus', () => {
    expect(focusClaim(c, null)).toBe(c);
    expect(focusClaim(c, [])).toBe(c);
  });
});
