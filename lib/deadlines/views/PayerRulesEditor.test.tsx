import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PayerRule } from '@/lib/deadlines';
import { PayerRulesEditor } from './PayerRulesEditor';

const aetna: PayerRule = { id: 'a', label: 'Aetna contract', payerMatch: 'aetna', timelyFilingDays: 90, timelyFilingFrom: 'dos', appealDays: 60, appealFrom: 'determination' };
const cigna: PayerRule = { id: 'c', label: 'Cigna contract', payerMatch: 'cigna', timelyFilingDays: 120, timelyFilingFrom: 'dos', appealDays: 180, appealFrom: 'determination' };
const bcbs: PayerRule = { id: 'b', label: 'BCBS', payerMatch: 'blue*shield|bcbs', timelyFilingMonths: 12, timelyFilingFrom: 'discharge', appealDays: 180, appealFrom: 'paidDate' };

/** The editor with the storage round trip played by a state: what onSave gets comes back as props. */
function Harness({ initial, onSave }: { initial: unknown; onSave: (r: PayerRule[]) => void }) {
  const [rules, setRules] = useState<unknown>(initial);
  const n = useRef(0);
  return <PayerRulesEditor rules={rules} newId={() => `new-${++n.current}`} onSave={(r) => { onSave(r); setRules(r); }} />;
}

const form = () => screen.getByRole('form');
const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });
const inForm = (name: string) => within(form()).getByRole('button', { name });
const textbox = (name: string) => within(form()).getByRole<HTMLInputElement>('textbox', { name });
const number = (name: string) => within(form()).getByRole<HTMLInputElement>('spinbutton', { name });
const rulesList = () => screen.queryByRole('list', { name: 'Your payer rules, in the order they are tried' });
const rules = () => {
  const list = rulesList();
  // Its own items, not those of each rule's summary list.
  return list ? within(list).getAllByRole('listitem').filter((li) => li.parentElement === list) : [];
};
const listed = () => rules().map((li) => li.getAttribute('aria-label'));
const said = () => screen.getAllByRole('status').map((s) => s.textContent);
const alerts = () => screen.queryAllByRole('alert').map((a) => a.textContent);
const tester = () => screen.getByRole('searchbox', { name: 'Test with a payer name' });
const wouldApply = () => screen.getByRole('status', { name: 'Rule that would apply' }).textContent;

/** Replaces what a field holds, the way a user selects it all and types. */
async function retype(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.type(field, text);
}

