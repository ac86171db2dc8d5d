import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uiLanguage } from '@/lib/platform/i18n/language';
import { enabledSites } from './storage';
import { CLAIM_SCRIPT_ID, contentContext, disableSite, enableSite, onPermissionsRemoved, siteStatus } from './background';
import { readLoadedTab, readOpenTabs, registrationPlan, syncContentScripts } from './background';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Registered = { id: string; matches?: string[] };
let registered: Registered[];
let grantedPatterns: Set<string>;
let calls: string[];
let injected: number[];

beforeEach(() => {
  registered = [];
  grantedPatterns = new Set();
  calls = [];
  injected = [];
  const b = fakeBrowser as unknown as {
    permissions: Record<string, unknown>;
    scripting: Record<string, unknown>;
    tabs: Record<string, unknown>;
  };
  b.permissions.contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => grantedPatterns.has(o)));
  b.permissions.remove = vi.fn(async ({ origins }: { origins: string[] }) => {
    origins.forEach((o) => grantedPatterns.delete(o));
    return true;
  });
  b.scripting.getRegisteredContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((r) => ids.includes(r.id)));
  b.scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => {
    calls.push('unregister');
    registered = registered.filter((r) => !ids.includes(r.id));
  });
  b.scripting.registerContentScripts = vi.fn(async (scripts: Registered[]) => {
    calls.push('register');
    registered.push(...scripts);
  });
  b.scripting.updateContentScripts = vi.fn(async (scripts: Registered[]) => {
    calls.push('update');
    registered = registered.map((r) => scripts.find((s) => s.id === r.id) ?? r);
  });
  b.scripting.executeScript = vi.fn(async ({ target, func }: { target: { tabId: number }; func?: () => boolean }) => {
    if (target.tabId === 13) throw new Error('Cannot access contents of the page');
    // The probe: is the reader already running in every frame? Tab 21 runs it already.
    if (func) return [{ frameId: 0, result: target.tabId === 21 }];
    injected.push(target.tabId);
    return [];
  });
  b.tabs.query = vi.fn(async ({ url }: { url: string[] }) =>
    [{ id: 11, url: 'https://a.example.com/claim/1' }, { id: 12, url: 'https://other.example.com/' }, { id: 13, url: 'https://a.example.com/err' }]
      .filter((t) => url.some((p) => t.url.startsWith(p.replace('*', '')))));
});

describe('enabling a site', () => {
  it('refuses without the host permission and changes nothing', async () => {
    await expect(enableSite('https://portal.example.com')).rejects.toThrow(/No access to https:\/\/portal.example.com/);
    expect(await enabledSites.getValue()).toEqual([]);
    expect(registered).toEqual([]);
  });

  it('registers the claim reader for exactly the enabled, granted origins (all frames)', async () => {
    grantedPatterns.add('https://portal.example.com/*');
    expect(await enableSite('https://portal.example.com')).toEqual({ origin: 'https://portal.example.com', enabled: true, granted: true });
    expect(registered).toEqual([expect.objectContaining({ id: CLAIM_SCRIPT_ID, matches: ['https://portal.example.com/*'], allFrames: true })]);
  });

  it('enables the frame host of Availity together with the portal, and disables both', async () => {
    grantedPatterns.add('https://essentials.availity.com/*');
    await expect(enableSite('https://essentials.availity.com')).rejects.toThrow(/apps\.availity\.com/);
    grantedPatterns.add('https://apps.availity.com/*');
    await enableSite('https://essentials.availity.com');
    expect(await enabledSites.getValue()).toEqual(['https://apps.availity.com', 'https://essentials.availity.com']);
    expect(registered[0]!.matches).toEqual(['https://apps.availity.com/*', 'https://essentials.availity.com/*']);
    await disableSite('https://essentials.availity.com');
    expect(await enabledSites.getValue()).toEqual([]);
    expect(registered).toEqual([]);
    expect(grantedPatterns.size).toBe(0);
  });

  it('forgets a site whose access the user revoked in the browser', async () => {
    grantedPatterns.add('https://a.example.com/*');
    grantedPatterns.add('https://b.example.com/*');
    await enableSite('https://a.example.com');
    await enableSite('https://b.example.com');
    grantedPatterns.delete('https://a.example.com/*');
    await onPermissionsRemoved(['https://a.example.com/*']);
    expect(await enabledSites.getValue()).toEqual(['https://b.example.com']);
    expect(registered[0]!.matches).toEqual(['https://b.example.com/*']);
    expect(await siteStatus('https://a.example.com')).toEqual({ origin: 'https://a.example.com', enabled: false, granted: false });
  });
});

