import { describe, expect, it } from 'vitest';
import { checkClaim } from '@/lib/checks';
import { claim, line, TODAY } from '@/test/support/checks/claims';
import { threeDenialsClaim } from '@/test/support/checks/three-denials';
import { TestTables } from '@/test/support/checks/tables';
import type { Claim } from '@/lib/claim/types';
import { denialGroups, nextActions } from './next-actions';

const threeDenials = threeDenialsClaim;

const run = (c: Claim) => {
  const findings = checkClaim(c, new TestTables(), {}, TODAY);
  return { findings, ...nextActions(c, findings) };
};

describe('next actions', () => {
  it('groups a claim with three denials by action and letter, each row with its lines, evidence and deadline', () => {
    const { actions, denials, findings } = run(threeDenials());
    expect(denials.map((d) => [d.key, d.lines, d.action, d.templateId])).toEqual([
      ['CO-16', [0, 3], 'corrected-claim', 'corrected-claim'],
      ['CO-97', [1], 'corrected-claim', 'bundling-modifier'],
      ['CO-50', [2], 'appeal', 'medical-necessity'],
    ]);
    expect(actions.map((a) => [a.kind, a.lines, a.denials, a.templateId])).toEqual([
      ['corrected-claim', [0, 3], ['CO-16'], 'corrected-claim'],
      ['corrected-claim', [1], ['CO-97'], 'bundling-modifier'],
      ['appeal', [2], ['CO-50'], 'medical-necessity'],
    ]);
    const [co16, co97, co50] = actions;
    // What to fix sits with the denial of the lines it is on: the header code E11 (line 1 points at A) …
    const fixCodes = (a: typeof co16) => a!.fixes.map((i) => findings[i]!.rule);
    expect(fixCodes(co16)).toEqual(expect.arrayContaining(['icd10-header', 'units']));
    // … the pointer at a fifth diagnosis with CO-97's line 2.
    expect(fixCodes(co97)).toContain('dx-pointer');
    expect(co50!.fixes.every((i) => !('line' in findings[i]!.where) || (findings[i]!.where as { line: number }).line === 2)).toBe(true);
    // Each row's evidence names its denial's playbook findings (not another denial's).
    const evidenceCodes = co16!.evidence.filter((i) => findings[i]!.rule === 'denial-playbook').map((i) => findings[i]!.code);
    expect(new Set(evidenceCodes)).toEqual(new Set(['CO-16', 'M76', 'MA130']));
    // By when: appeals within the appeal window. An adjudicated denial shows no filing window (the
    // timely-filing finding is only for claims not on file or denied CARC 29), so no date is invented.
    expect(co16!.due).toBeNull();
    expect(co50!.due?.rule).toBe('appeal-window');
    expect(co50!.due?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(co50!.amount).toBe(300);
    expect(co16!.alternatives).toEqual([]);
    expect(co97!.alternatives).toEqual(['appeal']);
  });

  it('folds routine adjustments into one summary and bills the patient their share once', () => {
    const c = claim({
      lines: [
        line({ billed: 150, paid: 70, adjustments: [{ group: 'CO', reason: '45', amount: 60 }, { group: 'PR', reason: '2', amount: 20 }] }),
        line({ code: '99214', billed: 200, paid: 100, adjustments: [{ group: 'CO', reason: '45', amount: 50 }, { group: 'PR', reason: '1', amount: 48 }, { group: 'CO', reason: '253', amount: 2 }] }),
      ],
    });
    const { actions, denials, routine } = run(c);
    expect(denials).toEqual([]);
    expect(routine).toEqual({ codes: ['CO-45', 'PR-2', 'PR-1', 'CO-253'], lines: [0, 1], contractual: 110, patientShare: 68, sequestration: 2, other: 0 });
    expect(actions.map((a) => [a.kind, a.lines, a.amount, a.templateId])).toEqual([['bill-patient', [0, 1], 68, null]]);
  });

  it('asks to call the payer about a denial outside the playbook', () => {
    const c = claim({ lines: [line({ paid: 0, adjustments: [{ group: 'CO', reason: '999', amount: 150 }] })] });
    const { actions, denials } = run(c);
    expect(denials[0]).toMatchObject({ key: 'CO-999', entry: null, action: 'call-payer', templateId: null });
    expect(actions.map((a) => a.kind)).toEqual(['call-payer']);
  });

  it('turns a code the checks flag on a claim with no denial into a corrected-claim row of its own', () => {
    const c = claim({ diagnoses: ['E11'], lines: [line({ dxPointers: [1] })] });
    const { actions, findings } = run(c);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: 'corrected-claim', denials: [], lines: [0], templateId: 'corrected-claim' });
    expect(actions[0]!.fixes.map((i) => findings[i]!.code)).toContain('E11');
  });

  it('uses the letter chooser it is given (the user\'s own template for a denial)', () => {
    const groups = denialGroups(threeDenials(), [], { letterFor: (d) => (d.reason === '50' ? 'my-necessity' : null) });
    expect(groups.map((g) => g.templateId)).toEqual([null, null, 'my-necessity']);
  });

  it('leaves a clean paid claim with nothing to do', () => {
    const { actions, routine } = run(claim());
    expect(actions).toEqual([]);
    expect(routine).toBeNull();
  });
});
