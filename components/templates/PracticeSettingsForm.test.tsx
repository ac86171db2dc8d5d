import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { insertText } from '../../lib/page/insert';
import { samplePractice } from '../../lib/templates/testing';
import { PracticeSettingsForm } from './PracticeSettingsForm';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  setLocale('en');
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

function field(name: string): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === name);
  return label!.querySelector('input, textarea') as HTMLInputElement;
}
async function type(name: string, text: string): Promise<void> {
  await act(async () => {
    insertText(field(name), text, { mode: 'replace' });
  });
}
/** A number input is not a text field for insertText: set it the way React expects directly. */
async function setNumber(name: string, value: string): Promise<void> {
  await act(async () => {
    const input = field(name);
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function submit(): Promise<void> {
  await act(async () => container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
}

describe('PracticeSettingsForm', () => {
  it('saves normalized settings and the clipboard delay', async () => {
    const onSave = vi.fn();
    await act(async () => root.render(<PracticeSettingsForm value={samplePractice()} clipboardSeconds={60} onSave={onSave} />));
    await type('Tax ID (EIN)', '987654321');
    await setNumber('Clear a copied letter from the clipboard after (seconds)', '90');
    await submit();
    expect(onSave).toHaveBeenCalledWith({ ...samplePractice(), taxId: '98-7654321' }, 90);
    expect(container.querySelector('[role="status"]')!.textContent).toBe('Practice details saved.');
  });

  it('refuses an NPI with a wrong check digit and saves nothing', async () => {
    const onSave = vi.fn();
    await act(async () => root.render(<PracticeSettingsForm value={samplePractice()} clipboardSeconds={60} onSave={onSave} />));
    await type('NPI', '1234567890');
    await submit();
    expect(onSave).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')!.textContent).toContain('This NPI is not valid');
  });
});
