/**
 * Enabling Remit Ranger on a portal: the optional host permission (granted by the user in a page,
 * since a permission request needs a user gesture) plus our own list of enabled origins, and the
 * dynamic content-script registration that follows from both. The claim reader is never declared
 * in the manifest, so it runs nowhere until a site is enabled.
 */
import { browser } from 'wxt/browser';
import type { SiteStatus } from './messages';
import { uiLanguage } from '@/lib/platform/i18n/language';
import { sendToTab } from '@/lib/platform/messaging';
import { isUrlEnabled, matchPatternFor, originsToEnable, withOrigin } from './origins';
import { enabledSites } from './storage';

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

/** Enables the origin and the hosts its claim pages are framed from (origins.ts originsToEnable). */
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

/**
 * What to do with the registration to match the wanted patterns. Keeping an equal registration
 * matters: unregister-then-register on every browser start left a gap in which a restored tab
 * loaded with no reader (the "No claim found until reload" starts).
 */
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

export function registrationPlan(existing: readonly string[] | null, wanted: readonly string[]): 'keep' | 'register' | 'update' | 'unregister' {
  if (existing === null) return wanted.length ? 'register' : 'keep';
  if (!wanted.length) return 'unregister';
  return sameSet(existing, wanted) ? 'keep' : 'update';
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
  const script = {
    id: CLAIM_SCRIPT_ID,
    js: [CLAIM_SCRIPT_FILE],
    matches: unique,
    // Availity renders its claim app inside an iframe.
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  switch (registrationPlan(existing[0] ? (existing[0].matches ?? []) : null, unique)) {
    case 'register':
      await browser.scripting.registerContentScripts([script]);
      break;
    case 'update':
      await browser.scripting.updateContentScripts([script]);
      break;
    case 'unregister':
      await browser.scripting.unregisterContentScripts({ ids: [CLAIM_SCRIPT_ID] });
      break;
    case 'keep':
      break;
  }
  return unique;
}

/**
 * Runs the claim reader in a tab now (all frames). Registered scripts only run on the next load;
 * tabs restored at browser start, open during an extension update, or loaded while the service
 * worker was still registering would otherwise show "No claim found" until the user reloads.
 * The reader guards against running twice in a frame, so injecting where it runs is harmless.
 */
export async function injectClaimReader(tabId: number): Promise<boolean> {
  // Where every frame already runs the reader, leave it: a second copy would replace it and read
  // the page again for nothing. The probe runs in the content scripts' own world (lib/reading/claim-reader.ts RUNNING).
  const probe = await browser.scripting
    .executeScript({ target: { tabId, allFrames: true }, func: () => Boolean((window as unknown as Record<symbol, boolean>)[Symbol.for('remit-ranger.claim-reader')]) })
    .catch(() => null);
  if (probe && probe.length > 0 && probe.every((r) => r.result === true)) return true;
  return browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [`/${CLAIM_SCRIPT_FILE}`] }).then(
    () => true,
    // A tab still loading, an error page or a frame we may not read: the registration covers its next load.
    () => false,
  );
}

/**
 * A tab finished loading: when it is on an enabled site, make sure the reader runs there. The
 * registration should have done it, but at browser start Chromium restores tabs while it is still
 * loading the extension's persisted scripts, and a restored tab can miss them (the "No claim found
 * until reload" starts); the reader's own guard makes a second run a no-op.
 */
export async function readLoadedTab(tabId: number, url: string | undefined): Promise<boolean> {
  if (!url || !/^https?:/.test(url)) return false;
  const origin = new URL(url).origin;
  if (!(await enabledSites.getValue()).includes(origin) || !(await granted(origin))) return false;
  return injectClaimReader(tabId);
}

/** Startup and install/update: make sure the registration is right, then read tabs already open on enabled sites. */
export async function readOpenTabs(): Promise<number> {
  const matches = await syncContentScripts();
  if (!matches.length) return 0;
  const tabs = await browser.tabs.query({ url: matches });
  const done = await Promise.all(tabs.map((tab) => (tab.id === undefined ? false : injectClaimReader(tab.id))));
  return done.filter(Boolean).length;
}

/**
 * What a content script may know about its own frame: whether the sender's URL is on an enabled
 * site, and the UI language. The URL comes from the browser (the sender), not from the page.
 */
export async function contentContext(senderUrl: string | undefined): Promise<{ enabled: boolean; language: 'en' | 'fr' | null }> {
  const [sites, language] = await Promise.all([enabledSites.getValue(), uiLanguage.getValue()]);
  return { enabled: !!senderUrl && isUrlEnabled(senderUrl, sites), language };
}

/** Tells every tab's content scripts to ask again (a site was disabled: readers there stop; labels or payer choices changed: they redraw). */
export async function broadcastRecheck(): Promise<void> {
  const tabs = await browser.tabs.query({});
  // A tab without our reader answers nothing: that is not a failure.
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id, 'sites.recheck', {}).catch(() => undefined))));
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
