import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enabledSites, uiLanguage } from '../storage-items';
import { CLAIM_SCRIPT_ID, contentContext, disableSite, enableSite, onPermissionsRemoved, siteStatus } from './sites';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Registered = { id: string; matches?: string[] };
let registered: Registered[];
let grantedPatterns: Set<string>;

beforeEach(() => {
  registered = [];
  grantedPatterns = new Set();
  const b = fakeBrowser as unknown as {
    permissions: Record<string, unknown>;
    scripting: Record<string, unknown>;
  };
  b.permissions.contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => grantedPatterns.has(o)));
  b.permissions.remove = vi.fn(async ({ origins }: { origins: string[] }) => {
    origins.forEach((o) => grantedPatterns.delete(o));
    return true;
  });
  b.scripting.getRegisteredContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((r) => ids.includes(r.id)));
  b.scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => {
    registered = registered.filter((r) => !ids.includes(r.id));
  });
  b.scripting.registerContentScripts = vi.fn(async (scripts: Registered[]) => {
    registered.push(...scripts);
  });
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

describe('the content script learns its context by message, never from storage (issue 17 item 4)', () => {
  it('answers for the sender URL: enabled or not, and the language', async () => {
    await enabledSites.setValue(['https://portal.example.com']);
    await uiLanguage.setValue('fr');
    expect(await contentContext('https://portal.example.com/claims/1')).toEqual({ enabled: true, language: 'fr' });
    expect(await contentContext('https://evil.example.net/')).toEqual({ enabled: false, language: 'fr' });
    expect(await contentContext(undefined)).toEqual({ enabled: false, language: 'fr' });
  });

  it('the claim reader imports no storage module', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../content/claim-reader.ts'), 'utf8');
    expect(source).not.toMatch(/storage-items|wxt\/utils\/storage|browser\.storage/);
  });
});
