/**
 * Enabling Remit Ranger on a portal: the optional host permission (granted by the user in a page,
 * since a permission request needs a user gesture) plus our own list of enabled origins, and the
 * dynamic content-script registration that follows from both. The claim reader is never declared
 * in the manifest, so it runs nowhere until a site is enabled.
 */
import { browser } from 'wxt/browser';
import type { SiteStatus } from '../messaging';
import { isUrlEnabled, matchPatternFor, originsToEnable, withOrigin } from '../sites';
import { enabledSites, uiLanguage } from '../storage-items';

export const CLAIM_SCRIPT_ID = 'remit-ranger-claim';
/** Output path of entrypoints/claim.content (WXT builds it as content-scripts/<name>.js). */
export const CLAIM_SCRIPT_FILE = 'content-scripts/claim.js';

async function granted(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [matchPatternFor(origin)] });
}

export async function siteStatus(origin: string): Promise<SiteStatus> {
  const list = await enabledSites.getValue();
  return { origin, enabled: list.includes(origin), granted: await granted(origin) };
}

/** Enables the origin and the hosts its claim pages are framed from (lib/sites.ts originsToEnable). */
export async function enableSite(origin: string): Promise<SiteStatus> {
  const origins = originsToEnable(origin);
  for (const o of origins) {
    if (!(await granted(o))) throw new Error(`No access to ${o}: the permission request was declined or not made.`);
  }
  let list = await enabledSites.getValue();
  for (const o of origins) list = withOrigin(list, o, true);
  await enabledSites.setValue(list);
  await syncContentScripts();
  return siteStatus(origin);
}

export async function disableSite(origin: string): Promise<SiteStatus> {
  const origins = originsToEnable(origin);
  let list = await enabledSites.getValue();
  for (const o of origins) list = withOrigin(list, o, false);
  await enabledSites.setValue(list);
  await syncContentScripts();
  await broadcastRecheck().catch(() => undefined);
  // Give the access back too; required host permissions (E2E build) cannot be removed, which is fine.
  await browser.permissions.remove({ origins: origins.map(matchPatternFor) }).catch(() => false);
  return siteStatus(origin);
}

/** Registers the claim reader for exactly the enabled origins that still have host access. */
export async function syncContentScripts(): Promise<string[]> {
  const origins = await enabledSites.getValue();
  const matches: string[] = [];
  for (const origin of origins) {
    if (await granted(origin)) matches.push(matchPatternFor(origin));
  }
  const unique = [...new Set(matches)];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CLAIM_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CLAIM_SCRIPT_ID] });
  if (unique.length) {
    await browser.scripting.registerContentScripts([
      {
        id: CLAIM_SCRIPT_ID,
        js: [CLAIM_SCRIPT_FILE],
        matches: unique,
        // Availity renders its claim app inside an iframe.
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return unique;
}

/**
 * What a content script may know about its own frame: whether the sender's URL is on an enabled
 * site, and the UI language. The URL comes from the browser (the sender), not from the page.
 */
export async function contentContext(senderUrl: string | undefined): Promise<{ enabled: boolean; language: 'en' | 'fr' | null }> {
  const [sites, language] = await Promise.all([enabledSites.getValue(), uiLanguage.getValue()]);
  return { enabled: !!senderUrl && isUrlEnabled(senderUrl, sites), language };
}

/** Tells every tab's content scripts to ask again (a site was disabled: readers there stop). */
export async function broadcastRecheck(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined
    ? undefined
    : browser.tabs.sendMessage(tab.id, { rr: 1, type: 'sites.recheck', data: {} }).catch(() => undefined))));
}

/** When the user revokes access in the browser's own settings, forget the site too. */
export async function onPermissionsRemoved(origins: readonly string[]): Promise<void> {
  const removed = new Set(origins);
  const list = await enabledSites.getValue();
  const kept = list.filter((o) => !removed.has(matchPatternFor(o)));
  if (kept.length !== list.length) await enabledSites.setValue(kept);
  await syncContentScripts();
  await broadcastRecheck().catch(() => undefined);
}
