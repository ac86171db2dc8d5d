/** Service-worker handlers of the claims domain (see lib/reading/messages.ts); each one line into lib/. */
import type { Handlers } from '@/lib/platform/messaging';
import { claimVerdicts } from '@/lib/checks/badge-verdicts';
import { createRateLimiter, VERDICT_RATE } from '@/lib/checks/rate-limit';
import { isUrlEnabled, originOf } from '@/lib/sites/origins';
import { enabledSites } from '@/lib/sites/storage';
import { readMappings, saveTaught } from './teach/store';

/** The frame's own site, as the browser reports the sender (never what the page says), when enabled. */
async function enabledHost(url: string | undefined): Promise<string | null> {
  const origin = originOf(url);
  return origin && isUrlEnabled(url!, await enabledSites.getValue()) ? new URL(origin).host : null;
}

/** One bucket per frame of a tab: a page that re-renders in a loop cannot keep the worker busy. */
const verdictLimiter = createRateLimiter(VERDICT_RATE);

export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
}

export const claimsHandlers: Handlers = {
  'reading.context': async (_req, sender) => {
    const host = await enabledHost(sender.url);
    return { taught: host ? ((await readMappings())[host] ?? []) : [] };
  },
  'reading.teach': async ({ entry }, sender) => {
    const host = await enabledHost(sender.url);
    if (!host) return { stored: false };
    const saved = await saveTaught(host, entry);
    return { stored: (saved[host] ?? []).some((t) => t.field === entry.field && t.label === entry.label) };
  },
  // The tab's own site (not the frame's: Availity's claim app is framed from another host).
  'claims.verdicts': ({ claim, questions, unsure }, sender) => {
    const key = `${sender.tab?.id ?? 'none'}:${sender.frameId ?? 0}`;
    if (!verdictLimiter.take(key, Date.now())) throw new RateLimitedError('too many claims.verdicts requests from this frame; try again shortly');
    return claimVerdicts(claim, questions, originOf(sender.tab?.url), unsure);
  },
};

/** Tests only: start every test with full buckets. */
export function resetVerdictLimiter(): void {
  verdictLimiter.reset();
}
