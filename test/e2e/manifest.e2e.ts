// The production build (npm test builds it before the E2E run) must not ask for broad host access.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

describe('production manifest', () => {
  const path = resolve(ROOT, '.output/chrome-mv3/manifest.json');

  it('exists (npm run build)', () => {
    expect(existsSync(path), `${path} missing: run npm run build`).toBe(true);
  });

  it('is MV3 with no required host access and only optional https access', () => {
    const m = JSON.parse(readFileSync(path, 'utf8'));
    expect(m.manifest_version).toBe(3);
    const broad = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'];
    for (const p of m.host_permissions ?? []) expect(broad).not.toContain(p);
    expect(m.host_permissions ?? []).toEqual([]);
    for (const cs of m.content_scripts ?? []) expect(cs.matches).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['https://*/*']);
    expect(m.permissions.sort()).toEqual(['activeTab', 'alarms', 'clipboardWrite', 'contextMenus', 'offscreen', 'scripting', 'sidePanel', 'storage']);
    expect(m.content_security_policy.extension_pages).not.toMatch(/unsafe-eval/);
    expect(m.content_security_policy.extension_pages).toMatch(/connect-src 'self'/);
  });

  it('ships no E2E test hooks and no eval in its scripts', () => {
    const dir = resolve(ROOT, '.output/chrome-mv3');
    const scripts = (sub: string): string[] =>
      readdirSync(resolve(dir, sub), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? scripts(`${sub}/${e.name}`) : e.name.endsWith('.js') ? [`${sub}/${e.name}`] : []);
    const files = scripts('.');
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const code = readFileSync(resolve(dir, file), 'utf8');
      expect(code, file).not.toMatch(/remitRangerTest|remitRangerNotesTest|remitRangerPageTest/);
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });

  it('page scripts (the claim reader, the insert script) touch no extension storage: they get what they need by message', () => {
    const dir = resolve(ROOT, '.output/chrome-mv3');
    const pageScripts = [...readdirSync(resolve(dir, 'content-scripts')).map((f) => `content-scripts/${f}`), 'insert-text.js'].filter((f) => f.endsWith('.js'));
    expect(pageScripts).toContain('content-scripts/claim.js');
    for (const file of pageScripts) {
      expect(readFileSync(resolve(dir, file), 'utf8'), file).not.toMatch(/storage\.(local|session|sync|onChanged)|setAccessLevel/);
    }
  });
});
