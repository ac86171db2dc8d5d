/**
 * E2E harness: Debian Chromium, headless, with the built extension (E2E mode) loaded, and the
 * fixture pages served from localhost. Fails loudly when the extension did not load.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { PanelTab } from '@/lib/workspace/storage';
import { serveDirectory, type FixtureServer } from './server';

const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = resolve(ROOT, process.env.E2E_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Browser UI language, e.g. "fr" (sets --lang and LANGUAGE so navigator.language follows). */
  locale?: string;
  /** Reuse a profile to simulate a browser restart. */
  userDataDir?: string;
  /** Share a fixture server between launches. */
  server?: FixtureServer;
  /** Enable the fixture server's origin (`harness.origin`) once launched, as a user who chose "Enable on this site". */
  enableFixtureSite?: boolean;
  /** Browser permissions granted to the whole context, e.g. ['clipboard-read', 'clipboard-write']. */
  permissions?: string[];
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  server: FixtureServer;
  userDataDir: string;
  /** The fixture server's origin, `http://localhost:<port>`. */
  origin: string;
  extensionUrl(path: string): string;
  /** Opens popup.html, sidepanel.html or options.html as a normal tab. */
  openExtensionPage(name: 'popup' | 'sidepanel' | 'options', query?: Record<string, string | number>): Promise<Page>;
  openFixture(path: string): Promise<Page>;
  /** The browser tab id of a page (looked up by its URL in the service worker). */
  tabIdOf(page: Page): Promise<number>;
  /** The side panel of `page`'s tab, opened on one of its tabs, as a normal tab. */
  openPanelFor(page: Page, tab: PanelTab): Promise<Page>;
  /** The popup, once its search box (named `searchLabel`, the English label by default) is there. */
  openPopup(searchLabel?: string): Promise<Page>;
  /** What "Enable on this site" does, minus the click: the E2E build already holds localhost access. */
  enableSite(origin: string): Promise<void>;
  /** Sends a typed message from an extension page, as the popup or side panel would. */
  sendMessage<T = unknown>(type: string, data: unknown): Promise<T>;
  /** Closes the browser; the profile is removed unless keepProfile is set (for restart tests). */
  close(options?: { keepProfile?: boolean; keepServer?: boolean }): Promise<void>;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Run "npm run build:e2e" first.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium).`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'rr-e2e-'));
  const locale = options.locale ?? 'en-US';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: the new headless mode supports extensions
    locale,
    env: { ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: `${locale.replace('-', '_')}.UTF-8` },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${locale}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  let serviceWorker: Worker;
  try {
    serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  } catch {
    await context.close();
    throw new Error('The extension did not load: no service worker appeared within 15 s.');
  }
  const extensionId = new URL(serviceWorker.url()).host;
  const server = options.server ?? (await serveDirectory(resolve(ROOT, 'test/fixtures')));

  const origin = `http://localhost:${server.port}`;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  let bridge: Page | null = null;
  async function extensionPage(): Promise<Page> {
    if (bridge && !bridge.isClosed()) return bridge;
    bridge = await context.newPage();
    await bridge.goto(extensionUrl('options.html'));
    return bridge;
  }

  const harness: Harness = {
    context,
    extensionId,
    serviceWorker,
    server,
    userDataDir,
    origin,
    extensionUrl,
    async openExtensionPage(name, query) {
      const page = await context.newPage();
      const qs = query ? `?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}` : '';
      await page.goto(extensionUrl(`${name}.html${qs}`));
      return page;
    },
    async openFixture(path) {
      const page = await context.newPage();
      await page.goto(server.url(path));
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      const tabs = await serviceWorker.evaluate(() => chrome.tabs.query({}));
      const tab = tabs.find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
      return tab.id;
    },
    async openPanelFor(page, tab) {
      return harness.openExtensionPage('sidepanel', { tabId: await harness.tabIdOf(page), tab });
    },
    async openPopup(searchLabel = 'Search codes') {
      const page = await harness.openExtensionPage('popup');
      await page.getByRole('combobox', { name: searchLabel }).waitFor();
      return page;
    },
    async enableSite(siteOrigin) {
      await harness.sendMessage('sites.enable', { origin: siteOrigin });
    },
    async sendMessage<T>(type: string, data: unknown): Promise<T> {
      const page = await extensionPage();
      const reply = await page.evaluate(
        async ([t, d]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ rr: 1, type: t, data: d }),
        [type, data] as const,
      );
      const r = reply as { ok: boolean; data?: T; error?: string } | undefined;
      if (!r?.ok) throw new Error(`message ${type} failed: ${r?.error ?? 'no reply'}`);
      return r.data as T;
    },
    async close({ keepProfile = false, keepServer = false } = {}) {
      await context.close();
      if (!keepServer && !options.server) await server.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  if (options.permissions) await context.grantPermissions(options.permissions);
  if (options.enableFixtureSite) await harness.enableSite(origin);
  return harness;
}