describe('PayerRulesEditor', () => {
  it('shows the defaults by payer type, with their windows, sources and counting', () => {
    const { container } = render(<Harness initial={[]} onSave={vi.fn()} />);
    const table = screen.getByRole('table', { name: 'Built-in payer rules' });
    const [, body] = within(table).getAllByRole('rowgroup');
    const rows = within(body!).getAllByRole('row').map((r) => [within(r).getByRole('rowheader'), ...within(r).getAllByRole('cell')].map((c) => c.textContent));
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
    expect(container.textContent).toContain('No rules of your own yet');
    expect(table.querySelector('input')).toBeNull();
  });

  it('customizes a default: the form starts from its values and saves a rule for that payer type', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<Harness initial={[]} onSave={onSave} />);
    await user.click(button('Customize Medicare Advantage plan (default — edit per contract)'));
    expect(number('Appeal window (days)').value).toBe('60');
    await retype(user, number('Timely filing window'), '180');
    await user.click(inForm('Save rule'));
    expect(onSave).toHaveBeenCalledWith([{
      id: 'new-1', label: 'Medicare Advantage plan (default — edit per contract) — my values', payerMatch: '', payerType: 'medicare-advantage',
      timelyFilingDays: 180, timelyFilingFrom: 'dos', appealDays: 60, appealFrom: 'determination', appealLevelKey: 'deadline.level.reconsideration',
    }]);
    await user.type(tester(), 'Humana Gold Plus HMO');
    expect(wouldApply()).toContain('my values — your rule no. 1');
  });

  it('refuses an invalid rule with a message beside each bad field, and saves nothing', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<Harness initial={[]} onSave={onSave} />);
    await user.click(button('Add a payer rule'));
    await user.type(textbox('Rule name'), 'Humana');
    await retype(user, number('Timely filing window'), '0');
    await user.click(inForm('Save rule'));
    expect(onSave).not.toHaveBeenCalled();
    expect(alerts()).toContain('The rule was not saved: correct the fields marked below.');
    // Each message is the field's description, read with it (after the field's help, if any).
    const helpOfName = 'Shown with the deadlines in the side panel, e.g. “Aetna commercial contract”.';
    expect(within(form()).getByRole('textbox', { name: 'Payer name pattern', description: /Enter at least one payer name/ })).toBeTruthy();
    expect(within(form()).getByRole('spinbutton', { name: 'Timely filing window', description: 'Timely filing must be a whole number of days from 1 to 3650.' })).toBeTruthy();
    expect(within(form()).getByRole('spinbutton', { name: 'Appeal window (days)', description: /whole number of days/ })).toBeTruthy();
    expect(within(form()).getByRole('textbox', { name: 'Rule name', description: helpOfName })).toBeTruthy();
    expect(textbox('Payer name pattern').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(textbox('Payer name pattern'));
    // What was typed is kept for correcting.
    expect(textbox('Rule name').value).toBe('Humana');
    expect(listed()).toEqual([]);
  });

  it('saves a valid rule, then lists it and uses it in the tester', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<Harness initial={[]} onSave={onSave} />);
    await user.click(button('Add a payer rule'));
    await user.type(textbox('Rule name'), 'Humana commercial');
    await user.type(textbox('Payer name pattern'), 'humana');
    await retype(user, number('Timely filing window'), '6');
    await user.selectOptions(within(form()).getByRole('combobox', { name: 'Timely filing unit' }), 'months');
    await user.selectOptions(within(form()).getByRole('combobox', { name: 'Timely filing counted from' }), 'discharge');
    await retype(user, number('Appeal window (days)'), '90');
    await user.click(inForm('Save rule'));
    expect(onSave).toHaveBeenCalledWith([{
      id: 'new-1', label: 'Humana commercial', payerMatch: 'humana', timelyFilingMonths: 6, timelyFilingFrom: 'discharge', appealDays: 90, appealFrom: 'determination',
    }]);
    expect(screen.queryByRole('form')).toBeNull();
    expect(said()).toContain('Payer rules saved.');
    expect(listed()).toEqual(['Humana commercial']);
    expect(rules()[0]!.textContent).toContain('Timely filing: 6 months from the discharge date');

    await user.type(tester(), 'HUMANA Gold Plus');
    expect(wouldApply()).toContain('Rule applied: Humana commercial — your rule no. 1');
    await retype(user, tester(), 'Humana Medicare Advantage');
    expect(wouldApply()).toContain('Humana commercial');
    await retype(user, tester(), 'Novitas Solutions');
    expect(wouldApply())
      .toBe('Rule applied: Original Medicare Part B — built-in defaultTimely filing: 12 months from the date of serviceAppeal window: 120 days from the initial determination (+5 days presumed mail receipt)'
        + 'Payer type: Original Medicare Part B — a Medicare contractor’s name: “novitas” Part B assumed: the page does not show whether the claim is professional or institutional. (a guess: set a rule if it is wrong)');
    await retype(user, tester(), 'Blue Advantage HMO');
    expect(wouldApply()).toContain('Payer type: Commercial — a commercial carrier: “blue” (sure)');
  });

  it('edits a rule in place', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<Harness initial={[aetna, cigna]} onSave={onSave} />);
    await user.click(button('Edit Cigna contract'));
    expect(number('Timely filing window').value).toBe('120');
    await retype(user, number('Appeal window (days)'), '365');
    await user.click(inForm('Save rule'));
    expect(onSave).toHaveBeenLastCalledWith([aetna, { ...cigna, appealDays: 365 }]);
  });

  it('keeps editing the same rule when another tab changes the list meanwhile', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    const { rerender } = render(<PayerRulesEditor rules={[aetna, cigna]} onSave={onSave} />);
    await user.click(button('Edit Cigna contract'));
    rerender(<PayerRulesEditor rules={[cigna]} onSave={onSave} />);
    await retype(user, number('Appeal window (days)'), '90');
    await user.click(inForm('Save rule'));
    expect(onSave).toHaveBeenLastCalledWith([{ ...cigna, appealDays: 90 }]);
  });

  it('reorders: first match wins, so order is saved', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    const { container } = render(<Harness initial={[aetna, cigna, bcbs]} onSave={onSave} />);
    expect(button('Move Aetna contract up').disabled).toBe(true);
    expect(button('Move BCBS down').disabled).toBe(true);
    await user.click(button('Move BCBS up'));
    expect(onSave).toHaveBeenLastCalledWith([aetna, bcbs, cigna]);
    expect(listed()).toEqual(['Aetna contract', 'BCBS', 'Cigna contract']);
    await user.click(button('Move Aetna contract down'));
    expect(onSave).toHaveBeenLastCalledWith([bcbs, aetna, cigna]);
    await user.type(tester(), 'Blue Cross Blue Shield');
    expect(container.textContent).toContain('Rule applied: BCBS — your rule no. 1');
  });

  it('deletes after confirmation only', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<Harness initial={[aetna, cigna]} onSave={onSave} />);
    await user.click(button('Delete Aetna contract'));
    await user.click(button('Keep it'));
    expect(onSave).not.toHaveBeenCalled();
    await user.click(button('Delete Aetna contract'));
    await user.click(within(screen.getByRole('group', { name: 'Delete Aetna contract' })).getByRole('button', { name: 'Yes, delete' }));
    expect(onSave).toHaveBeenCalledWith([cigna]);
    expect(listed()).toEqual(['Cigna contract']);
  });

  it('shows a broken stored rule, refuses to save a list holding it, and lets it be fixed', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    const broken = { ...cigna, timelyFilingDays: undefined };
    render(<Harness initial={[aetna, broken]} onSave={onSave} />);
    expect(rules()[1]!.textContent).toContain('Not used until fixed:Enter the timely filing window.');
    await user.click(button('Move Aetna contract down'));
    expect(onSave).not.toHaveBeenCalled();
    expect(alerts()).toContain('Nothing was saved: fix or delete the rules marked “Not used until fixed” first.');
    await user.click(button('Edit Cigna contract'));
    await retype(user, number('Timely filing window'), '120');
    await user.click(inForm('Save rule'));
    expect(onSave).toHaveBeenCalledWith([aetna, cigna]);
  });

  it('reports a failed save and keeps the form open', async () => {
    const user = userEvent.setup();
    render(<PayerRulesEditor rules={[]} newId={() => 'x'} onSave={() => Promise.reject(new Error('quota exceeded'))} />);
    await user.click(button('Add a payer rule'));
    await user.type(textbox('Rule name'), 'Aetna');
    await user.type(textbox('Payer name pattern'), 'aetna');
    await retype(user, number('Timely filing window'), '90');
    await retype(user, number('Appeal window (days)'), '60');
    await user.click(inForm('Save rule'));
    expect(alerts()).toContain('The payer rules could not be saved: quota exceeded');
    expect(screen.queryByRole('form')).not.toBeNull();
  });
});
