/**
 * Hand-over from the context menu / shortcuts to the side panel: which tab to show and which text
 * to look up. Read once, then cleared, so a reopened panel does not replay an old request.
 */
import { useEffect } from 'react';
import { pendingLookup, pendingPanelTab, type PanelTab } from './storage';

export function usePendingPanelRequests(onTab: (tab: PanelTab) => void, onLookup: (query: string) => void): void {
  useEffect(() => {
    const takeTab = async () => {
      const tab = await pendingPanelTab.getValue();
      if (tab) {
        await pendingPanelTab.removeValue();
        onTab(tab);
      }
    };
    const takeLookup = async () => {
      const pending = await pendingLookup.getValue();
      if (pending) {
        await pendingLookup.removeValue();
        onTab('lookup');
        onLookup(pending.query);
      }
    };
    void takeTab().then(takeLookup);
    const unwatchTab = pendingPanelTab.watch((v) => v && void takeTab());
    const unwatchLookup = pendingLookup.watch((v) => v && void takeLookup());
    return () => {
      unwatchTab();
      unwatchLookup();
    };
  }, [onTab, onLookup]);
}
