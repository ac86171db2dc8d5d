/**
 * Context-menu entries: "Look up “…”" on selected text, "Insert template" in editable fields.
 * Both open the side panel on the right tab; the click is the user gesture Chrome requires.
 */
import { browser, type Browser } from 'wxt/browser';
import { pendingLookup, pendingPanelTab } from './storage';
import { openSidePanelForTab } from './sidepanel-opener';

export const MENU_LOOKUP = 'rr-lookup';
export const MENU_INSERT_TEMPLATE = 'rr-insert-template';
/** Longest selection taken into a lookup: codes and terms are short; a stray page-long selection is not. */
export const MAX_LOOKUP_CHARS = 200;

export function createContextMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_LOOKUP, title: browser.i18n.getMessage('menuLookup'), contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU_INSERT_TEMPLATE, title: browser.i18n.getMessage('menuInsertTemplate'), contexts: ['editable'] });
  }, () => undefined);
}

export async function onContextMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId === MENU_LOOKUP) {
    const query = (info.selectionText ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_LOOKUP_CHARS);
    // Open first: the user gesture does not survive long awaits. The panel also watches these items.
    const opening = openSidePanelForTab(tab?.id).catch(() => ({ opened: false }));
    await pendingPanelTab.setValue('lookup');
    await pendingLookup.setValue({ query, at: Date.now() });
    await opening;
  } else if (info.menuItemId === MENU_INSERT_TEMPLATE) {
    const opening = openSidePanelForTab(tab?.id).catch(() => ({ opened: false }));
    await pendingPanelTab.setValue('templates');
    await opening;
  }
}
