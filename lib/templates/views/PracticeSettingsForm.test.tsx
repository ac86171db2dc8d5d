import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { samplePractice } from '@/test/support/templates';
import { PracticeSettingsForm } from './PracticeSettingsForm';

const save = () => screen.getByRole('button', { name: 'Save practice details' });

describe('PracticeSettingsForm', () => {
  it('saves normalized settings and the clipboard delay', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<PracticeSettingsForm value={samplePractice()} clipboardSeconds={60} onSave={onSave} />);
    const taxId = screen.getByRole('textbox', { name: 'Tax ID (EIN)' });
    await user.clear(taxId);
    await user.type(taxId, '987654321');
    const seconds = screen.getByRole('spinbutton', { name: 'Clear a copied letter from the clipboard after (seconds)' });
    await user.clear(seconds);
    await user.type(seconds, '90');
    await user.click(save());
    expect(onSave).toHaveBeenCalledWith({ ...samplePractice(), taxId: '98-7654321' }, 90);
    expect(screen.getByRole('status').textContent).toBe('Practice details saved.');
  });

  it('refuses an NPI with a wrong check digit and saves nothing', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<PracticeSettingsForm value={samplePractice()} clipboardSeconds={60} onSave={onSave} />);
    const npi = screen.getByRole('textbox', { name: 'NPI' });
    await user.clear(npi);
    await user.type(npi, '1234567890');
    await user.click(save());
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('This NPI is not valid');
  });
});
