/** Service-worker handlers of the templates domain (see messages.ts); each one line into lib/. */
import type { Handlers } from '@/lib/platform/messaging';
import { insertIntoTab } from './insert-into-tab';
import { clipboardScheduler } from './clipboard-background';

export const templatesHandlers: Handlers = {
  'templates.insertIntoTab': ({ tabId, text, allowTruncate, claimOrigin, confirmedOrigin }) => insertIntoTab(tabId, text, { allowTruncate, claimOrigin, confirmedOrigin }),
  'clipboard.scheduleClear': ({ afterMs }) => clipboardScheduler().schedule(afterMs),
};
