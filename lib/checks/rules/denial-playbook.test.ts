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
