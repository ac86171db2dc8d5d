import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/lib/platform/i18n';
import { IdleLockSettings } from './IdleLockSettings';

afterEach(() => {
  setLocale('en');
});

const minutes = () => screen.getByLabelText<HTMLInputElement>('Auto-lock after (minutes)');

describe('IdleLockSettings', () => {
  it('refuses minutes outside 1–240 with a message and saves nothing', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => undefined);
    render(<IdleLockSettings value={15} onSave={onSave} />);
    expect(minutes().value).toBe('15');
    for (const bad of ['0', '241', '2.5', '']) {
      await user.clear(minutes());
      if (bad) await user.type(minutes(), bad);
      await user.click(screen.getByRole('button', { name: 'Save auto-lock' }));
      await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Enter a whole number of minutes from 1 to 240.'));
      expect(minutes().getAttribute('aria-invalid')).toBe('true');
    }
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a valid value and says so', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => undefined);
    render(<IdleLockSettings value={15} onSave={onSave} />);
    await user.clear(minutes());
    await user.type(minutes(), '45');
    await user.click(screen.getByRole('button', { name: 'Save auto-lock' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved: the notes lock after 45 minutes without activity.'));
    expect(onSave).toHaveBeenCalledWith(45);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks French', () => {
    setLocale('fr');
    render(<IdleLockSettings value={15} onSave={vi.fn()} />);
    expect(screen.getByLabelText('Verrouillage automatique après (minutes)')).toBeTruthy();
  });
});
