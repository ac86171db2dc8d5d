import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

/** Generated code tables (npm run codes:build); shipped inside the extension as /code-data/. */
const GENERATED = resolve(import.meta.dirname, 'code-data/generated');

function shippedCodeFiles(): string[] {
  const manifestPath = resolve(GENERATED, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`Code tables missing: ${manifestPath}. Run "npm run codes:build" (it reads the official CMS/CDC files).`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { ship?: string[] };
  return [...new Set(['manifest.json', ...(manifest.ship ?? [])])];
}

/**
 * Extension pages' policy. default-src 'self' covers every fetch kind not named (fonts, media,
 * workers, manifests); images may also be data:/blob: (icons, generated previews); no frames at all
 * (nothing of ours embeds a page, and a frame could show a portal inside the vault's origin);
 * no eval, no remote code; connect-src 'self' keeps pages off the network even by mistake.
 */
export const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data: blob:; frame-src 'none'; connect-src 'self'; base-uri 'none'; form-action 'none';";

export default defineConfig({
  // Parallel work may build into separate folders (WXT_OUT_DIR=.output-x); default .output.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Only what is used: storage (settings, session key), sidePanel (workspace), contextMenus
    // ("Look up", "Insert template"), activeTab + scripting (insert into the page the user is on,
    // register the claim reader on enabled sites), alarms (auto-lock), clipboardWrite (clear a copied
    // letter holding PHI after the set delay even when the panel no longer has focus; no install warning).
    // offscreen (Chrome only; Firefox has no such API and clears from its background page): the
    // timed clipboard clear runs in an offscreen document the service worker opens for it.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms', 'clipboardWrite', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    // Portals are enabled one by one by the user ("Enable on this site"); nothing is granted at install.
    optional_host_permissions: ['https://*/*'],
    // The E2E and demo builds (WXT modes) may read the local fixture server without a permission prompt,
    // which headless Chromium cannot click. The production build declares no host access.
    host_permissions: mode === 'e2e' || mode === 'demo' ? ['http://localhost/*', 'http://127.0.0.1/*'] : [],
    content_security_policy: {
      // No eval, no remote code; connect-src 'self' means extension pages cannot reach the network
      // even by mistake (the extension reads its own bundled files only). Dev mode needs the dev server.
      extension_pages:
        mode === 'development'
          ? "script-src 'self' 'wasm-unsafe-eval' http://localhost:3000; object-src 'self';"
          : EXTENSION_PAGES_CSP,
    },
    // No web page and no other extension may message or connect to us: every message comes from
    // our own contexts (lib/messaging.ts checks the sender too). Empty lists, not an absent key:
    // without the key Chrome lets every other extension connect.
    externally_connectable: { ids: [], matches: [] },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandLookup__' },
      'insert-template': { suggested_key: { default: 'Alt+Shift+T' }, description: '__MSG_commandInsertTemplate__' },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    ...(browser === 'firefox'
      ? { browser_specific_settings: {
          gecko: {
            id: 'remit-ranger@example.org',
            strict_min_version: '115.0',
            // Firefox's data-collection declaration: the extension collects and transmits nothing.
            data_collection_permissions: { required: ['none'] },
          },
        } }
      : {}),
  }),
  hooks: {
    // Ship the generated tables as /code-data/*; they are git-ignored and built from the official files.
    'build:publicAssets': (_wxt, files) => {
      for (const name of shippedCodeFiles()) {
        files.push({ absoluteSrc: resolve(GENERATED, name), relativeDest: `code-data/${name}` });
      }
    },
  },
});
