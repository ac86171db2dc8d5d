// Settings page: "Delete all local data" asks for a typed confirmation, then leaves nothing behind.
import { describe, expect, it } from 'vitest';
import { browserForSuite } from './suite';
import { leftovers, recordCount } from './leftovers';

describe('options: delete all local data (Chromium, built extension)', () => {
  const h = browserForSuite();

  it('wipes settings, enabled sites, the claim reader registration and every database only after typing DELETE', async () => {
    const origin = h.origin;
    await h.enableSite(origin);
    const options = await h.openExtensionPage('options');
    // Something in each kind of storage: a setting, a session value and a database.
    await options.evaluate(async () => {
      await chrome.storage.local.set({ 'claims.disabledRules': ['units'] });
      await chrome.storage.session.set({ probe: 1 });
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('remit-ranger-probe', 1);
        req.addEventListener('upgradeneeded', () => req.result.createObjectStore('s'));
        req.addEventListener('success', () => { req.result.close(); resolve(); });
        req.addEventListener('error', () => reject(req.error));
      });
    });
    await options.reload();
    await expect.poll(() => options.getByText(origin).count()).toBeGreaterThan(0);

    await options.getByRole('button', { name: 'Delete all local data' }).click();
    const confirm = options.getByRole('group', { name: 'Delete all local data' }).getByRole('button', { name: 'Delete all local data' });
    expect(await confirm.isDisabled()).toBe(true);
    await options.getByLabel('Type DELETE to confirm').fill('delete');
    expect(await confirm.isDisabled()).toBe(true);
    await options.getByLabel('Type DELETE to confirm').fill('DELETE');
    await confirm.click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'All local data was deleted.' }).count()).toBe(1);

    const left = await leftovers(options);
    expect({ local: left.local, session: left.session, records: recordCount(left) }).toEqual({ local: [], session: [], records: 0 });
    expect(await h.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    await options.close();
  });
});
