import { describe, expect, it } from 'vitest';
import { localizeFinding } from '@/lib/checks/render';
import { claim, line, run } from '@/test/support/checks/claims';
import { denialPlaybook } from './denial-playbook';

describe('denial-playbook', () => {
  it('explains a denial with its next steps and template, as a warning', () => {
    const c = claim({ lines: [line({ paid: 0, adjustments: [{ group: 'CO', reason: '197', amount: 150 }] })] });
    const [f] = run(denialPlaybook, c);
    expect(f).toMatchObject({ severity: 'warning', where: { line: 0 }, code: 'CO-197', templateId: 'retro-authorization' });
    expect(f!.message).toMatch(/^CO-197 No prior authorization: .* CO \(Contractual obligation\): /);
    expect(f!.fix).toContain('retro-authorization');
  });

  it('keeps routine adjustments as information and explains remarks', () => {
    const c = claim({ lines: [line({ adjustments: [{ group: 'CO', reason: '45', amount: 60 }, { group: 'PR', reason: '2', amount: 20 }], remarks: ['N130'] })] });
    expect(run(denialPlaybook, c).map((f) => [f.code, f.severity])).toEqual([['CO-45', 'info'], ['PR-2', 'info'], ['N130', 'info']]);
  });

  it('shows codes outside the playbook, with the imported description when there is one', () => {
    const c = claim({ lines: [line({ adjustments: [{ group: 'OA', reason: '288', amount: 5 }], remarks: ['N999'] })] });
    const plain = run(denialPlaybook, c);
    expect(plain.map((f) => f.messageKey)).toEqual(['check.denial-playbook.unknown.message', 'check.denial-playbook.unknown.message']);
    expect(plain[0]!.message).toBe('OA-288 is not in the playbook.');
    const withLists = run(denialPlaybook, c, { officialLists: { carc: new Map([['288', 'Imported text']]), rarc: new Map() } });
    expect(withLists[0]!.message).toBe('OA-288 (not in the playbook): Imported text');
  });

  it('renders the playbook text in French for the UI', () => {
    const [f] = run(denialPlaybook, claim({ lines: [line({ adjustments: [{ group: 'CO', reason: '97', amount: 40 }] })] }));
    const fr = localizeFinding(f!, 'fr');
    expect(fr.message).toMatch(/^CO-97 Inclus dans un autre service : /);
    expect(fr.message).toContain('Obligation contractuelle');
  });

  it('reports each code once per line and nothing for lines without adjustments', () => {
    const dup = claim({ lines: [line({ adjustments: [{ group: 'CO', reason: '45', amount: 1 }, { group: 'CO', reason: '045', amount: 2 }] })] });
    expect(run(denialPlaybook, dup)).toHaveLength(1);
    expect(run(denialPlaybook, claim())).toEqual([]);
  });
});

describe('denial-playbook: grouping, groups and payer types (issue 12)', () => {
  const co = (reason: string) => ({ group: 'CO' as const, reason, amount: 10 });

  it('groups the same code across lines: CO-45 on four lines is one finding listing the lines', () => {
    const c = claim({ lines: [1, 2, 3, 4].map(() => line({ adjustments: [co('45')] })) });
    const found = run(denialPlaybook, c);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'CO-45', where: { line: 0 }, lines: [0, 1, 2, 3], params: { lines: '1, 2, 3, 4' } });
  });

  it('CO-45 may not be billed to the patient; PR-45 follows the plan and the No Surprises Act', () => {
    const [coF] = run(denialPlaybook, claim({ lines: [line({ adjustments: [co('45')] })] }));
    expect(coF!.message).toContain('may not be billed to the patient');
    const [prF] = run(denialPlaybook, claim({ lines: [line({ adjustments: [{ group: 'PR', reason: '45', amount: 10 }] })] }));
    expect(prF!.message).toContain('No Surprises Act');
    expect(localizeFinding(prF!, 'fr').message).toContain('No Surprises Act');
  });

  it('hospice (B9): GW when unrelated to the terminal illness, GV for the non-hospice attending physician', () => {
    const [f] = run(denialPlaybook, claim({ lines: [line({ adjustments: [co('B9')] })] }));
    expect(f!.fix).toContain('not related to the terminal illness, resubmit with modifier GW');
    expect(f!.fix).toContain('attending physician, not employed or paid by the hospice, resubmit with modifier GV');
  });

  it.each([['24', 'capitation'], ['100', 'patient'], ['129', 'Earlier processing'], ['193', 'upheld'], ['234', 'Not paid separately']])('knows CARC %s', (code, text) => {
    const [f] = run(denialPlaybook, claim({ lines: [line({ adjustments: [co(code)] })] }));
    expect(f!.messageKey).toBe('check.denial-playbook.carc.message');
    expect(f!.message).toContain(text);
  });

  it.each([['M62', 'Authorization'], ['M119', 'NDC'], ['N522', 'crossover'], ['N657', 'code the payer requires']])('knows RARC %s', (code, text) => {
    const [f] = run(denialPlaybook, claim({ lines: [line({ remarks: [code] })] }));
    expect(f!.messageKey).toBe('check.denial-playbook.rarc.message');
    expect(f!.message).toContain(text);
  });

  it('medicare part B: no corrected claim offered, the reopening / redetermination said instead', () => {
    const [f] = run(denialPlaybook, claim({ payer: 'Medicare Part B', lines: [line({ adjustments: [co('16')] })] }));
    expect(f!.templateId).toBeNull();
    expect(f!.fix).toContain('do not send a corrected claim for a processed claim');
    const [commercial] = run(denialPlaybook, claim({ payer: 'Aetna', lines: [line({ adjustments: [co('16')] })] }));
    expect(commercial!.templateId).toBe('corrected-claim');
  });

  it('medicare CARC 29: no appeal rights (42 CFR 424.44(b)); MA130: a new claim', () => {
    const [late] = run(denialPlaybook, claim({ payer: 'Medicare', lines: [line({ adjustments: [co('29')] })] }));
    expect(late!.fix).toContain('no appeal rights');
    expect(late!.templateId).toBeNull();
    const [ma130] = run(denialPlaybook, claim({ payer: 'Aetna', lines: [line({ remarks: ['MA130'] })] }));
    expect(ma130!.fix).toContain('Send a new claim, not a corrected one');
  });
});
