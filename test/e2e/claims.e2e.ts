// Reading claim pages in Chromium: badges on the page, the side panel's Claim tab with findings,
// single-page navigation, the iframe portal, and a site that is not enabled staying untouched.
import { describe, expect, it } from 'vitest';
import { browserForSuite } from './suite';

const BADGE = '[data-remit-ranger="badge"]';
const CHIP = '[data-remit-ranger="chip"]';

describe('claim pages (Chromium, built extension)', () => {
  const h = browserForSuite({ enableFixtureSite: true });

  it('draws a badge beside each code, coloured by validity on the date of service', async () => {
    const page = await h.openFixture('demo/known-problems.html');
    await expect.poll(() => page.locator(BADGE).count(), { timeout: 15_000 }).toBeGreaterThan(5);
    const statusOf = (code: string) => page.locator(`${BADGE}[data-code="${code}"]`).first().getAttribute('data-status');
    expect(await statusOf('E11')).toBe('not-billable');
    expect(await statusOf('E11.9')).toBe('valid');
    // CPT: shape and section known; validity needs the user's licensed file, and the tooltip says so.
    expect(await statusOf('99214')).toBe('unknown');
    // E10.9 and E11.9 together fall under an Excludes1 note: a warning (guideline I.A.12.a), the badge carries its colour.
    expect(await page.locator(`${BADGE}[data-code="E10.9"]`).first().getAttribute('data-severity')).toBe('warning');
    expect(await page.locator(CHIP).getAttribute('data-label')).toMatch(/Claim found/);
    // The page's own text and forms are intact: badges are added next to codes, never replacing them.
    expect(await page.locator('text=A26301000102').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('opens the real side panel from the chip on the page', async () => {
    const page = await h.openFixture('demo/known-problems.html');
    const chip = page.locator(CHIP);
    await chip.waitFor({ state: 'attached', timeout: 15_000 });
    const sidePanels = () => h.serviceWorker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }));
    expect(await sidePanels()).toHaveLength(0);
    // The chip lives in a closed shadow root: click where it is drawn, as a user would.
    const box = (await chip.boundingBox())!;
    await page.mouse.click(box.x + 40, box.y + box.height / 2);
    await expect.poll(async () => (await sidePanels()).map((c) => new URL(c.documentUrl ?? '').pathname), { timeout: 10_000 }).toEqual(['/sidepanel.html']);
    expect(await chip.getAttribute('data-label')).toMatch(/Claim found/);
    await page.close();
  });

  it('shows the claim and its findings in the side panel', async () => {
    const page = await h.openFixture('demo/known-problems.html');
    await page.locator(BADGE).first().waitFor({ state: 'attached', timeout: 15_000 });
    const panel = await h.openPanelFor(page, 'claim');
    await expect.poll(() => panel.getByText('A26301000102').count(), { timeout: 15_000, message: 'claim number in panel' }).toBeGreaterThan(0);
    await expect.poll(() => panel.getByRole('heading', { name: /^Errors \(\d+\)$/ }).count(), { timeout: 15_000, message: 'errors heading' }).toBe(1);
    expect(await panel.getByText(/E11 is a category header/).count()).toBeGreaterThan(0);
    expect(await panel.getByText(/usually not coded together/).count()).toBeGreaterThan(0);
    expect(await panel.getByText(/points at diagnosis E/).count()).toBeGreaterThan(0);
    // Developer views wait under "Details" (issue 18).
    expect(await panel.getByRole('button', { name: 'Copy as JSON' }).count()).toBe(0);
    await panel.locator('details.claim-details > summary').click();
    expect(await panel.getByRole('button', { name: 'Copy as JSON' }).count()).toBe(1);
    // "This looks wrong" lists where values came from.
    await panel.getByRole('button', { name: 'This looks wrong' }).click();
    const show = panel.getByRole('button', { name: 'Show Claim number on page' });
    await expect.poll(() => show.count(), { message: 'provenance view' }).toBe(1);
    // "Show on page" outlines the element the value came from, in the portal page itself.
    await show.click();
    await expect.poll(() => page.locator('[data-remit-ranger="highlight"]').count(), { message: 'highlight on page' }).toBe(1);
    await panel.close();
    await page.close();
  });

  it('follows a single-page portal when it switches claims without a reload', async () => {
    const page = await h.openFixture('demo/spa.html');
    const panel = await h.openPanelFor(page, 'claim');
    await expect.poll(() => panel.getByRole('tabpanel').getByText('SPA2026000001').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Claim 2' }).click();
    await expect.poll(() => panel.getByRole('tabpanel').getByText('SPA2026000002').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await panel.getByRole('tabpanel').getByText('SPA2026000001').count()).toBe(0);
    await page.getByRole('button', { name: 'Claim 1' }).click();
    await expect.poll(() => panel.getByRole('tabpanel').getByText('SPA2026000001').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });

  it('reads a claim app rendered inside an iframe', async () => {
    const page = await h.openFixture('demo/availity.html');
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator(BADGE).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const panel = await h.openPanelFor(page, 'claim');
    await expect.poll(() => panel.locator('[data-field="claimNumber"]').count(), { timeout: 15_000 }).toBe(1);
    await panel.close();
    await page.close();
  });

  it('leaves a page on a site that is not enabled untouched', async () => {
    const other = await h.context.newPage();
    // Same server, other host name: the E2E build may read it, but the user did not enable it.
    await other.goto(`http://127.0.0.1:${h.server.port}/demo/known-problems.html`);
    await other.waitForLoadState('load');
    const before = await other.content();
    await other.waitForTimeout(1500);
    expect(await other.locator('[data-remit-ranger]').count()).toBe(0);
    expect(await other.content()).toBe(before);
    const panel = await h.openPanelFor(other, 'claim');
    await expect.poll(() => panel.getByRole('button', { name: 'Enable on this site' }).count(), { timeout: 10_000 }).toBe(1);
    await panel.close();
    await other.close();
  });
});
