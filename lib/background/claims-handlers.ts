/** Service-worker handlers of the claims domain (see lib/messages/claims.ts); each one line into lib/. */
import type { Handlers } from '../messaging';
import { createRateLimiter, VERDICT_RATE } from '../checks/rate-limit';
import { claimVerdicts } from './claims-verdicts';

/** One bucket per frame of a tab: a page that re-renders in a loop cannot keep the worker busy. */
const verdictLimiter = createRateLimiter(VERDICT_RATE);

export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
}

export const claimsHandlers: Handlers = {
  'claims.verdicts': ({ claim, questions }, sender) => {
    const key = `${sender.tab?.id ?? 'none'}:${sender.frameId ?? 0}`;
    if (!verdictLimiter.take(key, Date.now())) throw new RateLimitedError('too many claims.verdicts requests from this frame; try again shortly');
    return claimVerdicts(claim, questions);
  },
};

/** Tests only: start every test with full buckets. */
export function resetVerdictLimiter(): void {
  verdictLimiter.reset();
}
