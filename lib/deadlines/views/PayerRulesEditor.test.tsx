import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PayerRule } from '@/lib/deadlines';
import { PayerRulesEditor } from './PayerRulesEditor';
import { button, click, control, fieldError, fill, setupTestRoot } from '@/test/support/claims-settings';

const ui = setupTestRoot();

const aetna: PayerRule = { id: 'a', label: 'Aetna contract', payerMatch: 'aetna', timelyFilingDays: 90, timelyFilingFrom: 'dos', appealDays: 60, appealFrom: 'determination' };
const cigna: PayerRule = { id: 'c', label: 'Cigna contract', payerMatch: 'cigna', timelyFilingDays: 120, timelyFilingFrom: 'dos', appealDays: 180, appealFrom: 'determination' };
const bcbs: PayerRule = { id: 'b', label: 'BCBS', payerMatch: 'blue*shield|bcbs', timelyFilingMonths: 12, timelyFilingFrom: 'discharge', appealDays: 180, appealFrom: 'paidDate' };

/** The editor with the storage round trip played by a state: what onSave gets comes back as props. */
function Harness({ initial, onSave }: { initial: unknown; onSave: (r: PayerRule[]) => void }) {
  const [rules, setRules] = useState<unknown>(initial);
  const n = useRef(0);
  return <PayerRulesEditor rules={rules} newId={() => `new-${++n.current}`} onSave={(r) => { onSave(r); setRules(r); }} />;
}

const form = () => ui.container.querySelector('form')!;
const listed = () => [...ui.container.querySelectorAll('ol[aria-label] > li > strong')].map((s) => s.textContent);
const status = () => ui.container.querySelector('[role="status"].cs-ok')!.textContent;
const alerts = () => [...ui.container.querySelectorAll('[role="alert"]')].map((a) => a.textContent);

