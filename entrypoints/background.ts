// Service worker: message handlers only; each one line into lib/.
import { browser } from 'wxt/browser';
import { createRouter } from '../lib/messaging';
import { contentContext, disableSite, enableSite, onPermissionsRemoved, siteStatus, syncContentScripts } from '../lib/background/sites';
import { restrictStorageToTrustedContexts } from '../lib/sites/storage-access';
import { enabledSites } from '../lib/storage-items';
import { openSidePanelForTab } from '../lib/background/sidepanel';
import { createContextMenus, onContextMenuClicked } from '../lib/background/context-menus';
import { claimsHandlers } from '../lib/background/claims-handlers';
import { codesHandlers } from '../lib/background/codes-handlers';
import { notesHandlers } from '../lib/background/notes-handlers';
import { templatesHandlers } from '../lib/background/templates-handlers';
import { startNotesBackground } from '../lib/background/notes-background';
import { startClipboardClear } from '../lib/background/clipboard-clear';

export default defineBackground(() => {
  // First thing at every start: the vault key in storage.session is for trusted contexts only.
  void restrictStorageToTrustedContexts(browser.storage as never);
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
    }),
  );

  if (import.meta.env.MODE === 'e2e') {
    // E2E only: headless Chromium cannot click context menus, so tests call the same handler.
    (globalThis as Record<string, unknown>).remitRangerTest = { contextMenuClick: onContextMenuClicked };
  }

  startNotesBackground();
  startClipboardClear();

  browser.permissions.onRemoved.addListener((p) => void onPermissionsRemoved(p.origins ?? []));
  browser.runtime.onInstalled.addListener(() => {
    void syncContentScripts();
    createContextMenus();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'insert-template') void onContextMenuClicked({ menuItemId: 'rr-insert-template', editable: true, pageUrl: '' } as never, tab);
  });
  browser.runtime.onStartup.addListener(() => void syncContentScripts());
});
