/** Service-worker handlers of the codes domain (see lib/codes/messages.ts); each one line into lib/. */
import type { Handlers } from '@/lib/platform/messaging';

export const codesHandlers: Handlers = {};
