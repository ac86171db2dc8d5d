/** Service-worker handlers of the edits domain (see lib/edits/messages.ts); each one line into lib/. */
import type { Handlers } from '@/lib/platform/messaging';
import { loadEditsIndex } from './local';
import { codeEditsSummary } from './lookup';

export const editsHandlers: Handlers = {
  'edits.lookup': async ({ code, dos, setting }) => codeEditsSummary(await loadEditsIndex().catch(() => null), code, dos, setting),
};
