// Service worker: message handlers only; each one line into lib/.
import { browser } from 'wxt/browser';
import { createRouter } from '@/lib/platform/messaging';
import { listenForWipe } from '@/lib/platform/wipe-signal';
import { broadcastRecheck, contentContext, disableSite, enableSite, onPermissionsRemoved, readLoadedTab, readOpenTabs, siteStatus } from '@/lib/sites/background';
import { restrictStorageToTrustedContexts } from '@/lib/sites/storage-access';
import { enabledSites } from '@/lib/sites/storage';
import { forgetCodeTables } from '@/lib/codes/loaded-tables';
import { payerChoicesItem } from '@/lib/deadlines/choice-storage';
import { taughtMappingsItem } from '@/lib/reading/teach/store';
import { openSidePanelForTab } from '@/lib/workspace/sidepanel-opener';
import { createContextMenus, onContextMenuClicked } from '@/lib/workspace/context-menus';
import { claimsHandlers } from '@/lib/reading/handlers';
import { codesHandlers } from '@/lib/codes/handlers';
import { notesHandlers } from '@/lib/notes/handlers';
import { templatesHandlers } from '@/lib/templates/handlers';
import { startNotesBackground } from '@/lib/notes/background';
import { editsHandlers } from '@/lib/edits/handlers';
import { startClipboardClear } from '@/lib/templates/clipboard-background';

export default defineBackground(() => {
  // First thing at every start: the vault key in storage.session (and storage.local where the
  // browser allows it) is for trusted contexts only; the content script reads no storage.
  const storageAccess = restrictStorageToTrustedContexts(browser.storage as never);
  browser.runtime.onMessage.addListener(
    createRouter({
      ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
      'sites.status': ({ origin }) => siteStatus(origin),
      'sites.enable': ({ origin }) => enableSite(origin),
      'sites.disable': ({ origin }) => disableSite(origin),
      'sites.list': async () => ({ origins: await enabledSites.getValue() }),
      'sidepanel.open': (_data, sender) => openSidePanelForTab(sender.tab?.id),
      'sites.context': (_data, sender) => contentContext(sender.url),
      ...claimsHandlers,
      ...codesHandlers,
      ...notesHandlers,
      ...templatesHandlers,
      ...editsHandlers,
    }),
  );

  if (import.meta.env.MODE === 'e2e') {
    // E2E only: headless Chromium cannot click context menus, so tests call the same handler.
    (globalThis as Record<string, unknown>).remitRangerTest = { contextMenuClick: onContextMenuClicked, readOpenTabs, storageAccess };
  }

  startNotesBackground();
  startClipboardClear();
  // "Delete all local data": licensed descriptors and imported releases applied in memory go too.
  listenForWipe(forgetCodeTables);
  // The reader reads no storage: when what it depends on changes (taught labels, a
  // payer rule choice, which changes the badges' deadlines), tell every tab to ask again (enabled
  // sites change only here, and disableSite tells them itself).
  for (const item of [taughtMappingsItem, payerChoicesItem]) item.watch(() => void broadcastRecheck().catch(() => undefined));

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
