/**
 * Minimal DOM helpers for the notes component tests (happy-dom + react-dom/client + act): find
 * controls the way E2E tests do, by their accessible name, and type into React-controlled inputs.
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  container: HTMLElement;
  root: Root;
  unmount(): Promise<void>;
}

export async function mount(element: ReactElement): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(element));
  return {
    container,
    root,
    async unmount() {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The form control whose <label> reads exactly `name`, or null. */
export function queryField(scope: ParentNode, name: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null {
  for (const label of Array.from(scope.querySelectorAll('label'))) {
    if (label.closest('[hidden]')) continue;
    const control = label.htmlFor ? scope.querySelector(`[id="${label.htmlFor}"]`) : label.querySelector('input, textarea, select');
    const own = label.htmlFor ? text(label) : text(label).replace(control ? text(control) : '', '').trim();
    if (own === name && control) return control as HTMLInputElement;
  }
  return null;
}

export function field(scope: ParentNode, name: string) {
  const found = queryField(scope, name);
  if (!found) throw new Error(`No field labelled "${name}"`);
  return found;
}

export function queryButton(scope: ParentNode, name: string): HTMLButtonElement | null {
  return Array.from(scope.querySelectorAll('button')).find((b) => (b.getAttribute('aria-label') ?? text(b)) === name && !b.closest('[hidden]')) ?? null;
}

export function button(scope: ParentNode, name: string): HTMLButtonElement {
  const found = queryButton(scope, name);
  if (!found) throw new Error(`No button named "${name}"`);
  return found;
}

/** Sets the value through the native setter and fires input/change, as a user's typing would. */
export async function type(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  await act(async () => {
    setter!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
}

export { waitFor } from './react-root';
