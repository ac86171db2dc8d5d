/**
 * "PHI never leaves the device": the extension has no network code at all. This scans every
 * source file that ends up in the extension for network APIs and dynamic code. The only
 * allowed fetch reads the extension's own packaged files (chrome-extension:// URLs).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SHIPPED = ['entrypoints', 'lib'];
/** Files allowed to call fetch, each only on runtime.getURL(...) paths (checked below). */
const FETCH_ALLOWED = /^lib\/codes\/loaded-tables\.ts$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('no network, no dynamic code in shipped sources', () => {
  // Comments are stripped: documentation may mention fetch; code may not call it.
  const stripComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const sources = SHIPPED.flatMap((d) => files(join(ROOT, d))).map((path) => ({ path: relative(ROOT, path), text: stripComments(readFileSync(path, 'utf8')) }));

  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each([
    ['XMLHttpRequest', /\bXMLHttpRequest\b/],
    ['WebSocket', /\bnew WebSocket\b/],
    ['EventSource', /\bnew EventSource\b/],
    ['sendBeacon', /\bsendBeacon\b/],
    ['eval', /\beval\s*\(/],
    ['new Function', /\bnew Function\s*\(/],
    ['remote script', /<script[^>]+src=["']https?:/i],
  ])('no %s', (_name, pattern) => {
    const offenders = sources.filter((s) => pattern.test(s.text)).map((s) => s.path);
    expect(offenders).toEqual([]);
  });

  it('fetch only where allowed', () => {
    const offenders = sources.filter((s) => /\bfetch\s*\(/.test(s.text) && !FETCH_ALLOWED.test(s.path)).map((s) => s.path);
    expect(offenders).toEqual([]);
  });

  it('no absolute http(s) URLs used as request targets', () => {
    const offenders = sources
      .filter((s) => /(fetch|open|sendMessage|importScripts)\s*\(\s*['"`]https?:\/\//.test(s.text))
      .map((s) => s.path);
    expect(offenders).toEqual([]);
  });
});
