/**
 * Bench of the encrypted notes vault (fake-indexeddb in Node): unlock time, and note save/load
 * latency with 10,000 notes, each printed next to a baseline measured in the same run on the same
 * fake IndexedDB: the same operations on a plaintext Dexie database of the same shape.
 *
 *   npm run bench:notes            (10,000 notes, then the scale part with 100,000)
 *   npx tsx scripts/bench-notes.ts 2000 20000
 *
 * Scale part (issue 17): a vault of SCALE notes (a busy A/R specialist writes 15-20k a year) on
 * SCALE/10 claims: unlock to a usable panel (unlock + the claim's notes + the worklist), the
 * in-memory search index ready, search p95 over every note (no truncation), worklist and A/R
 * aging, and the index's memory; each beside a plaintext baseline measured in the same run.
 * Targets: unlock <= 1 s, index <= 5 s, search p95 <= 50 ms, worklist and aging <= 100 ms.
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
import { claimRefKey } from '@/lib/notes/notes-store';
import { seal } from '@/lib/notes/sealing';
import { sealItem } from '@/lib/notes/items-store';
import { createNoteIndex } from '@/lib/notes/search-index';
import { worklist } from '@/lib/notes/worklist';
import { agingBuckets } from '@/lib/notes/aging';
import type { FollowUpItem } from '@/lib/notes/types';

const NOTES = Number(process.argv[2] ?? 10_000);
const SCALE = Number(process.argv[3] ?? 100_000);
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

function stats(ms: number[]): { p50: number; p95: number; mean: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { p50: at(0.5), p95: at(0.95), mean: ms.reduce((a, b) => a + b, 0) / ms.length };
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const result = await fn();
  return [performance.now() - t, result];
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
    unlocks.push((await time(() => service.unlock(PASS)))[0]);
    headerReads.push((await time(() => db.meta.get('vault')))[0]);
  }
  console.log(`Remit Ranger notes bench: ${NOTES} notes on ${CLAIMS} claims, PBKDF2-HMAC-SHA256 ${PBKDF2_ITERATIONS} iterations`);
  row('unlock (median of 5)', stats(unlocks).p50, stats(headerReads).p50);

  // Populate both databases with NOTES notes.
  const raw = (await readSessionKey(session))!;
  const ctx: VaultContext = { db, keys: await importDataKeys(raw), now: () => Date.now(), newId: () => crypto.randomUUID() };
  const plain = new PlainDb(factory);
  const [fillVault] = await time(async () => {
    for (let i = 0; i < NOTES; i++) await addNote(ctx, input(i));
  });
  const [fillPlain] = await time(async () => {
    for (let i = 0; i < NOTES; i++) await plainSave(plain, input(i), Date.now());
  });
  row(`populate ${NOTES} notes (per note)`, fillVault / NOTES, fillPlain / NOTES);

  // Save latency into a full vault: the whole service path (note + revision + item + draft).
  const saveV: number[] = [];
  const saveP: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    saveV.push((await time(() => service.saveNote(input(NOTES + i))))[0]);
    saveP.push((await time(() => plainSave(plain, input(NOTES + i), Date.now())))[0]);
  }
  row('save note p50', stats(saveV).p50, stats(saveP).p50);
  row('save note p95', stats(saveV).p95, stats(saveP).p95);

  // Load latency: one claim's notes (about 10), through the HMAC index and decryption.
  const loadV: number[] = [];
  const loadP: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const claimRef = input(i * 7).claimRef;
    const [tv, opened] = await time(() => notesForClaim(ctx, claimRef));
    const [tp, count] = await time(() => plainLoad(plain, claimRef));
    if (opened.records.length !== count) throw new Error(`mismatch for ${claimRef}: ${opened.records.length} vs ${count}`);
    loadV.push(tv);
    loadP.push(tp);
  }
  row('load claim notes p50', stats(loadV).p50, stats(loadP).p50);
  row('load claim notes p95', stats(loadV).p95, stats(loadP).p95);

  // Search across all notes (decrypt and filter) vs a plaintext scan with the same filter.
  const query = `REF-${NOTES - 3}`;
  const [searchV, found] = await time(() => service.search(query));
  const [searchP, foundPlain] = await time(async () =>
    // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie Collection.reverse()
    (await plain.notes.orderBy('createdAt').reverse().limit(DEFAULT_SCAN_LIMIT).toArray())
      .filter((n) => matchesQuery({ ...n.payload, id: n.id, createdAt: n.createdAt, updatedAt: n.createdAt, revisionId: '' }, query)).length);
  row(`search ${NOTES + SAMPLES} notes`, searchV, searchP);
  console.log(`(search "${query}": ${found.notes.length} found in the vault, ${foundPlain} in the baseline; both scan the ${DEFAULT_SCAN_LIMIT} newest notes; vault truncated: ${found.truncated})`);
  db.close();
  plain.close();
}

function target(label: string, ms: number, limit: number): string {
  return `${label}: ${ms.toFixed(1)} ms (target <= ${limit} ms: ${ms <= limit ? 'met' : 'NOT met'})`;
}

async function scale(): Promise<void> {
  const factory = new IDBFactory();
  const db = new NotesDb({ indexedDB: factory, IDBKeyRange }, 'scale-vault');
  const session = memorySession();
  const service = createNotesService({ db, session });
  await service.createVault(PASS, PASS);
  const raw = (await readSessionKey(session))!;
  const keys = await importDataKeys(raw);
  const ctx: VaultContext = { db, keys, now: () => Date.now(), newId: () => crypto.randomUUID() };
  const claims = Math.max(1, Math.round(SCALE / 10));
  const plain = new PlainDb(factory);
  const day0 = Date.UTC(2025, 0, 1);
  const inputOf = (i: number): NoteInput => ({ ...input(i), claimRef: `2241${String(i % claims).padStart(8, '0')}` });

  // Fill both databases in bulk (the same rows addNote writes, sealed in parallel batches).
  const [fill] = await time(async () => {
    const BATCH = 2_000;
    for (let at = 0; at < SCALE; at += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, SCALE - at) }, (_, j) => at + j);
      const rows = await Promise.all(batch.map(async (i) => {
        const n = inputOf(i);
        const { claimRef, payer, ...content } = n;
        const id = crypto.randomUUID();
        const revisionId = crypto.randomUUID();
        const t = day0 + i * 60_000;
        const [head, rev] = await Promise.all([
          seal(keys, 'notes', id, { claimRef, payer, content }),
          seal(keys, 'revisions', revisionId, content),
        ]);
        return {
          note: { id, claimRefHmac: await claimRefKey(ctx, claimRef), createdAt: t, updatedAt: t, kind: content.kind, status: content.status, revisionId, ...head },
          revision: { id: revisionId, noteId: id, createdAt: t, ...rev },
          plain: { id, claimRef, createdAt: t, payload: n },
        };
      }));
      await db.notes.bulkAdd(rows.map((r) => r.note));
      await db.revisions.bulkAdd(rows.map((r) => r.revision));
      await plain.notes.bulkAdd(rows.map((r) => r.plain));
    }
    const items = Array.from({ length: claims }, (_, c) => ({
      claimRef: `2241${String(c).padStart(8, '0')}`, payer: 'Acme Health', serviceDate: new Date(day0 - (c % 200) * 86_400_000).toISOString().slice(0, 10),
      amount: 100 + (c % 50), status: 'pending' as const, nextFollowUp: new Date(day0 + (c % 60) * 86_400_000).toISOString().slice(0, 10), deadlines: [], updatedAt: day0,
    }));
    for (let at = 0; at < items.length; at += 2_000) {
      const slice = items.slice(at, at + 2_000);
      await db.items.bulkAdd(await Promise.all(slice.map((it) => sealItem(ctx, it))));
      await plain.items.bulkAdd(slice.map((it) => ({ claimRef: it.claimRef, payload: it })));
    }
  });
  console.log(`\nScale: ${SCALE} notes on ${claims} claims (filled in ${(fill / 1000).toFixed(1)} s)`);
  const claimRef = inputOf(SCALE - 1).claimRef;
  const today = new Date(day0 + 30 * 86_400_000).toISOString().slice(0, 10);

  // 1. Unlock to a usable panel: unlock, the claim's notes, the worklist (the index builds behind).
  await service.lock();
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const unlockStart = performance.now();
  const [unlockMs] = await time(async () => {
    await service.unlock(PASS);
    await service.notesForClaim(claimRef);
    const items = await service.listItems();
    worklist(items.records, today);
  });
  const [unlockBase] = await time(async () => {
    await db.meta.get('vault');
    await plainLoad(plain, claimRef);
    worklist((await plain.items.toArray()).map((r) => r.payload as FollowUpItem), today);
  });
  row('unlock to usable panel', unlockMs, unlockBase);

  // 2. Index ready (decrypt every note, index it). Baseline: the same index from plaintext rows.
  // Started by the unlock, built while the panel was already usable: measured from the unlock.
  const status = await service.buildIndex();
  const indexMs = performance.now() - unlockStart;
  globalThis.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const [indexBase, plainIndex] = await time(async () => {
    const idx = createNoteIndex();
    for (const r of await plain.notes.orderBy('createdAt').toArray()) idx.add({ ...r.payload, id: r.id, createdAt: r.createdAt, updatedAt: r.createdAt, revisionId: '' });
    return idx;
  });
  row(`index ready (${status.loaded} notes)`, indexMs, indexBase);

  // 3. Search p95 over every note: the vault's index vs a plaintext scan of all notes (no index).
  const plainNotes = (await plain.notes.toArray()).map((r) => ({ ...r.payload, id: r.id, createdAt: r.createdAt, updatedAt: r.createdAt, revisionId: '' }));
  const queries = [`REF-${SCALE - 3}`, 'referring provider', 'co-16', `Rep ${Math.floor(SCALE / 2)}`, 'denial missing', claimRef, 'acme', 'nothing like this', `Note ${SCALE - 7}.`, 'reprocessing'];
  const sv: number[] = [];
  const sp: number[] = [];
  let totals = '';
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const [tv, r] = await time(() => service.search(q));
      const [tp, count] = await time(async () => plainNotes.filter((n) => matchesQuery(n, q)).length);
      if (r.truncated) throw new Error('search truncated');
      if (round === 0) totals += `${q}=${r.total}/${count} `;
      sv.push(tv);
      sp.push(tp);
    }
  }
  row('search p95 (all notes)', stats(sv).p95, stats(sp).p95);
  // The index alone, without the service's per-call checks (session key, database), which on a
  // fake IndexedDB in Node cost more than in the browser.
  const si: number[] = [];
  for (let round = 0; round < 5; round++) for (const q of queries) si.push((await time(async () => plainIndex.search(q)))[0]);
  row('  of which the index search p95', stats(si).p95, stats(sp).p95);
  console.log(`(matches index/scan: ${totals.trim()})`);

  // 4. Worklist and A/R aging: decrypt the items and compute, vs plaintext items.
  const [wlMs] = await time(async () => {
    const items = (await service.listItems()).records;
    worklist(items, today);
    agingBuckets(items, today);
  });
  const [wlBase] = await time(async () => {
    const items = (await plain.items.toArray()).map((r) => r.payload as FollowUpItem);
    worklist(items, today);
    agingBuckets(items, today);
  });
  row(`worklist + A/R aging (${claims} claims)`, wlMs, wlBase);

  console.log(target('unlock to usable panel', unlockMs, 1000));
  console.log(target('index ready', indexMs, 5000));
  console.log(target('search p95', stats(sv).p95, 50));
  console.log(target('worklist + aging', wlMs, 100));
  console.log(`index memory: about ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(0)} MB of heap for ${plainIndex.size} notes (the decrypted notes and their posting lists; ${globalThis.gc ? 'measured after gc' : 'run with node --expose-gc for a steadier figure'})`);
  db.close();
  plain.close();
}

await main();
if (SCALE > 0) await scale();
