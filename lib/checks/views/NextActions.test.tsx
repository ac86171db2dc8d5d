import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/lib/platform/i18n';
import { checkClaim } from '@/lib/checks';
import { TODAY } from '@/test/support/checks/claims';
import { TestTables } from '@/test/support/checks/tables';
import { setupTestRoot } from '@/test/support/react-root';
import { threeDenialsClaim } from '@/test/support/checks/three-denials';
import { claim, line } from '@/test/support/checks/claims';
import { findingAnchor, foldFindings } from '@/lib/checks/fold';
import { nextActions } from '@/lib/checks/next-actions';
import { NextActions } from './NextActions';

const ui = setupTestRoot();
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function props(c = threeDenialsClaim()) {
  const findings = checkClaim(c, new TestTables(), {}, TODAY);
  const folded = foldFindings(findings);
  return {
    result: nextActions(c, findings),
    findings,
    anchorFor: (i: number) => findingAnchor(folded, i),
    templateName: (id: string) => `«${id}»`,
    onOpenLetter: vi.fn(),
    onShowLine: vi.fn(),
  };
}

describe('the next-actions box', () => {
  it('says what to do on a claim with three denials, one row per action and letter', async () => {
    const p = props();
    await ui.render(<NextActions {...p} />);
    const rows = [...ui.container.querySelectorAll('li.na-row')];
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['corrected-claim', 'corrected-claim', 'appeal']);
    expect(text(rows[0]!.querySelector('.na-head'))).toMatch(/^Corrected claim or reopening · lines 1, 4 · CO-16 M76 MA130 · \$280\.00/);
    expect(text(rows[2]!.querySelector('.na-head'))).toMatch(/^Appeal · line 3 · CO-50 N115 · \$300\.00/);
    expect(text(rows[2]!.querySelector('.na-letter'))).toMatch(/^Letter: «medical-necessity» · window closed \d{2}\/\d{2}\/\d{4} \(appeal window\)$/);
    expect(rows[2]!.querySelector('.na-due-closed')).not.toBeNull();
    // What to fix links to the finding cards.
    expect(text(rows[0]!.querySelector('.na-fix'))).toContain('E11');
    expect(rows[0]!.querySelector('.na-fix a')!.getAttribute('href')).toMatch(/^#finding-\d+$/);
    expect(text(rows[1]!.querySelector('.na-or'))).toBe('or: appeal');
    const open = [...rows[2]!.querySelectorAll('button')].find((b) => text(b) === '«medical-necessity»')!;
    await act(async () => open.click());
    expect(p.onOpenLetter).toHaveBeenCalledWith(expect.objectContaining({ kind: 'appeal', lines: [2], denials: ['CO-50'] }));
    await act(async () => rows[2]!.querySelector<HTMLButtonElement>('button[aria-label="Show line 3 on the page"]')!.click());
    expect(p.onShowLine).toHaveBeenCalledWith(2);
  });

  it('folds routine adjustments into one line and bills the patient once', async () => {
    const c = claim({ lines: [line({ adjustments: [{ group: 'CO', reason: '45', amount: 60 }, { group: 'PR', reason: '2', amount: 20 }] }), line({ code: '99214', adjustments: [{ group: 'PR', reason: '1', amount: 10 }] })] });
    await ui.render(<NextActions {...props(c)} />);
    const rows = [...ui.container.querySelectorAll('li.na-row')];
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['bill-patient', 'routine']);
    expect(text(rows[0]!.querySelector('.na-head'))).toMatch(/^Bill the patient · lines 1, 2 · \$30\.00/);
    expect(text(rows[1]!.querySelector('.na-head'))).toBe('Routine adjustments, nothing to appeal · lines 1, 2 · CO-45 PR-2 PR-1');
    expect(text(rows[1]!.querySelector('.na-more'))).toBe('$60.00 contractual · $30.00 patient share');
  });

  it('speaks French, with the right plural and spacing', async () => {
    setLocale('fr');
    await ui.render(<NextActions {...props()} />);
    expect(text(ui.container.querySelector('h2'))).toBe('Prochaines actions');
    const rows = [...ui.container.querySelectorAll('li.na-row')];
    expect(text(rows[2]!.querySelector('.na-head'))).toMatch(/^Appel · ligne 3 · CO-50/);
    expect(text(rows[0]!.querySelector('.na-head'))).toMatch(/^Réclamation corrigée ou réouverture · lignes 1, 4/);
  });
});
