import { describe, expect, it } from 'vitest';
import { adjustmentKey, isPatientShare, isRoutineAdjustment } from './routine';

describe('routine adjustments', () => {
  it('are CO-45, PR-1/2/3 and CO-253, by group and code', () => {
    expect(['CO-45', 'PR-1', 'PR-2', 'PR-3', 'CO-253'].every((c) => isRoutineAdjustment({ group: c.slice(0, 2) as 'CO', reason: c.slice(3) }))).toBe(true);
    expect(isRoutineAdjustment({ group: 'CO', reason: '045' })).toBe(true);
    // The group decides who pays: a deductible under CO or a bare 45 is not folded away.
    expect(isRoutineAdjustment({ group: 'CO', reason: '1' })).toBe(false);
    expect(isRoutineAdjustment({ group: null, reason: '45' })).toBe(false);
    expect(isRoutineAdjustment({ group: 'CO', reason: '50' })).toBe(false);
  });
  it('tell the patient share from the contractual part', () => {
    expect(isPatientShare({ group: 'PR', reason: '2' })).toBe(true);
    expect(isPatientShare({ group: 'CO', reason: '45' })).toBe(false);
    expect(isPatientShare({ group: 'CO', reason: '253' })).toBe(false);
    expect(adjustmentKey({ group: 'oa' as never, reason: ' b7 ' })).toBe('oa-B7');
  });
});
