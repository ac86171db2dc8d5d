/**
 * Starts an extension page: picks the UI language (options choice, else the browser's), then
 * renders. Thin browser glue shared by popup, side panel and options.
 */
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLocale, setLocale, t, type MessageKey } from '@/lib/platform/i18n';
import { uiLanguage } from '@/lib/platform/i18n/language';
import { listenForWipe } from '@/lib/platform/wipe-signal';
import { countRecords } from '@/lib/platform/idb';

export async function mountPage(render: () => ReactNode, titleKey: MessageKey = 'app.name'): Promise<void> {
  const locale = resolveLocale(await uiLanguage.getValue(), navigator.language);
  setLocale(locale);
  document.documentElement.lang = locale;
  document.title = t(titleKey);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing');
  createRoot(container).render(<StrictMode>{render()}</StrictMode>);
  // Other pages may change the language in options: follow it without a reload of the whole page.
  uiLanguage.watch(() => location.reload());
  // "Delete all local data" in options: close our databases when asked, reload once it is done
  // (nothing deleted may stay on screen: notes, imported lists).
  listenForWipe(() => location.reload());
  if (import.meta.env.MODE === 'e2e') {
    // E2E only: what is left in each database, counted the way the wipe proves it (test/e2e/leftovers.ts).
    (globalThis as Record<string, unknown>).remitRangerPageTest = { countRecords: (name: string) => countRecords(indexedDB, name) };
  }
}
