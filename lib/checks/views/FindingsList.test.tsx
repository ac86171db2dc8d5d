import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/lib/platform/i18n';
import { checkClaim } from '@/lib/checks';
import { demoProblemClaim } from '@/test/support/checks/demo-claim';
import { TODAY } from '@/test/support/checks/claims';
import { TestTables } from '@/test/support/checks/tables';
import { FindingsList } from './FindingsList';
import { setupTestRoot } from '@/test/support/react-root';

const ui = setupTestRoot();
afterEach(() => setLocale('en'));

const findings = checkClaim(demoProblemClaim(), new TestTables(), {}, TODAY);

describe('FindingsList', () => {
  it('groups findings by severity, errors first, each with its fix', async () => {
    await ui.render(<FindingsList findings={findings} />);
    const headings = [...ui.container.querySelectorAll('h3')].map((h) => h.textContent);
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    expect(headings).toEqual([`Errors (${count('error')})`, `Warnings (${count('warning')})`, `Information (${count('info')})`]);
    const items = ui.container.querySelectorAll('li.finding');
    // Repeated denial explanations fold into one card each; every other finding has its own.
    expect(items.length).toBeLessThanOrEqual(findings.length);
    expect(items.length).toBe(new Set(findings.map((f) => (f.rule === 'denial-playbook' ? `${f.code}|${f.messageKey}` : f))).size);
    const header = [...items].find((li) => li.getAttribute('data-rule') === 'icd10-header')!;
    expect(header.querySelector('.finding-where')!.textContent).toBe('Diagnosis B');
    expect(header.querySelector('.finding-message')!.textContent).toBe('Diagnosis B E11 is a category header and cannot be billed.');
    expect(header.querySelector('.finding-fix')!.textContent).toBe('Fix: Bill a more specific code under it: E11.42, E11.65, E11.9.');
    expect(header.querySelector('.finding-suggestions')!.textContent).toBe('Suggested codes: E11.42, E11.65, E11.9');
    expect(header.querySelector('.finding-source')!.textContent).toBe('Source: ICD-10-CM FY2026 (test), effective 10/01/2025.');
  });

  it('shows a finding about several lines once, with its lines', async () => {
    const twice = { group: 'CO' as const, reason: '45', amount: 1 };
    const c = { ...demoProblemClaim(), lines: demoProblemClaim().lines.map((l) => ({ ...l, adjustments: [twice] })) };
    const grouped = checkClaim(c, new TestTables(), {}, TODAY).find((f) => f.code === 'CO-45')!;
    await ui.render(<FindingsList findings={[grouped]} />);
    expect(ui.container.querySelector('.finding-where')!.textContent).toBe(`Lines ${grouped.lines!.map((l) => l + 1).join(', ')}`);
  });

  it('lists the playbook next steps of a denial', async () => {
    await ui.render(<FindingsList findings={findings} />);
    const bundled = [...ui.container.querySelectorAll('li.finding')].find((li) => li.querySelector('.finding-code')?.textContent === 'CO-97')!;
    // The demo claim is Original Medicare Part B: a reopening, not a corrected claim.
    expect(bundled.querySelector('.finding-actions')!.textContent).toBe('Next steps: Ask for a reopening (Medicare) · Reconsideration / appeal');
  });

  it('offers the matching template when a handler is given', async () => {
    const onSuggestTemplate = vi.fn();
    await ui.render(<FindingsList findings={findings} onSuggestTemplate={onSuggestTemplate} />);
    const button = [...ui.container.querySelectorAll('button')].find((b) => b.textContent === 'Use template: Retro-authorization request');
    expect(button).toBeUndefined(); // the demo claim has no CO-197
    // A deadline never suggests a letter (the appeal window's reconsideration): a denial does.
    expect([...ui.container.querySelectorAll('button')].find((b) => b.textContent === 'Use template: Reconsideration request')).toBeUndefined();
    const appeal = [...ui.container.querySelectorAll('button')].find((b) => b.textContent === 'Use template: Bundling / modifier appeal')!;
    await act(async () => appeal.click());
    expect(onSuggestTemplate).toHaveBeenCalledWith('bundling-modifier');
    // One button per template, on its most severe finding.
    const labels = [...ui.container.querySelectorAll('button')].map((b) => b.textContent);
    expect(new Set(labels).size).toBe(labels.length);
    // Original Medicare Part B (the demo claim) is not offered a corrected-claim letter; a commercial claim is.
    expect(labels).not.toContain('Use template: Corrected claim cover note');
    const commercial = checkClaim({ ...demoProblemClaim(), payer: 'Aetna', lines: demoProblemClaim().lines.map((l) => ({ ...l, remarks: [] })) }, new TestTables(), {}, TODAY);
    await ui.render(<FindingsList findings={commercial} onSuggestTemplate={onSuggestTemplate} />);
    expect([...ui.container.querySelectorAll('button')].map((b) => b.textContent)).toContain('Use template: Corrected claim cover note');
  });

  it('shows no template buttons without a handler', async () => {
    await ui.render(<FindingsList findings={findings} />);
    expect(ui.container.querySelectorAll('button')).toHaveLength(0);
  });

  it('says so when there is nothing to fix', async () => {
    await ui.render(<FindingsList findings={[]} />);
    const status = ui.container.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('No problems found');
    expect(ui.container.querySelectorAll('li')).toHaveLength(0);
  });

  it('renders in French', async () => {
    setLocale('fr');
    await ui.render(<FindingsList findings={findings} />);
    expect(ui.container.querySelector('h3')!.textContent).toMatch(/^Erreurs \(\d+\)$/);
    const header = [...ui.container.querySelectorAll('li.finding')].find((li) => li.getAttribute('data-rule') === 'icd10-header')!;
    expect(header.querySelector('.finding-message')!.textContent).toBe('Le diagnostic B E11 est un en-tête de catégorie et ne peut pas être facturé.');
  });
});
