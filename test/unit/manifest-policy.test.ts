// The manifest's security settings, read from wxt.config.ts itself (the E2E manifest test reads the built file).
import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';

type Manifest = Record<string, unknown> & { content_security_policy?: { extension_pages?: string }; permissions?: string[] };

function manifest(browser: 'chrome' | 'firefox', mode = 'production'): Manifest {
  const m = config.manifest as unknown as (env: { mode: string; browser: string; manifestVersion: number; command: string }) => Manifest;
  return m({ mode, browser, manifestVersion: 3, command: 'build' });
}

function directives(csp: string): Map<string, string> {
  return new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name!, values.join(' ')];
  }));
}

describe('extension pages CSP and reachability (issue 17 item 8)', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`${browser}: default-src 'self', images self/data/blob only, no frames, no eval, no network`, () => {
      const d = directives(manifest(browser).content_security_policy!.extension_pages!);
      expect(d.get('default-src')).toBe("'self'");
      expect(d.get('img-src')).toBe("'self' data: blob:");
      expect(d.get('frame-src')).toBe("'none'");
      expect(d.get('script-src')).toBe("'self'");
      expect(d.get('connect-src')).toBe("'self'");
      expect(d.get('object-src')).toBe("'none'");
    });
    it(`${browser}: offscreen (clipboard clear) only where it exists (issue 17 item 2)`, () => {
      expect(manifest(browser).permissions!.includes('offscreen')).toBe(browser === 'chrome');
    });
    it(`${browser}: no web page or other extension may connect`, () => {
      expect(manifest(browser).externally_connectable).toEqual({ ids: [], matches: [] });
    });
  }
});
