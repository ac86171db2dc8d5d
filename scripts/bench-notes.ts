/**
 * Bench of the encrypted notes vault (fake-indexeddb in Node): unlock time, and note save/load
 * latency with 10,000 notes, each printed next to a baseline measured in the same run on the same
 * fake IndexedDB: the same operations on a plaintext Dexie database of the same shape.
 *
 *   npm run bench:notes            (10,000 notes)
 *   npx tsx scripts/bench-notes.ts 2000
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie, type Table } from 'dexie';
import { PBKDF2_ITERATIONS } from '@/lib/notes/crypto';
import { NotesDb } from '@/lib/notes/db';
import { addNote, notesForClaim } from '@/lib/notes/notes-store';
import { createNotesService } from '@/lib/notes/service';
import type { SessionArea } from '@/lib/notes/session';
import type { VaultContext } from '@/lib/notes/context';
import { importDataKeys } from '@/lib/notes/crypto';
import { readSessionKey } from '@/lib/notes/session';
import type { NoteInput } from '@/lib/notes/note-input';
import { DEFAULT_SCAN_LIMIT, matchesQuery } from '@/lib/notes/search';
import { percentiles, timed } from './lib/bench';

const NOTES = Number(process.argv[2] ?? 10_000);
const CLAIMS = Math.max(1, Math.round(NOTES / 10));
const SAMPLES = 200;
const PASS = 'bench passphrase 2026';

function memorySession(): SessionArea {
  const data = new Map<string, unknown>();
  return {
    async get(keys) {
      return Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => data.has(k)).map((k) => [k, data.get(k)]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}

function input(i: number): NoteInput {
  return {
    claimRef: `2241${String(i % CLAIMS).padStart(8, '0')}`, payer: 'Acme Health', kind: 'call', status: 'pending',
    contact: `Rep ${i}`, referenceNumber: `REF-${i}`, outcome: 'Reprocessing',
    text: `Called about denial CO-16; rep said the claim is missing the referring provider. Note ${i}.`, nextFollowUp: '2026-12-03',
  };
}

/** The baseline: same tables and indexes, payload kept in clear, claim number indexed in clear. */
interface PlainNote { id: string; claimRef: string; createdAt: number; payload: NoteInput }
class PlainDb extends Dexie {
  notes!: Table<PlainNote, string>;
  revisions!: Table<{ id: string; noteId: string; createdAt: number; payload: NoteInput }, string>;
  items!: Table<{ claimRef: string; payload: unknown }, string>;
  constructor(indexedDB: IDBFactory) {
    super('plain-baseline', { indexedDB, IDBKeyRange });
    this.version(1).stores({ notes: 'id, claimRef, createdAt, [claimRef+createdAt]', revisions: 'id, noteId, createdAt', items: 'claimRef' });
  }
}

async function plainSave(db: PlainDb, note: NoteInput, t: number): Promise<void> {
  const id = crypto.randomUUID();
  await db.transaction('rw', db.notes, db.revisions, async () => {
    await db.revisions.add({ id: crypto.randomUUID(), noteId: id, createdAt: t, payload: note });
    await db.notes.add({ id, claimRef: note.claimRef, createdAt: t, payload: note });
  });
  const item = await db.items.get(note.claimRef);
  await db.items.put({ claimRef: note.claimRef, payload: { ...(item?.payload as object), nextFollowUp: note.nextFollowUp } });
}

async function plainLoad(db: PlainDb, claimRef: string): Promise<number> {
  // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie Collection.reverse()
  return (await db.notes.where('[claimRef+createdAt]').between([claimRef, Dexie.minKey], [claimRef, Dexie.maxKey]).reverse().toArray()).length;
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
function row(label: string, vault: number, base: number): void {
  console.log(`${label.padEnd(34)} vault ${fmt(vault).padStart(11)}   baseline ${fmt(base).padStart(11)}   ratio ${(vault / base).toFixed(1)}x`);
}

async function main(): Promise<void> {
  const factory = new IDBFactory();
  const db = new NotesDb({ indexedDB: factory, IDBKeyRange });
  const session = memorySession();
  const service = createNotesService({ db, session });
  await service.createVault(PASS, PASS);

  // Unlock: PBKDF2 + unwrap + import + session write. Baseline: reading the vault header alone.
  const unlocks: number[] = [];
  const headerReads: number[] = [];
  for (let i = 0; i < 5; i++) {
    await service.lock();
    unlocks.push((await timed(() => service.unlock(PASS)))[1]);
    headerReads.push((await timed(() => db.meta.get('vault')))[1]);
  }
  console.log(`Remit Ranger notes bench: ${NOTES} notes on ${CLAIMS} claims, PBKDF2-HMAC-SHA256 ${PBKDF2_ITERATIONS} iterations`);
  row('unlock (median of 5)', percentiles(unlocks).p50, percentiles(headerReads).p50);

  // Populate both databases with NOTES notes.
  const raw = (await readSessionKey(session))!;
  const ctx: VaultContext = { db, keys: await importDataKeys(raw), now: () => Date.now(), newId: () => crypto.randomUUID() };
  const plain = new PlainDb(factory);
  const [, fillVault] = await timed(async () => {
    for (let i = 0; i < NOTES; i++) await addNote(ctx, input(i));
  });
  const [, fillPlain] = await timed(async () => {
    for (let i = 0; i < NOTES; i++) await plainSave(plain, input(i), Date.now());
  });
  row(`populate ${NOTES} notes (per note)`, fillVault / NOTES, fillPlain / NOTES);

  // Save latency into a full vault: the whole service path (note + revision + item + draft).
  const saveV: number[] = [];
  const saveP: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    saveV.push((await timed(() => service.saveNote(input(NOTES + i))))[1]);
    saveP.push((await timed(() => plainSave(plain, input(NOTES + i), Date.now())))[1]);
  }
  row('save note p50', percentiles(saveV).p50, percentiles(saveP).p50);
  row('save note p95', percentiles(saveV).p95, percentiles(saveP).p95);

  // Load latency: one claim's notes (about 10), through the HMAC index and decryption.
  const loadV: number[] = [];
  const loadP: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const claimRef = input(i * 7).claimRef;
    const [opened, tv] = await timed(() => notesForClaim(ctx, claimRef));
    const [count, tp] = await timed(() => plainLoad(plain, claimRef));
    if (opened.records.length !== count) throw new Error(`mismatch for ${claimRef}: ${opened.records.length} vs ${count}`);
    loadV.push(tv);
    loadP.push(tp);
  }
  row('load claim notes p50', percentiles(loadV).p50, percentiles(loadP).p50);
  row('load claim notes p95', percentiles(loadV).p95, percentiles(loadP).p95);

  // Search across all notes (decrypt and filter) vs a plaintext scan with the same filter.
  const query = `REF-${NOTES - 3}`;
  const [found, searchV] = await timed(() => service.search(query));
  const [foundPlain, searchP] = await timed(async () =>
    // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie Collection.reverse()
    (await plain.notes.orderBy('createdAt').reverse().limit(DEFAULT_SCAN_LIMIT).toArray())
      .filter((n) => matchesQuery({ ...n.payload, id: n.id, createdAt: n.createdAt, updatedAt: n.createdAt, revisionId: '' }, query)).length);
  row(`search ${NOTES + SAMPLES} notes`, searchV, searchP);
  console.log(`(search "${query}": ${found.notes.length} found in the vault, ${foundPlain} in the baseline; both scan the ${DEFAULT_SCAN_LIMIT} newest notes; vault truncated: ${found.truncated})`);
  db.close();
  plain.close();
}

await main();
