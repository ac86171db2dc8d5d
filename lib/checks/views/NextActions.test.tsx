import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/lib/platform/i18n';
import { checkClaim } from '@/lib/checks';
import { TODAY } from '@/test/support/checks/claims';
import { TestTables } from '@/test/support/checks/tables';
import { threeDenialsClaim } from '@/test/support/checks/three-denials';
import { claim, line } from '@/test/support/checks/claims';
import { readText, reads } from '@/test/support/text';
import { findingAnchor, foldFindings } from '@/lib/checks/fold';
import { nextActions } from '@/lib/checks/next-actions';
import { NextActions } from './NextActions';

afterEach(() => setLocale('en'));

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

/** The action rows, in order (each row's text starts with its heading line). */
const rows = () => within(screen.getByRole('list')).getAllByRole('listitem');
const kinds = () => rows().map((r) => r.getAttribute('data-kind'));

describe('the next-actions box', () => {
  it('says what to do on a claim with three denials, one row per action and letter', async () => {
    const user = userEvent.setup();
    const p = props();
    render(<NextActions {...p} />);
    const [first, second, third] = rows();
    expect(kinds()).toEqual(['corrected-claim', 'corrected-claim', 'appeal']);
    expect(readText(first)).toMatch(/^Corrected claim or reopening · lines 1, 4 · CO-16 M76 MA130 · \$280\.00/);
    expect(readText(third)).toMatch(/^Appeal · line 3 · CO-50 N115 · \$300\.00/);
    expect(within(third!).getByText(reads(/^Letter: «medical-necessity» · window closed \d{2}\/\d{2}\/\d{4} \(appeal window\)$/))).toBeTruthy();
    expect(within(third!).getByRole('link', { name: /^window closed/ }).parentElement!.className).toContain('na-due-closed');
    // What to fix links to the finding cards.
    const fix = within(first!).getByText(reads(/^Fix: /));
    expect(readText(fix)).toContain('E11');
    expect(within(fix).getAllByRole('link')[0]!.getAttribute('href')).toMatch(/^#finding-\d+$/);
    expect(within(second!).getByText('or: appeal')).toBeTruthy();
    await user.click(within(third!).getByRole('button', { name: '«medical-necessity»' }));
    expect(p.onOpenLetter).toHaveBeenCalledWith(expect.objectContaining({ kind: 'appeal', lines: [2], denials: ['CO-50'] }));
    await user.click(within(third!).getByRole('button', { name: 'Show line 3 on the page' }));
    expect(p.onShowLine).toHaveBeenCalledWith(2);
  });

  it('folds routine adjustments into one line and bills the patient once', () => {
    const c = claim({ lines: [line({ adjustments: [{ group: 'CO', reason: '45', amount: 60 }, { group: 'PR', reason: '2', amount: 20 }] }), line({ code: '99214', adjustments: [{ group: 'PR', reason: '1', amount: 10 }] })] });
    render(<NextActions {...props(c)} />);
    const [bill, routine] = rows();
    expect(kinds()).toEqual(['bill-patient', 'routine']);
    expect(readText(bill)).toMatch(/^Bill the patient · lines 1, 2 · \$30\.00/);
    expect(within(routine!).getByText(reads('Routine adjustments, nothing to appeal · lines 1, 2 · CO-45 PR-2 PR-1'))).toBeTruthy();
    expect(within(routine!).getByText('$60.00 contractual · $30.00 patient share')).toBeTruthy();
  });

  it('speaks French, with the right plural and spacing', () => {
    setLocale('fr');
    render(<NextActions {...props()} />);
    expect(readText(screen.getByRole('heading', { level: 2 }))).toBe('Prochaines actions');
    const [first, , third] = rows();
    expect(readText(third)).toMatch(/^Appel · ligne 3 · CO-50/);
    expect(readText(first)).toMatch(/^Réclamation corrigée ou réouverture · lignes 1, 4/);
  });
});
