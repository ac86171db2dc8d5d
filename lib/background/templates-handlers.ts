/** Service-worker handlers of the templates domain (see lib/messages/templates.ts); each one line into lib/. */
import type { Handlers } from '../messaging';
import { insertIntoTab } from './insert-into-tab';
import { clipboardScheduler } from './clipboard-clear';

export const templatesHandlers: Handlers = {
  'templates.insertIntoTab': ({ tabId, text, allowTruncate }) => insertIntoTab(tabId, text, { allowTruncate }),
  'clipboard.scheduleClear': ({ afterMs }) => clipboardScheduler().schedule(afterMs),
};
