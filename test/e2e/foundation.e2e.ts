import { describe, expect, it } from 'vitest';
import { browserForSuite } from './suite';

describe('extension foundation (Chromium, built extension)', () => {
  const h = browserForSuite();

  it('loads: the service worker has an extension id and the manifest is MV3 without broad host access', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await h.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions ?? []).not.toContain('https://*/*');
    expect(manifest.optional_host_permissions).toContain('https://*/*');
  });

  it('renders the popup', async () => {
    const page = await h.openExtensionPage('popup');
    await expect.poll(() => page.getByRole('heading', { name: 'Remit Ranger' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Nothing leaves this device').count()).toBe(1);
    await page.close();
  });

  it('answers typed messages and rejects invalid payloads', async () => {
    const pong = await h.sendMessage<{ pong: boolean; version: string }>('ping', {});
    expect(pong).toEqual({ pong: true, version: '0.1.0' });
    // oxlint-disable-next-line no-script-url -- hostile input on purpose
    await expect(h.sendMessage('sites.status', { origin: 'javascript:alert(1)' })).rejects.toThrow(/invalid payload/);
    await expect(h.sendMessage('sites.status', { origin: 'https://a.example', extra: 1 })).rejects.toThrow(/invalid payload/);
  });

  it('runs the content script on a localhost page only once the site is enabled, and stops when disabled', async () => {
    const origin = h.origin;
    const registered = () => h.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts());

    const chip = '[data-remit-ranger="chip"]';
    const before = await h.openFixture('demo/generic-portal.html');
    await before.waitForLoadState('load');
    await before.waitForTimeout(1000);
    expect(await before.locator(chip).count()).toBe(0);
    expect(await before.locator('[data-remit-ranger]').count()).toBe(0);
    expect(await registered()).toHaveLength(0);
    await before.close();

    await h.enableSite(origin);
    expect((await registered()).map((s) => s.matches)).toEqual([['http://localhost/*']]);
    const after = await h.openFixture('demo/generic-portal.html');
    await after.locator(chip).waitFor({ state: 'attached', timeout: 10_000 });
    expect(await after.locator(chip).getAttribute('data-label')).toMatch(/Claim found/);

    await h.sendMessage('sites.disable', { origin });
    await after.locator(chip).waitFor({ state: 'detached', timeout: 10_000 });
    expect(await after.locator('[data-remit-ranger]').count()).toBe(0);
    expect(await registered()).toHaveLength(0);
    await after.close();
  });
});

describe('French locale', () => {
  const h = browserForSuite({ locale: 'fr-FR' });

  it('renders French strings when the browser is in French', async () => {
    const page = await h.openExtensionPage('popup');
    await expect.poll(() => page.getByText('Rien ne quitte cet appareil').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Paramètres' }).count()).toBe(1);
    await page.close();
  });

  it('follows the language chosen in options over the browser language', async () => {
    const options = await h.openExtensionPage('options');
    await options.getByLabel('Langue').selectOption('en');
    await expect.poll(() => options.getByRole('heading', { name: 'Enabled sites' }).count()).toBe(1);
    const popup = await h.openExtensionPage('popup');
    await expect.poll(() => popup.getByText('Nothing leaves this device').count()).toBe(1);
    await popup.close();
    await options.close();
  });
});
