/**
 * The insert script's logic, run in every frame of the tab the side panel is about (injected on
 * demand by lib/templates/insert-into-tab.ts: the page may be a site where the claim reader does
 * not run). It answers two things: where the focus is (a probe the service worker calls through
 * `scripting.executeScript`, so it gets one answer per frame) and `templates.insert` (the text,
 * sent to the one frame chosen). It keeps nothing: the letter goes into the field and is dropped.
 */
import { browser } from 'wxt/browser';
import { createRouter } from '@/lib/platform/messaging';
import { insertIntoFocusedField, probeFocus, type FocusProbe } from './insert';

/**
 * Name of the probe on the isolated world's global object. The page's own scripts live in another
 * world and can neither call nor replace it.
 */
export const PROBE_GLOBAL = 'remitRangerInsertProbe';

const INSTALLED = Symbol.for('remit-ranger.insert-listener');

/** Installs once per frame: every insert injects the script again, and a second listener would type the letter twice. */
export function installInsertListener(doc: Document = document): void {
  const global = globalThis as unknown as Record<string | symbol, unknown>;
  if (global[INSTALLED]) return;
  global[INSTALLED] = true;
  global[PROBE_GLOBAL] = (): FocusProbe => probeFocus(doc);
  browser.runtime.onMessage.addListener(
    createRouter({
      'templates.insert': ({ text, allowTruncate }) => insertIntoFocusedField(doc, text, { allowTruncate }),
    }),
  );
}
