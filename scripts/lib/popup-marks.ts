/**
 * Shared by the Chromium benches (bench-ui.ts, bench-import-chromium.ts): type a query in the
 * popup the moment its search box exists, and read the popup's performance marks.
 */
import type { Page } from 'playwright-core';

export function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
}

export async function marks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark')) out[m.name] = m.startTime;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav) out.dcl = nav.domContentLoadedEventEnd;
    return out;
  });
}

/**
 * Runs in every page before its scripts: as soon as the search box is in the DOM, types the query
 * the way a keystroke reaches React (native value setter + input event) and marks "bench:typed".
 */
export const typeOnSight = (query: string): string => `(() => {
  if (!location.pathname.endsWith('/popup.html')) return;
  const typeIt = (box) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, ${JSON.stringify(query)});
    box.dispatchEvent(new Event('input', { bubbles: true }));
    performance.mark('bench:typed');
  };
  new MutationObserver((_, observer) => {
    const box = document.querySelector('[role="combobox"]');
    if (!box) return;
    observer.disconnect();
    // After React has attached its listeners to the freshly committed input.
    queueMicrotask(() => typeIt(box));
  }).observe(document, { subtree: true, childList: true });
})()`;

/**
 * Sets the query as a keystroke would and waits (in the page) for the next frame whose first
 * result differs. Passed as source text: tsx would wrap named inner functions in a helper the page lacks.
 */
export async function keystrokeToResults(page: Page, query: string): Promise<number> {
  return page.evaluate(`(async () => {
    const box = document.querySelector('[role="combobox"]');
    const before = document.querySelector('[role="option"]')?.textContent ?? '';
    const start = performance.now();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, ${JSON.stringify(query)});
    box.dispatchEvent(new Event('input', { bubbles: true }));
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const now = document.querySelector('[role="option"]')?.textContent ?? '';
      if (now && now !== before) return performance.now() - start;
      if (performance.now() - start > 5000) return NaN;
    }
  })()`);
}
