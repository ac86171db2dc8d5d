/**
 * The main job on a fresh machine: build the extension (demo mode: may read localhost without a
 * permission prompt), serve the demo portal (test/fixtures/demo) on localhost, and open Chromium
 * with the extension loaded and the demo site enabled when a display exists. Without a display it
 * prints the demo URL and the unpacked-extension folder and keeps serving until Ctrl+C.
 *
 *   npm run demo [-- --port 5178] [-- --no-browser] [-- --check]
 *
 * --check builds, serves, verifies the demo index answers, then exits (used by tests and CI).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveDirectory } from '@/test/e2e/server';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
const args = process.argv.slice(2);
const check = args.includes('--check');
const noBrowser = args.includes('--no-browser') || check;

function step(message: string) {
  console.log(`\n▶ ${message}`);
}

step('Building code tables and the extension (demo mode)…');
execFileSync('npm', ['run', '-s', 'codes:ensure'], { cwd: ROOT, stdio: 'inherit' });
execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: ROOT, stdio: 'inherit' });

const server = await serveDirectory(resolve(ROOT, 'test/fixtures'));
const demoUrl = server.url('demo/');
const origin = `http://localhost:${server.port}`;

if (check) {
  const res = await fetch(demoUrl); // Node side only: checks the local demo server answers.
  if (!res.ok) throw new Error(`demo index answered ${res.status}`);
  console.log(`demo OK: ${demoUrl} · extension: ${EXTENSION_DIR}`);
  await server.close();
  process.exit(0);
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (noBrowser || !hasDisplay || !existsSync(chromium)) {
  console.log(`
Demo portal:          ${demoUrl}
Unpacked extension:   ${EXTENSION_DIR}

No display (or --no-browser): load the unpacked extension in Chrome/Edge (chrome://extensions →
Developer mode → Load unpacked), then open the demo URL. The demo build may read localhost pages;
open the side panel there and choose "Enable on this site".
Serving until Ctrl+C…`);
} else {
  step('Opening Chromium with the extension and the demo site enabled…');
  const { chromium: pw } = await import('playwright-core');
  const context = await pw.launchPersistentContext(mkdtempSync(join(tmpdir(), 'rr-demo-')), {
    executablePath: chromium,
    headless: false,
    viewport: null,
    args: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const bridge = await context.newPage();
  await bridge.goto(`chrome-extension://${id}/options.html`);
  await bridge.evaluate((o) => chrome.runtime.sendMessage({ rr: 1, type: 'sites.enable', data: { origin: o } }), origin);
  await bridge.goto(demoUrl);
  console.log(`Demo portal open at ${demoUrl}. Close the browser or press Ctrl+C to stop.`);
  context.on('close', () => void server.close().then(() => process.exit(0)));
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
