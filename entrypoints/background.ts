// Service worker: message handlers only; each one line into lib/.
import { browser } from 'wxt/browser';
import { createRouter } from '../lib/messaging';
import { disableSite, enableSite, onPermissionsRemoved, readLoadedTab, readOpenTabs, siteStatus } from '../lib/background/sites';
import { enabledSites } from '../lib/storage-items';
import { openSidePanelForTab } from '../lib/background/sidepanel';
import { createContextMenus, onContextMenuClicked } from '../lib/background/context-menus';
import { claimsHandlers } from '../lib/background/claims-handlers';
import { codesHandlers } from '../lib/background/codes-handlers';
import { notesHandlers } from '../lib/background/notes-handlers';
import { templatesHandlers } from '../lib/background/templates-handlers';
import { startNotesBackground } from '../lib/background/notes-background';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    createRouter({
      ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
      'sites.status': ({ origin }) => siteStatus(origin),
      'sites.enable': ({ origin }) => enableSite(origin),
      'sites.disable': ({ origin }) => disableSite(origin),
      'sites.list': async () => ({ origins: await enabledSites.getValue() }),
      'sidepanel.open': (_data, sender) => openSidePanelForTab(sender.tab?.id),
      ...claimsHandlers,
      ...codesHandlers,
      ...notesHandlers,
      ...templatesHandlers,
    }),
  );

  if (import.meta.env.MODE === 'e2e') {
    // E2E only: headless Chromium cannot click context menus, so tests call the same handler.
    (globalThis as Record<string, unknown>).remitRangerTest = { contextMenuClick: onContextMenuClicked, readOpenTabs };
  }

  startNotesBackground();

  browser.permissions.onRemoved.addListener((p) => void onPermissionsRemoved(p.origins ?? []));
  // Install, update and browser start: keep the reader registered and read the tabs already open.
  browser.runtime.onInstalled.addListener(() => {
    void readOpenTabs().catch(() => undefined);
    createContextMenus();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'insert-template') void onContextMenuClicked({ menuItemId: 'rr-insert-template', editable: true, pageUrl: '' } as never, tab);
  });
  browser.runtime.onStartup.addListener(() => void readOpenTabs().catch(() => undefined));
  // Every load of an enabled page, restored tabs included: the reader runs even if the registration missed it.
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'complete') void readLoadedTab(tabId, tab.url).catch(() => undefined);
  });
});
