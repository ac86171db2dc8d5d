import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { checkClaim } from '../../lib/claims/check';
import { demoProblemClaim } from '../../lib/claims/check/demo-claim';
import { TODAY } from '../../lib/claims/check/test-claims';
import { TestTables } from '../../lib/claims/check/test-tables';
import { FindingsList } from './FindingsList';
import { setupTestRoot } from '../../test/react-root';

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
  });

  it('lists the playbook next steps of a denial', async () => {
    await ui.render(<FindingsList findings={findings} />);
    const bundled = [...ui.container.querySelectorAll('li.finding')].find((li) => li.querySelector('.finding-code')?.textContent === 'CO-97')!;
    expect(bundled.querySelector('.finding-actions')!.textContent).toBe('Next steps: Send a corrected claim · Reconsideration / appeal');
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
    expect(labels).toContain('Use template: Corrected claim cover note');
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
