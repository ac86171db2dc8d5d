// Test helpers for this domain's components: a React root per test, controls found by their label
// caption, typing that goes through React's value tracking (as a user's keystrokes do).
import { act } from 'react';
import { insertText } from '@/lib/templates/insert';

export { setupTestRoot, type TestRoot } from './react-root';

/** The control inside the <label> whose caption (<span>) is `name`. */
export function field<T extends Element = HTMLInputElement>(container: Element, name: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === name);
  const control = label?.querySelector('input, textarea, select');
  if (!control) throw new Error(`no field "${name}"`);
  return control as unknown as T;
}

export async function typeInto(el: Element, text: string): Promise<void> {
  await act(async () => {
    insertText(el, text, { mode: 'replace' });
  });
}

/** Sets a select or number input through the native setter, then fires the event React listens to. */
export async function setControlValue(el: HTMLSelectElement | HTMLInputElement, value: string, event: 'input' | 'change'): Promise<void> {
  await act(async () => {
    const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}