describe('a page that is always read', () => {
  it('plans the registration without a gap: an equal set is kept, a changed one updated in place', () => {
    expect(registrationPlan(null, [])).toBe('keep');
    expect(registrationPlan(null, ['https://a.example.com/*'])).toBe('register');
    expect(registrationPlan(['https://a.example.com/*', 'https://b.example.com/*'], ['https://b.example.com/*', 'https://a.example.com/*'])).toBe('keep');
    expect(registrationPlan(['https://a.example.com/*'], ['https://b.example.com/*'])).toBe('update');
    expect(registrationPlan(['https://a.example.com/*'], [])).toBe('unregister');
  });

  it('a browser start never unregisters the reader it already has (no window where a page loads unread)', async () => {
    grantedPatterns.add('https://a.example.com/*');
    await enableSite('https://a.example.com');
    calls = [];
    await syncContentScripts();
    await syncContentScripts();
    expect(calls).toEqual([]);
    grantedPatterns.add('https://b.example.com/*');
    await enableSite('https://b.example.com');
    expect(calls).toEqual(['update']);
    expect(registered).toHaveLength(1);
    expect(registered[0]!.matches).toEqual(['https://a.example.com/*', 'https://b.example.com/*']);
  });

  it('reads the tabs already open on enabled sites, and only those; a tab it cannot reach is skipped', async () => {
    grantedPatterns.add('https://a.example.com/*');
    await enabledSites.setValue(['https://a.example.com']);
    expect(await readOpenTabs()).toBe(1);
    expect(injected).toEqual([11]);
    expect(registered[0]!.matches).toEqual(['https://a.example.com/*']);
  });

  it('runs the reader in a tab that finished loading on an enabled site (a restored tab the registration missed), and nowhere else', async () => {
    grantedPatterns.add('https://a.example.com/*');
    await enabledSites.setValue(['https://a.example.com']);
    expect(await readLoadedTab(11, 'https://a.example.com/claim/1')).toBe(true);
    expect(await readLoadedTab(12, 'https://other.example.com/')).toBe(false);
    expect(await readLoadedTab(14, 'chrome://newtab/')).toBe(false);
    expect(await readLoadedTab(15, undefined)).toBe(false);
    grantedPatterns.clear();
    expect(await readLoadedTab(16, 'https://a.example.com/claim/2')).toBe(false);
    expect(injected).toEqual([11]);
  });

  it('leaves a tab where the reader already runs alone (a second copy would read the page again)', async () => {
    grantedPatterns.add('https://a.example.com/*');
    await enabledSites.setValue(['https://a.example.com']);
    expect(await readLoadedTab(21, 'https://a.example.com/claim/3')).toBe(true);
    expect(injected).toEqual([]);
  });

  it('reads nothing when no site is enabled', async () => {
    expect(await readOpenTabs()).toBe(0);
    expect(injected).toEqual([]);
  });
});

describe('the content script learns its context by message, never from storage (issue 17 item 4)', () => {
  it('answers for the sender URL: enabled or not, and the language', async () => {
    await enabledSites.setValue(['https://portal.example.com']);
    await uiLanguage.setValue('fr');
    expect(await contentContext('https://portal.example.com/claims/1')).toEqual({ enabled: true, language: 'fr' });
    expect(await contentContext('https://evil.example.net/')).toEqual({ enabled: false, language: 'fr' });
    expect(await contentContext(undefined)).toEqual({ enabled: false, language: 'fr' });
  });

  it('the claim reader imports no storage module', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../reading/claim-reader.ts'), 'utf8');
    expect(source).not.toMatch(/storage-items|\/storage'|wxt\/utils\/storage|browser\.storage/);
  });
});
