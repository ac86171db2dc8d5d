/** Service-worker handlers of the templates domain (see lib/messages/templates.ts); each one line into lib/. */
import type { Handlers } from '../messaging';

export const templatesHandlers: Handlers = {};
