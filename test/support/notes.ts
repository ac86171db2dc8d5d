/**
 * Test helpers for the notes domain (imported by *.test.ts only; nothing runs at import time).
 * Each database gets its own fake IndexedDB factory so tests never see each other's data.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { generateDataKeyBytes, importDataKeys } from '@/lib/notes/crypto';
import type { VaultContext } from '@/lib/notes/context';
import { NotesDb } from '@/lib/notes/db';
import type { NoteInput } from '@/lib/notes/note-input';

export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

export function openTestDb(factory: IDBFactory = freshFactory(), name?: string): NotesDb {
  return new NotesDb({ indexedDB: factory, IDBKeyRange }, name);
}

/** A clock that moves one millisecond per read, so every write has a distinct, ordered time. */
export function steppingClock(start = Date.UTC(2026, 10, 26, 9, 0, 0)): () => number {
  let t = start;
  return () => t++;
}

export async function testContext(db: NotesDb = openTestDb(), raw = generateDataKeyBytes()): Promise<VaultContext> {
  return { db, keys: await importDataKeys(raw), now: steppingClock(), newId: () => crypto.randomUUID() };
}

export function noteInput(overrides: Partial<NoteInput> = {}): NoteInput {
  return {
    claimRef: '2241 2345 6789', payer: 'Acme Health', kind: 'call', status: 'pending', contact: 'Dana (rep)',
    referenceNumber: 'REF-7781', outcome: 'Sent back for reprocessing', text: 'Rep confirmed modifier 25 was dropped.',
    nextFollowUp: '2026-12-03', ...overrides,
  };
}