/**
 * Keys of one object store of the extension's IndexedDB, read from an extension page (the stores
 * live in the extension's origin). Compound keys are joined with ":"; a missing store reads as [].
 */
export function storedKeys(page: Page, dbName: string, storeName: string): Promise<string[]> {
  return page.evaluate(
    ([name, store]) =>
      new Promise<string[]>((done, reject) => {
        const open = indexedDB.open(name);
        open.addEventListener('error', () => reject(open.error));
        open.addEventListener('success', () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            return done([]);
          }
          const req = db.transaction(store).objectStore(store).getAllKeys();
          req.addEventListener('success', () => {
            done(req.result.map((k) => (Array.isArray(k) ? k.join(':') : String(k))));
            db.close();
          });
          req.addEventListener('error', () => reject(req.error));
        });
      }),
    [dbName, storeName] as const,
  );
}

export interface ReleaseImportTiming {
  ms: number;
  /** ms after the change event when the bar and the Cancel button were on screen, or null. */
  progressAt: number | null;
  cancelShown: boolean;
  status: string;
}

/**
 * Chooses a release file in Options → Code data and times, in the page, its change event -> the
 * outcome on screen ("Imported …" or the refusal), watching for the progress bar and Cancel button
 * on the way (they must appear for anything longer than half a second).
 */
export async function timeReleaseImport(options: Page, name: string, bytes: Uint8Array): Promise<ReleaseImportTiming> {
  // Passed as source text: tsx would wrap the named inner functions in a helper the page lacks.
  await options.evaluate(`(() => {
    const input = [...document.querySelectorAll('label')].find((l) => l.textContent.includes('Import a release file')).querySelector('input');
    // The releases part of the page (the licensed CPT import above it has its own statuses).
    const section = input.closest('[data-revision]');
    window.rrBench = new Promise((resolve) => {
      let t0 = null;
      let progressAt = null;
      let cancelShown = false;
      setTimeout(() => resolve({ ms: NaN, progressAt, cancelShown, status: 'timed out after 180 s' }), 180000);
      input.addEventListener('change', () => (t0 = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (t0 == null) return;
        if (progressAt == null && section.querySelector('progress')) {
          progressAt = performance.now() - t0;
          cancelShown = [...section.querySelectorAll('button')].some((b) => b.textContent === 'Cancel');
        }
        const done = [...section.querySelectorAll('[role="status"], [role="alert"]')].find((s) => !s.querySelector('progress') && !/^Reading /.test(s.textContent));
        if (done && !input.disabled) {
          observer.disconnect();
          resolve({ ms: performance.now() - t0, progressAt, cancelShown, status: done.textContent });
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  })()`);
  await options.getByLabel('Import a release file').setInputFiles({ name, mimeType: name.endsWith('.zip') ? 'application/zip' : 'text/plain', buffer: Buffer.from(bytes) });
  return (await options.evaluate(() => (window as unknown as { rrBench: Promise<unknown> }).rrBench)) as ReleaseImportTiming;
}
