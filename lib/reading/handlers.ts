/** Service-worker handlers of the claims domain (see lib/messages/claims.ts); each one line into lib/. */
import type { Handlers } from '@/lib/platform/messaging';
import { claimVerdicts } from '@/lib/checks/badge-verdicts';

function tabOrigin(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

export const claimsHandlers: Handlers = {
  // The tab's own site (not the frame's: Availity's claim app is framed from another host).
  'claims.verdicts': ({ claim, questions, unsure }, sender) => claimVerdicts(claim, questions, tabOrigin(sender.tab?.url), unsure),
};
