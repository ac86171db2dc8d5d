import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/lib/platform/i18n';
import { button, click, field, mount, type, waitFor, type Mounted } from '@/test/support/notes-dom';
import { IdleLockSettings } from './IdleLockSettings';

let mounted: Mounted | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  setLocale('en');
});

describe('IdleLockSettings', () => {
  it('refuses minutes outside 1–240 with a message and saves nothing', async () => {
    const onSave = vi.fn(async () => undefined);
    mounted = await mount(<IdleLockSettings value={15} onSave={onSave} />);
    const c = mounted.container;
    expect((field(c, 'Auto-lock after (minutes)') as HTMLInputElement).value).toBe('15');
    for (const bad of ['0', '241', '2.5', '']) {
      await type(field(c, 'Auto-lock after (minutes)'), bad);
      await click(button(c, 'Save auto-lock'));
      await waitFor(() => expect(c.querySelector('[role="alert"]')?.textContent).toBe('Enter a whole number of minutes from 1 to 240.'));
      expect(field(c, 'Auto-lock after (minutes)').getAttribute('aria-invalid')).toBe('true');
    }
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a valid value and says so', async () => {
    const onSave = vi.fn(async () => undefined);
    mounted = await mount(<IdleLockSettings value={15} onSave={onSave} />);
    const c = mounted.container;
    await type(field(c, 'Auto-lock after (minutes)'), '45');
    await click(button(c, 'Save auto-lock'));
    await waitFor(() => expect(c.querySelector('[role="status"]')?.textContent).toBe('Saved: the notes lock after 45 minutes without activity.'));
    expect(onSave).toHaveBeenCalledWith(45);
    expect(c.querySelector('[role="alert"]')).toBeNull();
  });

  it('speaks French', async () => {
    setLocale('fr');
    mounted = await mount(<IdleLockSettings value={15} onSave={vi.fn()} />);
    expect(field(mounted.container, 'Verrouillage automatique après (minutes)')).toBeTruthy();
  });
});
