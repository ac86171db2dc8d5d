/** What the stores need from an unlocked vault. Built by service.ts; tests build it directly. */
import type { DataKeys } from './crypto';
import type { NotesDb } from './db';

export interface VaultContext {
  db: NotesDb;
  keys: DataKeys;
  now: () => number;
  newId: () => string;
}

/** Records that opened, and those that failed their integrity check (reported, not fatal). */
export interface Opened<T> {
  records: T[];
  failed: { table: string; id: string }[];
}
