/**
 * Single-page portals change the claim without a page load. This watches the DOM (debounced),
 * re-extracts, and reports only when the extracted claim changed. It stops on `signal` abort
 * (navigation, WXT's ctx.signal on extension-context invalidation) and when a callback reports
 * that the extension context is gone.
 */
import { OWN_MARKER } from '@/lib/reading/portals/dom';

export interface ObserveOptions<T> {
  doc: Document;
  extract(): T;
  onChange(result: T): void;
  /** Identity of a result: equal keys mean "same claim, nothing to redo". */
  key(result: T): string;
  /** Quiet time after the last DOM change before extracting (spinners settle). */
  debounceMs?: number;
  /** Extract at the latest this long after the first pending change, even if the page keeps changing (clocks, tickers). */
  maxWaitMs?: number;
  signal?: AbortSignal;
  /** Called once when observation stops for a reason other than dispose()/abort (e.g. context invalidated). */
  onStop?(reason: string): void;
  /**
   * Called after every debounced extraction, changed or not: a portal that re-renders the same claim
   * can drop our badges with its old cells, so this is where the caller checks `BadgeHandle.intact()`.
   */
  onSettled?(result: T, changed: boolean): void;
}

export interface Observation {
  /** Extract now (skipping the debounce); returns true when the result changed. */
  flush(): boolean;
  dispose(): void;
}

/** FNV-1a, 32 bits: a cheap key for "did the claim change" (not a security hash). */
export function hashString(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function isOwn(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(OWN_MARKER);
}

/** Mutations made only by our own badges and chip do not count as page changes. */
function pageChanged(records: MutationRecord[]): boolean {
  for (const r of records) {
    const target = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
    if (target?.closest(`[${OWN_MARKER}]`)) continue;
    const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
    if (r.type === 'childList' && nodes.length > 0 && nodes.every(isOwn)) continue;
    return true;
  }
  return false;
}

const INVALIDATED = /extension context invalidated|receiving end does not exist/i;

export function observeClaimPage<T>(options: ObserveOptions<T>): Observation {
  const { doc, signal } = options;
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  const view = doc.defaultView;
  let lastKey: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending = 0;
  let stopped = false;

  const stop = (reason: string | null) => {
    if (stopped) return;
    stopped = true;
    observer?.disconnect();
    if (timer) clearTimeout(timer);
    view?.removeEventListener('popstate', schedule);
    view?.removeEventListener('hashchange', schedule);
    signal?.removeEventListener('abort', onAbort);
    if (reason) options.onStop?.(reason);
  };

  const run = (): boolean => {
    timer = null;
    firstPending = 0;
    if (stopped) return false;
    try {
      const result = options.extract();
      const key = options.key(result);
      const changed = key !== lastKey;
      if (changed) {
        lastKey = key;
        options.onChange(result);
      }
      options.onSettled?.(result, changed);
      return changed;
    } catch (error) {
      if (INVALIDATED.test(String(error))) stop('extension context invalidated');
      return false;
    }
  };

  function schedule(): void {
    if (stopped) return;
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPending + maxWaitMs - now));
    timer = setTimeout(run, wait);
  }

  const onAbort = () => stop(null);

  const Observer = view?.MutationObserver ?? globalThis.MutationObserver;
  const observer = Observer
    ? new Observer((records) => {
      if (pageChanged(records)) schedule();
    })
    : null;

  if (signal?.aborted) {
    stopped = true;
    return { flush: () => false, dispose: () => undefined };
  }
  signal?.addEventListener('abort', onAbort);
  view?.addEventListener('popstate', schedule);
  view?.addEventListener('hashchange', schedule);
  if (doc.documentElement) observer?.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  run();

  return {
    flush: run,
    dispose: () => stop(null),
  };
}

/** The key the content script should use for extraction results: the claim data, not provenance. */
export function claimKey(result: { page: unknown }): string {
  return hashString(JSON.stringify(result.page));
}
