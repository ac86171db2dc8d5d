import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/lib/platform/i18n';
import { checkClaim } from '@/lib/checks';
import { demoProblemClaim } from '@/test/support/checks/demo-claim';
import { TODAY } from '@/test/support/checks/claims';
import { TestTables } from '@/test/support/checks/tables';
import { reads } from '@/test/support/text';
import { FindingsList } from './FindingsList';

afterEach(() => setLocale('en'));

const findings = checkClaim(demoProblemClaim(), new TestTables(), {}, TODAY);

const cards = () => screen.getAllByRole('listitem');
const cardOf = (rule: string) => cards().find((li) => li.getAttribute('data-rule') === rule)!;
const buttonNames = () => screen.queryAllByRole('button').map((b) => b.textContent);

describe('FindingsList', () => {
  it('groups findings by severity, errors first, each with its fix', () => {
    render(<FindingsList findings={findings} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    expect(headings).toEqual([`Errors (${count('error')})`, `Warnings (${count('warning')})`, `Information (${count('info')})`]);
    const items = cards();
    // Repeated denial explanations fold into one card each; every other finding has its own.
    expect(items.length).toBeLessThanOrEqual(findings.length);
    expect(items.length).toBe(new Set(findings.map((f) => (f.rule === 'denial-playbook' ? `${f.code}|${f.messageKey}` : f))).size);
    const header = within(cardOf('icd10-header'));
    expect(header.getByText('Diagnosis B')).toBeTruthy();
    expect(header.getByText('Diagnosis B E11 is a category header and cannot be billed.')).toBeTruthy();
    expect(header.getByText(reads('Fix: Bill a more specific code under it: E11.42, E11.65, E11.9.'))).toBeTruthy();
    expect(header.getByText(reads('Suggested codes: E11.42, E11.65, E11.9'))).toBeTruthy();
    expect(header.getByText('Source: ICD-10-CM FY2026 (test), effective 10/01/2025.')).toBeTruthy();
  });

  it('shows a finding about several lines once, with its lines', () => {
    const twice = { group: 'CO' as const, reason: '45', amount: 1 };
    const c = { ...demoProblemClaim(), lines: demoProblemClaim().lines.map((l) => ({ ...l, adjustments: [twice] })) };
    const grouped = checkClaim(c, new TestTables(), {}, TODAY).find((f) => f.code === 'CO-45')!;
    render(<FindingsList findings={[grouped]} />);
    expect(within(cards()[0]!).getByText(`Lines ${grouped.lines!.map((l) => l + 1).join(', ')}`)).toBeTruthy();
  });

  it('lists the playbook next steps of a denial', () => {
    render(<FindingsList findings={findings} />);
    const bundled = cards().find((li) => within(li).queryByText('CO-97'))!;
    // The demo claim is Original Medicare Part B: a reopening, not a corrected claim.
    expect(within(bundled).getByText(reads('Next steps: Ask for a reopening (Medicare) · Reconsideration / appeal'))).toBeTruthy();
  });

  it('offers the matching template when a handler is given', async () => {
    const user = userEvent.setup();
    const onSuggestTemplate = vi.fn();
    const { rerender } = render(<FindingsList findings={findings} onSuggestTemplate={onSuggestTemplate} />);
    expect(screen.queryByRole('button', { name: 'Use template: Retro-authorization request' })).toBeNull(); // the demo claim has no CO-197
    // A deadline never suggests a letter (the appeal window's reconsideration): a denial does.
    expect(screen.queryByRole('button', { name: 'Use template: Reconsideration request' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Use template: Bundling / modifier appeal' }));
    expect(onSuggestTemplate).toHaveBeenCalledWith('bundling-modifier');
    // One button per template, on its most severe finding.
    const labels = buttonNames();
    expect(new Set(labels).size).toBe(labels.length);
    // Original Medicare Part B (the demo claim) is not offered a corrected-claim letter; a commercial claim is.
    expect(labels).not.toContain('Use template: Corrected claim cover note');
    const commercial = checkClaim({ ...demoProblemClaim(), payer: 'Aetna', lines: demoProblemClaim().lines.map((l) => ({ ...l, remarks: [] })) }, new TestTables(), {}, TODAY);
    rerender(<FindingsList findings={commercial} onSuggestTemplate={onSuggestTemplate} />);
    expect(buttonNames()).toContain('Use template: Corrected claim cover note');
  });

  it('shows no template buttons without a handler', () => {
    render(<FindingsList findings={findings} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('says so when there is nothing to fix', () => {
    render(<FindingsList findings={[]} />);
    expect(screen.getByRole('status').textContent).toContain('No problems found');
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('renders in French', () => {
    setLocale('fr');
    render(<FindingsList findings={findings} />);
    expect(screen.getAllByRole('heading', { level: 3 })[0]!.textContent).toMatch(/^Erreurs \(\d+\)$/);
    expect(within(cardOf('icd10-header')).getByText('Le diagnostic B E11 est un en-tête de catégorie et ne peut pas être facturé.')).toBeTruthy();
  });
});
