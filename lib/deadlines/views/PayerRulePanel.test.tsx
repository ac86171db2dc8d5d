import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { claim } from '@/test/support/checks/claims';
import { readText, reads } from '@/test/support/text';
import { DEFAULT_PAYER_RULES, type PayerRule } from '@/lib/deadlines';
import { PayerRulePanel } from './PayerRulePanel';

const denied = claim({ payer: 'Example Health Plan', status: 'Denied', statusCategory: 'F2', serviceFrom: '2026-03-02', paidDate: '2026-04-01' });
const mine: PayerRule = { id: 'ehp', label: 'EHP contract', payerMatch: 'nope', timelyFilingDays: 90, timelyFilingFrom: 'dos', appealDays: 30, appealFrom: 'determination' };

const panel = () => screen.getByRole('region', { name: 'Payer rule for the deadlines' });
/** The deadlines shown, by kind (the items of the panel's lists that carry one). */
const deadlineKinds = () => within(panel()).getAllByRole('listitem').map((li) => li.getAttribute('data-deadline')).filter((k) => k !== null);

describe('the payer rule panel', () => {
  it('names the rule that gave each deadline, its windows and that it is a default', () => {
    render(<PayerRulePanel claim={denied} origin="https://portal.example.com" userRules={[]} chosen={null} today="2026-05-01" onChoose={vi.fn()} />);
    // A payer name the classifier cannot place gets the unknown-payer default (shortest common windows).
    expect(panel().getAttribute('data-rule')).toBe('unknown');
    expect(within(panel()).getByText(reads(/default matched automatically/))).toBeTruthy();
    expect(deadlineKinds()).toEqual(['appeal']); // adjudicated: no filing window
    expect(within(panel()).getByText(reads(/^Appeal: by \d{2}\/\d{2}\/\d{4} \d+ days left$/)).getAttribute('data-deadline')).toBe('appeal');
    expect(readText(panel())).toContain('Remembered for portal.example.com and the payer name “Example Health Plan”');
  });

  it('changes the rule for this payer in one step, and back to automatic', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn();
    render(<PayerRulePanel claim={denied} origin="https://portal.example.com" userRules={[mine]} chosen={mine} today="2026-05-01" onChoose={onChoose} />);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Use this rule for this payer:' });
    expect(select.value).toBe('ehp');
    expect(within(select).getAllByRole<HTMLOptionElement>('option').map((o) => o.value)).toEqual(['', 'ehp', ...DEFAULT_PAYER_RULES.map((r) => r.id)]);
    expect(within(panel()).getByText(reads(/^EHP contract \(your rule\) chosen for this payer on this site/))).toBeTruthy();
    // 30 days from the 04/01/2026 determination.
    expect(within(panel()).getByText(reads(/^Appeal: by 05\/01\/2026/)).getAttribute('data-deadline')).toBe('appeal');
    await user.selectOptions(select, 'medicare-part-b');
    expect(onChoose).toHaveBeenLastCalledWith('medicare-part-b');
    await user.selectOptions(select, '');
    expect(onChoose).toHaveBeenLastCalledWith(null);
  });
});

describe('the payer rule panel without a remittance date', () => {
  it('says the appeal deadline is unknown rather than guessing, and words the memory for a claim with no payer name', () => {
    const noDate = claim({ payer: null, status: 'Denied', statusCategory: 'F2', serviceFrom: '2026-03-02', paidDate: null });
    render(<PayerRulePanel claim={noDate} origin="https://portal.example.com" userRules={[]} chosen={null} today="2026-05-01" onChoose={vi.fn()} />);
    expect(within(panel()).getByText(reads(/^Appeal: deadline unknown/)).getAttribute('data-deadline')).toBe('appeal-unknown');
    expect(deadlineKinds()).not.toContain('appeal');
    expect(readText(panel())).toContain('Remembered for portal.example.com, for claims that show no payer name.');
  });
});
