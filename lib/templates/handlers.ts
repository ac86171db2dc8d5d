/** Service-worker handlers of the templates domain (see lib/messages/templates.ts); each one line into lib/. */
import type { Handlers } from '@/lib/platform/messaging';
import { insertIntoTab } from './insert-into-tab';

export const templatesHandlers: Handlers = {
  'templates.insertIntoTab': ({ tabId, text, allowTruncate }) => insertIntoTab(tabId, text, { allowTruncate }),
};
