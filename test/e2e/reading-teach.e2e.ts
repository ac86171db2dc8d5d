// Teaching the reader in Chromium (issue 13): point a field at its value on the page from the side
// panel, reload, the field is read; options lists the mapping (labels only) and deletes it.
import { describe, expect, it } from 'vitest';
import { browserForSuite } from './suite';

const FIXTURE = 'reading/teach/unknown-label.html';

describe('teach the reader (Chromium, built extension)', () => {
  const h = browserForSuite({ enableFixtureSite: true });

  const stored = () => h.serviceWorker.evaluate(() => chrome.storage.local.get('reading.taught').then((r) => r['reading.taught'] ?? {}));

  it('teaches a field on one page; after a reload the field is read; options shows and deletes the mapping', async () => {
    const page = await h.openFixture(FIXTURE);
    const panel = await h.openPanelFor(page, 'claim');
    await expect.poll(() => panel.getByText('TEACH2026000042').count(), { timeout: 15_000, message: 'claim in panel' }).toBeGreaterThan(0);
    // The dictionary does not know "Amt Pd to Prov": paid is not read.
    expect(await panel.locator('[data-field="paid"]').count()).toBe(0);

    // "This looks wrong" waits under "Details" (issue 18).
    await panel.locator('details.claim-details > summary').click();
    await panel.getByRole('button', { name: 'This looks wrong' }).click();
    await panel.getByLabel('Field').selectOption('paid');
    await panel.getByRole('button', { name: 'Point at it on the page' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Click the value' }).count(), { message: 'pick mode' }).toBe(1);
    // The user clicks the value in the portal page itself.
    await page.bringToFront();
    await page.locator('#paid-value').click();

    await expect.poll(async () => JSON.stringify(await stored()), { timeout: 10_000, message: 'mapping stored' }).toContain('Amt Pd to Prov');
    const text = JSON.stringify(await stored());
    // Label and field only: nothing the page shows as a value.
    for (const value of ['40.00', 'TEACH2026000042', 'TESTPATIENT', '90.00', '11/20/2026', '99213']) expect(text).not.toContain(value);
    await expect.poll(() => panel.getByText('Paid ← “Amt Pd to Prov”').count(), { message: 'taught list in panel' }).toBe(1);
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Learned where “Paid” is' }).count(), { message: 'pick outcome' }).toBe(1);

    // Next time (a reload) the taught label is read.
    await page.reload();
    await expect.poll(() => panel.locator('[data-field="paid"]').textContent(), { timeout: 15_000, message: 'paid read after reload' }).toBe('$40.00');

    const options = await h.openExtensionPage('options');
    const rule = options.getByText('Paid ← “Amt Pd to Prov”');
    await expect.poll(() => rule.count(), { timeout: 10_000, message: 'mapping in options' }).toBe(1);
    expect(await options.getByRole('heading', { name: `localhost:${h.server.port}` }).count()).toBe(1);
    await options.getByRole('button', { name: 'Forget what was taught for Paid' }).click();
    await expect.poll(async () => JSON.stringify(await stored()), { message: 'mapping deleted' }).toBe('{}');
    await expect.poll(() => options.getByText(/No mappings yet/).count()).toBe(1);

    // Without the mapping the page reads as before.
    await page.reload();
    await expect.poll(() => panel.getByText('TEACH2026000042').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => panel.locator('[data-field="paid"]').count(), { timeout: 15_000 }).toBe(0);
    await Promise.all([page.close(), panel.close(), options.close()]);
  });
});
