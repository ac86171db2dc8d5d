/**
 * Messages of the notes domain: add each type to NotesProtocol (request and reply types) and to
 * notesSpecs (receiver-side guard and allowed senders). lib/platform/messaging.ts merges every domain.
 *
 * No message carries a note: pages read and write the vault themselves (IndexedDB of the extension
 * origin), so PHI never crosses a context boundary and the service worker is never on a save path.
 */
import type { SpecTable } from '@/lib/platform/message-contracts';
import { isCount, isEmpty, isShape } from '@/lib/platform/validate';

export interface NotesProtocol {
  /** Extension page -> service worker: follow-up items changed; recount the toolbar badge. */
  'notes.changed': { req: Record<string, never>; res: { due: number } };
}

export const notesSpecs: SpecTable<NotesProtocol> = {
  // Never from a content script: a portal page has no business poking the vault's worker.
  'notes.changed': { req: isEmpty, res: isShape({ due: isCount }), from: ['extension'] },
};
