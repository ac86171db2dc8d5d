/** Service-worker handlers of the claims domain (see lib/messages/claims.ts); each one line into lib/. */
import type { Handlers } from '../messaging';
import { claimVerdicts } from './claims-verdicts';

export const claimsHandlers: Handlers = {
  'claims.verdicts': ({ claim, questions, unsure }) => claimVerdicts(claim, questions, unsure),
};
