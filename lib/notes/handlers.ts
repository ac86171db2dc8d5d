/** Service-worker handlers of the notes domain (see lib/notes/messages.ts); each one line into lib/. */
import type { Handlers } from '@/lib/platform/messaging';
import { refreshNotesBadge } from './background';

export const notesHandlers: Handlers = {
  'notes.changed': async () => ({ due: await refreshNotesBadge() }),
};
