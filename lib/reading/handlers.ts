/** Service-worker handlers of the claims domain (see lib/messages/claims.ts); each one line into lib/. */
import type { Handlers } from '@/lib/platform/messaging';
import { claimVerdicts } from '@/lib/checks/badge-verdicts';

export const claimsHandlers: Handlers = {
  'claims.verdicts': ({ claim, questions }) => claimVerdicts(claim, questions),
};
