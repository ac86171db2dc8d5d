/**
 * The claim on the page the side panel follows: asked of the tab's content scripts when the tab
 * changes, and again whenever a frame of that tab reports a change (single-page portals). The
 * frame that holds a claim answers; frames without one stay silent.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { createRouter, sendToTab } from '@/lib/platform/messaging';
import type { ExtractionResult } from './portals/types';

export function useClaimFeed(tabId: number | null, enabled: boolean): { result: ExtractionResult | null; refresh(): void } {
  const [state, setState] = useState<{ tabId: number | null; result: ExtractionResult | null }>({ tabId: null, result: null });

  const refresh = useCallback(() => {
    if (tabId === null || !enabled) return;
    sendToTab(tabId, 'claims.get', {}).then(
      ({ result }) => setState({ tabId, result }),
      // No frame answered: no claim on this page (or the reader is not running there).
      () => setState({ tabId, result: null }),
    );
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
      if (id === tabId && info.status === 'complete') refresh();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.runtime.onMessage.removeListener(router);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, refresh]);

  // A result belongs to the tab it was read from: switching tabs never shows the previous claim.
  return { result: state.tabId === tabId && enabled ? state.result : null, refresh };
}
