/**
 * Messages of the notes domain: add each type to NotesProtocol (request and reply types) and to
 * notesSpecs (receiver-side guard and allowed senders). lib/messaging.ts merges every domain.
 */
import type { SpecTable } from '../messaging-core';

// oxlint-disable-next-line typescript/no-empty-interface, typescript/no-empty-object-type -- filled as the domain grows
export interface NotesProtocol {}

export const notesSpecs: SpecTable<NotesProtocol> = {};
