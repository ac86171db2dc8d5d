/** Opening the side panel from a page action (Chrome's sidePanel API; Firefox's sidebar). */
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
  setPanelBehavior?(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

export async function openSidePanelForTab(tabId: number | undefined): Promise<{ opened: boolean }> {
  const panel = chromeSidePanel();
  if (panel && tabId !== undefined) {
    // Chrome allows this only in response to a user action (the chip click is one).
    await panel.open({ tabId });
    return { opened: true };
  }
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) {
    await sidebar.open();
    return { opened: true };
  }
  return { opened: false };
}
