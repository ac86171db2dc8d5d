/** Service-worker handlers of the notes domain (see lib/messages/notes.ts); each one line into lib/. */
import type { Handlers } from '../messaging';

export const notesHandlers: Handlers = {};
