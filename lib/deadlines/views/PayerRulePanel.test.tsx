import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { claim } from '@/test/support/checks/claims';
import { DEFAULT_PAYER_RULES, type PayerRule } from '@/lib/deadlines';
import { setupTestRoot } from '@/test/support/react-root';
import { PayerRulePanel } from './PayerRulePanel';

const ui = setupTestRoot();
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const denied = claim({ payer: 'Example Health Plan', status: 'Denied', statusCategory: 'F2', serviceFrom: '2026-03-02', paidDate: '2026-04-01' });
const mine: PayerRule = { id: 'ehp', label: 'EHP contract', payerMatch: 'nope', timelyFilingDays: 90, timelyFilingFrom: 'dos', appealDays: 30, appealFrom: 'determination' };

describe('the payer rule panel', () => {
  it('names the rule that gave each deadline, its windows and that it is a default', async () => {
    await ui.render(<PayerRulePanel claim={denied} origin="https://portal.example.com" userRules={[]} chosen={null} today="2026-05-01" onChoose={vi.fn()} />);
    const panel = ui.container.querySelector('.payer-rule')!;
    // A payer name the classifier cannot place gets the unknown-payer default (shortest common windows).
    expect(panel.getAttribute('data-rule')).toBe('unknown');
    expect(text(panel.querySelector('.payer-rule-name'))).toMatch(/default matched automatically/);
    expect([...panel.querySelectorAll('[data-deadline]')].map((li) => li.getAttribute('data-deadline'))).toEqual(['appeal']); // adjudicated: no filing window
    expect(text(panel.querySelector('[data-deadline="appeal"]'))).toMatch(/^Appeal: by \d{2}\/\d{2}\/\d{4} \d+ days left$/);
    expect(text(panel)).toContain('Remembered for portal.example.com and the payer name “Example Health Plan”');
  });

  it('changes the rule for this payer in one step, and back to automatic', async () => {
    const onChoose = vi.fn();
    await ui.render(<PayerRulePanel claim={denied} origin="https://portal.example.com" userRules={[mine]} chosen={mine} today="2026-05-01" onChoose={onChoose} />);
    const select = ui.container.querySelector('select')!;
    expect(select.value).toBe('ehp');
    expect([...select.options].map((o) => o.value)).toEqual(['', 'ehp', ...DEFAULT_PAYER_RULES.map((r) => r.id)]);
    expect(text(ui.container.querySelector('.payer-rule-name'))).toMatch(/^EHP contract \(your rule\) chosen for this payer on this site/);
    // 30 days from the 04/01/2026 determination.
    expect(text(ui.container.querySelector('[data-deadline="appeal"]'))).toMatch(/^Appeal: by 05\/01\/2026/);
    await act(async () => {
      select.value = 'medicare-part-b';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChoose).toHaveBeenLastCalledWith('medicare-part-b');
    await act(async () => {
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChoose).toHaveBeenLastCalledWith(null);
  });
});

describe('the payer rule panel without a remittance date', () => {
  it('says the appeal deadline is unknown rather than guessing, and words the memory for a claim with no payer name', async () => {
    const noDate = claim({ payer: null, status: 'Denied', statusCategory: 'F2', serviceFrom: '2026-03-02', paidDate: null });
    await ui.render(<PayerRulePanel claim={noDate} origin="https://portal.example.com" userRules={[]} chosen={null} today="2026-05-01" onChoose={vi.fn()} />);
    expect(text(ui.container.querySelector('[data-deadline="appeal-unknown"]'))).toMatch(/^Appeal: deadline unknown/);
    expect(ui.container.querySelector('[data-deadline="appeal"]')).toBeNull();
    expect(text(ui.container)).toContain('Remembered for portal.example.com, for claims that show no payer name.');
  });
});
