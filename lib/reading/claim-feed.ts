/**
 * The claim on the page the side panel follows: asked of the tab's content scripts when the tab
 * changes, and again whenever a frame of that tab reports a change (single-page portals). The
 * frame that holds a claim answers; frames without one stay silent.
 *
 * When no frame answers on an enabled site, the reader may simply not be running there (a tab
 * restored at browser start before the registration applied, a tab open across an extension
 * update): the panel runs it once in that tab, and the reader reports what it reads. "Read this
 * page again" (reread) runs it if needed and reads the page now.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { createRouter, sendToTab } from '@/lib/platform/messaging';
import type { ExtractionResult } from './portals/types';
import { injectClaimReader } from '@/lib/sites/background';

export interface ClaimFeed {
  result: ExtractionResult | null;
  refresh(): void;
  /** Reads the page again now (running the reader first when it is not there). */
  reread(): Promise<void>;
  rereading: boolean;
}

export function useClaimFeed(tabId: number | null, enabled: boolean): ClaimFeed {
  const [state, setState] = useState<{ tabId: number | null; result: ExtractionResult | null }>({ tabId: null, result: null });
  const [rereading, setRereading] = useState(false);
  // Tabs the panel already ran the reader in since their last load: one try per load, no loops.
  const injected = useRef(new Set<number>());
  // Replies can overtake each other on a busy machine: only the latest request may set the claim,
  // or a single-page portal's previous claim could come back after the new one.
  const latest = useRef(0);

  const refresh = useCallback(() => {
    if (tabId === null || !enabled) return;
    const ask = ++latest.current;
    sendToTab(tabId, 'claims.get', {}).then(
      ({ result }) => ask === latest.current && setState({ tabId, result }),
      // No frame answered: no claim on this page, or the reader is not running there yet.
      () => {
        if (ask !== latest.current) return;
        setState({ tabId, result: null });
        if (!injected.current.has(tabId)) {
          injected.current.add(tabId);
          // The reader announces its first read (claims.changed), which calls refresh again.
          void injectClaimReader(tabId);
        }
      },
    );
  }, [tabId, enabled]);

  const reread = useCallback(async () => {
    if (tabId === null || !enabled) return;
    setRereading(true);
    try {
      await injectClaimReader(tabId);
      const ask = ++latest.current;
      const result = await sendToTab(tabId, 'claims.reread', {}).then((r) => r.result, () => null);
      if (ask === latest.current) setState({ tabId, result });
    } finally {
      setRereading(false);
    }
  }, [tabId, enabled]);

  useEffect(() => {
    refresh();
    const router = createRouter({
      'claims.changed': (_data, sender) => {
        if (sender.tab?.id === tabId) refresh();
        return { received: true };
      },
    });
    browser.runtime.onMessage.addListener(router);
    const onUpdated = (id: number, info: { status?: string }) => {
      if (id !== tabId) return;
      if (info.status === 'loading') injected.current.delete(id);
      if (info.status === 'complete') refresh();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.runtime.onMessage.removeListener(router);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, refresh]);

  // A result belongs to the tab it was read from: switching tabs never shows the previous claim.
  return { result: state.tabId === tabId && enabled ? state.result : null, refresh, reread, rereading };
}
