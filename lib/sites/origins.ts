/**
 * Which portal sites the user enabled. Pure helpers here; the browser glue is lib/sites/background.ts.
 *
 * A site is enabled per origin. Host access is requested as a match pattern without port
 * ("https://portal.example.com/*"): Chrome ignores ports in host patterns, so one grant covers the
 * whole host, which is what staff expect from "Enable on this site".
 */

/** "https://a.example.com" for an http(s) URL; null for any other scheme (chrome://, file:, about:). */
export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

export function matchPatternFor(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Whether a URL belongs to one of the enabled origins (ports ignored, as in host permissions). */
export function isUrlEnabled(url: string, enabledOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  if (!origin) return false;
  const host = new URL(origin);
  return enabledOrigins.some((o) => {
    const e = new URL(o);
    return e.protocol === host.protocol && e.hostname === host.hostname;
  });
}

/** Adds or removes an origin, keeping the list sorted and unique (it is shown in options). */
export function withOrigin(list: readonly string[], origin: string, enabled: boolean): string[] {
  const set = new Set(list);
  if (enabled) set.add(origin);
  else set.delete(origin);
  return [...set].sort();
}

/**
 * Portals whose claim pages load inside a frame from another host: enabling the portal must also
 * enable the frame's host, or the claim reader would never run where the claim is. Availity
 * Essentials renders Claim Status in an iframe under apps.availity.com (portal-references.md §1).
 */
const COMPANIONS: { hostSuffix: string; origins: string[] }[] = [
  { hostSuffix: 'availity.com', origins: ['https://essentials.availity.com', 'https://apps.availity.com'] },
];

/** The origin itself plus the hosts its claim pages are framed from, unique and sorted. */
export function originsToEnable(origin: string): string[] {
  const host = new URL(origin).hostname;
  const extra = COMPANIONS.filter((c) => host === c.hostSuffix || host.endsWith(`.${c.hostSuffix}`)).flatMap((c) => c.origins);
  return [...new Set([origin, ...extra])].sort();
}
