import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RULES } from '@/lib/checks';
import { hasKey } from '@/lib/platform/i18n';
import { CheckToggles } from './CheckToggles';
import { click, setupTestRoot } from '@/test/support/claims-settings';

const ui = setupTestRoot();

function Harness({ onChange }: { onChange: (ids: string[]) => void }) {
  const [disabled, setDisabled] = useState<string[]>(['retired-rule']);
  return <CheckToggles rules={RULES} disabled={disabled} onChange={(ids) => { onChange(ids); setDisabled(ids); }} />;
}

const switchFor = (name: string) =>
  [...ui.container.querySelectorAll<HTMLInputElement>('input[role="switch"]')].find((s) => s.closest('label')!.textContent!.trim() === name)!;

describe('CheckToggles', () => {
  it('has a name and a description for every rule of the registry', () => {
    for (const rule of RULES) {
      expect(hasKey(`claimsSettings.rule.${rule.id}.name`), rule.id).toBe(true);
      expect(hasKey(`claimsSettings.rule.${rule.id}.description`), rule.id).toBe(true);
    }
  });

  it('turns a check off and on again, keeping ids it does not know', async () => {
    const onChange = vi.fn();
    await ui.render(<Harness onChange={onChange} />);
    expect(ui.container.querySelectorAll('input[role="switch"]')).toHaveLength(RULES.length);
    const units = switchFor('Units');
    expect(units.checked).toBe(true);
    expect(document.getElementById(units.getAttribute('aria-describedby')!)!.textContent).toContain('zero or negative units');
    await click(units);
    expect(onChange).toHaveBeenLastCalledWith(['retired-rule', 'units']);
    expect(switchFor('Units').checked).toBe(false);
    expect(switchFor('Units').getAttribute('aria-checked')).toBe('false');
    await click(switchFor('Units'));
    expect(onChange).toHaveBeenLastCalledWith(['retired-rule']);
  });

  it('says so when saving fails', async () => {
    await ui.render(<CheckToggles rules={RULES} disabled={[]} onChange={() => Promise.reject(new Error('disk full'))} />);
    await click(switchFor('Amounts'));
    expect(ui.container.querySelector('[role="alert"]')!.textContent).toBe('The checks could not be saved: disk full');
  });
});
