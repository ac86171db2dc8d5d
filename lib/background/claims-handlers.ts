/** Service-worker handlers of the claims domain (see lib/messages/claims.ts); each one line into lib/. */
import type { Handlers } from '../messaging';

export const claimsHandlers: Handlers = {};
