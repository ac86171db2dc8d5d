import { describe, expect, it } from 'vitest';
import { claim, line } from '@/test/support/checks/claims';
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
  it('keeps only the diagnoses those lines point at, pointers renumbered to the same codes', () => {
    const withDx = { ...c, diagnoses: ['E11.9', 'I10', 'B88.01'], lines: c.lines.map((l, i) => ({ ...l, dxPointers: [[1, 2], [1], [3, 2, 7]][i]! })) };
    const focused = focusClaim(withDx, [2]);
    expect(focused.diagnoses).toEqual(['I10', 'B88.01']);
    expect(focused.lines[0]!.dxPointers).toEqual([2, 1]);
    expect(focused.lines[0]!.dxPointers.map((p) => focused.diagnoses[p - 1])).toEqual(['B88.01', 'I10']);
    // Lines that point at nothing keep the claim's diagnoses.
    expect(focusClaim({ ...withDx, lines: withDx.lines.map((l) => ({ ...l, dxPointers: [] })) }, [0]).diagnoses).toEqual(withDx.diagnoses);
  });

  it('keeps the whole claim without a focus', () => {
    expect(focusClaim(c, null)).toBe(c);
    expect(focusClaim(c, [])).toBe(c);
  });
});
