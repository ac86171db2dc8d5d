// Test helpers for the claims settings components: controls found by the caption of their label
// (label[for]), buttons by accessible name, typing through React's value tracking.
import { act } from 'react';
import { setControlValue, typeInto } from './templates-views';

export { setupTestRoot } from './templates-views';

/** The control whose `<label>` caption (or aria-label) is `caption`, within `scope`. */
export function control<T extends HTMLElement = HTMLInputElement>(scope: Element, caption: string): T {
  const label = [...scope.querySelectorAll('label')].find((l) => l.textContent?.trim() === caption);
  const el = label?.htmlFor ? scope.ownerDocument.getElementById(label.htmlFor)
    : label?.querySelector('input, select, textarea') ?? scope.querySelector(`[aria-label="${CSS.escape(caption)}"]`);
  if (!el) throw new Error(`no control labelled "${caption}"`);
  return el as T;
}

/** A button by its accessible name (aria-label, else its text). */
export function button(scope: Element, name: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
}

/** Fills a form field whatever its kind: text through typing, number and select through the setter. */
export async function fill(scope: Element, caption: string, value: string): Promise<void> {
  const el = control<HTMLInputElement | HTMLSelectElement>(scope, caption);
  if (el instanceof HTMLSelectElement) await setControlValue(el, value, 'change');
  else if (el.type === 'number') await setControlValue(el, value, 'input');
  else await typeInto(el, value);
}

/** The message shown beside a control (its aria-describedby error), or null. */
export function fieldError(scope: Element, caption: string): string | null {
  const el = control(scope, caption);
  const ids = el.getAttribute('aria-describedby')?.split(' ') ?? [];
  const err = ids.filter((id) => id.endsWith('-error')).map((id) => scope.ownerDocument.getElementById(id)?.textContent ?? '');
  return err[0] ?? null;
}
