import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { samplePractice } from '@/test/support/templates';
import { PracticeSettingsForm } from './PracticeSettingsForm';
import { field, setControlValue, typeInto, setupTestRoot } from '@/test/support/templates-views';

const ui = setupTestRoot();

async function submit(): Promise<void> {
  await act(async () => ui.container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
}

describe('PracticeSettingsForm', () => {
  it('saves normalized settings and the clipboard delay', async () => {
    const onSave = vi.fn();
    await ui.render(<PracticeSettingsForm value={samplePractice()} clipboardSeconds={60} onSave={onSave} />);
    await typeInto(field(ui.container, 'Tax ID (EIN)'), '987654321');
    await setControlValue(field(ui.container, 'Clear a copied letter from the clipboard after (seconds)'), '90', 'input');
    await submit();
    expect(onSave).toHaveBeenCalledWith({ ...samplePractice(), taxId: '98-7654321' }, 90);
    expect(ui.container.querySelector('[role="status"]')!.textContent).toBe('Practice details saved.');
  });

  it('refuses an NPI with a wrong check digit and saves nothing', async () => {
    const onSave = vi.fn();
    await ui.render(<PracticeSettingsForm value={samplePractice()} clipboardSeconds={60} onSave={onSave} />);
    await typeInto(field(ui.container, 'NPI'), '1234567890');
    await submit();
    expect(onSave).not.toHaveBeenCalled();
    expect(ui.container.querySelector('[role="alert"]')!.textContent).toContain('This NPI is not valid');
  });
});