describe('PayerRulesEditor', () => {
  it('shows the defaults by payer type, with their windows, sources and counting', async () => {
    await ui.render(<Harness initial={[]} onSave={vi.fn()} />);
    const rows = [...ui.container.querySelectorAll('table[aria-label="Built-in payer rules"] tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows.map((r) => r[1])).toEqual([
      'payers of type: Original Medicare Part A', 'payers of type: Original Medicare Part B', 'payers of type: Medicare Advantage',
      'payers of type: Medicaid', 'payers of type: Medicaid managed care', 'payers of type: Commercial', 'payers of type: Unknown payer type',
    ]);
    const partB = rows.find((r) => r[0] === 'Original Medicare Part B')!;
    expect(partB.slice(2, 4)).toEqual(['12 months from the date of service', '120 days from the initial determination (+5 days presumed mail receipt)']);
    expect(partB[4]).toContain('Next appeal level: 180 days from the first-level decision.');
    expect(partB[4]).toContain('Source: 42 CFR 424.44');
    expect(partB[4]).toContain('not moved to the next business day');
    expect(rows.find((r) => r[0]!.startsWith('Medicaid ('))![4]).toContain('check your state');
    expect(rows.find((r) => r[0]!.startsWith('Commercial'))!.slice(2, 4)).toEqual(['90 days from the date of service', '60 days from the initial determination']);
    expect(ui.container.textContent).toContain('No rules of your own yet');
    expect(ui.container.querySelector('table input')).toBeNull();
  });

  it('customizes a default: the form starts from its values and saves a rule for that payer type', async () => {
    const onSave = vi.fn();
    await ui.render(<Harness initial={[]} onSave={onSave} />);
    await click(button(ui.container, 'Customize Medicare Advantage plan (default — edit per contract)'));
    expect(control(form(), 'Appeal window (days)').value).toBe('60');
    await fill(form(), 'Timely filing window', '180');
    await click(button(form(), 'Save rule'));
    expect(onSave).toHaveBeenCalledWith([{
      id: 'new-1', label: 'Medicare Advantage plan (default — edit per contract) — my values', payerMatch: '', payerType: 'medicare-advantage',
      timelyFilingDays: 180, timelyFilingFrom: 'dos', appealDays: 60, appealFrom: 'determination', appealLevelKey: 'deadline.level.reconsideration',
    }]);
    await fill(ui.container, 'Test with a payer name', 'Humana Gold Plus HMO');
    expect(ui.container.querySelector('[role="status"][aria-label="Rule that would apply"]')!.textContent).toContain('my values — your rule no. 1');
  });

  it('refuses an invalid rule with a message beside each bad field, and saves nothing', async () => {
    const onSave = vi.fn();
    await ui.render(<Harness initial={[]} onSave={onSave} />);
    await click(button(ui.container, 'Add a payer rule'));
    await fill(form(), 'Rule name', 'Humana');
    await fill(form(), 'Timely filing window', '0');
    await click(button(form(), 'Save rule'));
    expect(onSave).not.toHaveBeenCalled();
    expect(alerts()).toContain('The rule was not saved: correct the fields marked below.');
    expect(fieldError(form(), 'Payer name pattern')).toContain('Enter at least one payer name');
    expect(fieldError(form(), 'Timely filing window')).toBe('Timely filing must be a whole number of days from 1 to 3650.');
    expect(fieldError(form(), 'Appeal window (days)')).toContain('whole number of days');
    expect(fieldError(form(), 'Rule name')).toBeNull();
    expect(control(form(), 'Payer name pattern').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(control(form(), 'Payer name pattern'));
    // What was typed is kept for correcting.
    expect(control(form(), 'Rule name').value).toBe('Humana');
    expect(listed()).toEqual([]);
  });

  it('saves a valid rule, then lists it and uses it in the tester', async () => {
    const onSave = vi.fn();
    await ui.render(<Harness initial={[]} onSave={onSave} />);
    await click(button(ui.container, 'Add a payer rule'));
    await fill(form(), 'Rule name', 'Humana commercial');
    await fill(form(), 'Payer name pattern', 'humana');
    await fill(form(), 'Timely filing window', '6');
    await fill(form(), 'Timely filing unit', 'months');
    await fill(form(), 'Timely filing counted from', 'discharge');
    await fill(form(), 'Appeal window (days)', '90');
    await click(button(form(), 'Save rule'));
    expect(onSave).toHaveBeenCalledWith([{
      id: 'new-1', label: 'Humana commercial', payerMatch: 'humana', timelyFilingMonths: 6, timelyFilingFrom: 'discharge', appealDays: 90, appealFrom: 'determination',
    }]);
    expect(ui.container.querySelector('form')).toBeNull();
    expect(status()).toBe('Payer rules saved.');
    expect(listed()).toEqual(['Humana commercial']);
    expect(ui.container.querySelector('ol > li')!.textContent).toContain('Timely filing: 6 months from the discharge date');

    await fill(ui.container, 'Test with a payer name', 'HUMANA Gold Plus');
    const result = ui.container.querySelector('[role="status"][aria-label="Rule that would apply"]')!.textContent;
    expect(result).toContain('Rule applied: Humana commercial — your rule no. 1');
    await fill(ui.container, 'Test with a payer name', 'Humana Medicare Advantage');
    expect(ui.container.querySelector('[role="status"][aria-label="Rule that would apply"]')!.textContent).toContain('Humana commercial');
    await fill(ui.container, 'Test with a payer name', 'Novitas Solutions');
    expect(ui.container.querySelector('[role="status"][aria-label="Rule that would apply"]')!.textContent)
      .toBe('Rule applied: Original Medicare Part B — built-in defaultTimely filing: 12 months from the date of serviceAppeal window: 120 days from the initial determination (+5 days presumed mail receipt)'
        + 'Payer type: Original Medicare Part B — a Medicare contractor’s name: “novitas” Part B assumed: the page does not show whether the claim is professional or institutional. (a guess: set a rule if it is wrong)');
    await fill(ui.container, 'Test with a payer name', 'Blue Advantage HMO');
    expect(ui.container.querySelector('[role="status"][aria-label="Rule that would apply"]')!.textContent).toContain('Payer type: Commercial — a commercial carrier: “blue” (sure)');
  });

  it('edits a rule in place', async () => {
    const onSave = vi.fn();
    await ui.render(<Harness initial={[aetna, cigna]} onSave={onSave} />);
    await click(button(ui.container, 'Edit Cigna contract'));
    expect(control(form(), 'Timely filing window').value).toBe('120');
    await fill(form(), 'Appeal window (days)', '365');
    await click(button(form(), 'Save rule'));
    expect(onSave).toHaveBeenLastCalledWith([aetna, { ...cigna, appealDays: 365 }]);
  });

  it('keeps editing the same rule when another tab changes the list meanwhile', async () => {
    const onSave = vi.fn();
    await ui.render(<PayerRulesEditor rules={[aetna, cigna]} onSave={onSave} />);
    await click(button(ui.container, 'Edit Cigna contract'));
    await ui.render(<PayerRulesEditor rules={[cigna]} onSave={onSave} />);
    await fill(form(), 'Appeal window (days)', '90');
    await click(button(form(), 'Save rule'));
    expect(onSave).toHaveBeenLastCalledWith([{ ...cigna, appealDays: 90 }]);
  });

  it('reorders: first match wins, so order is saved', async () => {
    const onSave = vi.fn();
    await ui.render(<Harness initial={[aetna, cigna, bcbs]} onSave={onSave} />);
    expect(button(ui.container, 'Move Aetna contract up').disabled).toBe(true);
    expect(button(ui.container, 'Move BCBS down').disabled).toBe(true);
    await click(button(ui.container, 'Move BCBS up'));
    expect(onSave).toHaveBeenLastCalledWith([aetna, bcbs, cigna]);
    expect(listed()).toEqual(['Aetna contract', 'BCBS', 'Cigna contract']);
    await click(button(ui.container, 'Move Aetna contract down'));
    expect(onSave).toHaveBeenLastCalledWith([bcbs, aetna, cigna]);
    await fill(ui.container, 'Test with a payer name', 'Blue Cross Blue Shield');
    expect(ui.container.textContent).toContain('Rule applied: BCBS — your rule no. 1');
  });

  it('deletes after confirmation only', async () => {
    const onSave = vi.fn();
    await ui.render(<Harness initial={[aetna, cigna]} onSave={onSave} />);
    await click(button(ui.container, 'Delete Aetna contract'));
    await click(button(ui.container, 'Keep it'));
    expect(onSave).not.toHaveBeenCalled();
    await click(button(ui.container, 'Delete Aetna contract'));
    await click(button(ui.container.querySelector('[role="group"]')!, 'Yes, delete'));
    expect(onSave).toHaveBeenCalledWith([cigna]);
    expect(listed()).toEqual(['Cigna contract']);
  });

  it('shows a broken stored rule, refuses to save a list holding it, and lets it be fixed', async () => {
    const onSave = vi.fn();
    const broken = { ...cigna, timelyFilingDays: undefined };
    await ui.render(<Harness initial={[aetna, broken]} onSave={onSave} />);
    expect(ui.container.querySelectorAll('ol > li')[1]!.textContent).toContain('Not used until fixed:Enter the timely filing window.');
    await click(button(ui.container, 'Move Aetna contract down'));
    expect(onSave).not.toHaveBeenCalled();
    expect(alerts()).toContain('Nothing was saved: fix or delete the rules marked “Not used until fixed” first.');
    await click(button(ui.container, 'Edit Cigna contract'));
    await fill(form(), 'Timely filing window', '120');
    await click(button(form(), 'Save rule'));
    expect(onSave).toHaveBeenCalledWith([aetna, cigna]);
  });

  it('reports a failed save and keeps the form open', async () => {
    await ui.render(<PayerRulesEditor rules={[]} newId={() => 'x'} onSave={() => Promise.reject(new Error('quota exceeded'))} />);
    await click(button(ui.container, 'Add a payer rule'));
    await fill(form(), 'Rule name', 'Aetna');
    await fill(form(), 'Payer name pattern', 'aetna');
    await fill(form(), 'Timely filing window', '90');
    await fill(form(), 'Appeal window (days)', '60');
    await click(button(form(), 'Save rule'));
    expect(alerts()).toContain('The payer rules could not be saved: quota exceeded');
    expect(ui.container.querySelector('form')).not.toBeNull();
  });
});
