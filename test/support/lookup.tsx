// Test helpers for the lookup components: the real generated tables (loaded once per file), a
// React root per test, and keyboard/typing the way React sees a user's.
import { act } from 'react';
import type { LoadedTables } from '@/lib/codes/load';
import { loadTablesFromDir } from '@/lib/codes/node';

let tables: Promise<LoadedTables> | null = null;
/** Needs the generated tables (npm run codes:ensure, which test:unit runs first). */
export function realTables(): Promise<LoadedTables> {
  tables ??= loadTablesFromDir(undefined, { extras: 'eager' });
  return tables;
}

export { setupTestRoot, type TestRoot } from './react-root';

export async function typeText(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Dispatches a keydown; returns whether the component prevented the browser's default. */
export async function press(el: Element, key: string, init: KeyboardEventInit = {}): Promise<boolean> {
  let prevented = false;
  await act(async () => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    el.dispatchEvent(event);
    prevented = event.defaultPrevented;
  });
  return prevented;
}

export async function click(el: Element): Promise<void> {
  await act(async () => (el as HTMLElement).click());
}

export const textOf = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Accessible name as a screen reader gets it: aria-label, else the text minus aria-hidden parts. */
export function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return textOf(copy);
}

export function buttonNamed(scope: ParentNode, name: string | RegExp): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => {
    const n = nameOf(b);
    return typeof name === 'string' ? n === name : name.test(n);
  });
  if (!found) throw new Error(`no button "${String(name)}"`);
  return found;
}
