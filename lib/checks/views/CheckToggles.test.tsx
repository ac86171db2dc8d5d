import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RULES } from '@/lib/checks';
import { hasKey } from '@/lib/platform/i18n';
import { CheckToggles } from './CheckToggles';

function Harness({ onChange }: { onChange: (ids: string[]) => void }) {
  const [disabled, setDisabled] = useState<string[]>(['retired-rule']);
  return <CheckToggles rules={RULES} disabled={disabled} onChange={(ids) => { onChange(ids); setDisabled(ids); }} />;
}

const switchFor = (name: string) => screen.getByRole<HTMLInputElement>('switch', { name });

describe('CheckToggles', () => {
  it('has a name and a description for every rule of the registry', () => {
    for (const rule of RULES) {
      expect(hasKey(`claimsSettings.rule.${rule.id}.name`), rule.id).toBe(true);
      expect(hasKey(`claimsSettings.rule.${rule.id}.description`), rule.id).toBe(true);
    }
  });

  it('turns a check off and on again, keeping ids it does not know', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    expect(screen.getAllByRole('switch')).toHaveLength(RULES.length);
    const units = screen.getByRole<HTMLInputElement>('switch', { name: 'Units', description: /zero or negative units/ });
    expect(units.checked).toBe(true);
    await user.click(units);
    expect(onChange).toHaveBeenLastCalledWith(['retired-rule', 'units']);
    expect(switchFor('Units').checked).toBe(false);
    expect(switchFor('Units').getAttribute('aria-checked')).toBe('false');
    await user.click(switchFor('Units'));
    expect(onChange).toHaveBeenLastCalledWith(['retired-rule']);
  });

  it('says so when saving fails', async () => {
    const user = userEvent.setup();
    render(<CheckToggles rules={RULES} disabled={[]} onChange={() => Promise.reject(new Error('disk full'))} />);
    await user.click(switchFor('Amounts'));
    expect(screen.getByRole('alert').textContent).toBe('The checks could not be saved: disk full');
  });
});
