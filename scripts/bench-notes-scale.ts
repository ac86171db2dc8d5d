/**
 * The scale part of bench:notes (issue 17), on whatever IndexedDB it is given: fake-indexeddb in
 * Node (scripts/bench-notes.ts) or Chromium's real one (scripts/bench-notes-page.ts, bundled and
 * run in a page by bench-notes.ts --chromium). No Node API here.
 *
 * A vault of SCALE notes (a busy A/R specialist writes 15-20k a year) on SCALE/10 claims: unlock
 * to a usable panel (unlock + the claim's notes + the worklist), the in-memory search index ready,
 * search p95 over every note (no truncation), worklist and A/R aging, and the index's memory; each
 * beside a plaintext baseline measured in the same run on the same IndexedDB. The vault's own times
 * are split into what the store costs (reading the same rows, no decryption) and our own work
 * (decrypting, indexing), since fake-indexeddb is far slower than a browser's.
 * Targets: unlock <= 1 s, index <= 5 s, search p95 <= 50 ms, worklist and aging <= 100 ms.
 */
import { Dexie, type Table } from 'dexie';
import { percentiles, timed } from './lib/timing';
import { agingBuckets } from '@/lib/notes/aging';
import type { VaultContext } from '@/lib/notes/context';
import { importDataKeys } from '@/lib/notes/crypto';
import { NotesDb, type IdbDeps } from '@/lib/notes/db';
import { sealItem } from '@/lib/notes/items-store';
import type { NoteInput } from '@/lib/notes/note-input';
import { claimRefKey, openNotes } from '@/lib/notes/notes-store';
import { dumpIndexedDb, findMarkers } from '@/lib/notes/phi-scan';
import { matchesQuery } from '@/lib/notes/search';
import { createNoteIndex } from '@/lib/notes/search-index';
import { seal } from '@/lib/notes/sealing';
import { createNotesService } from '@/lib/notes/service';
import { readSessionKey, type SessionArea } from '@/lib/notes/session';
import type { FollowUpItem, Note } from '@/lib/notes/types';
import { worklist } from '@/lib/notes/worklist';

export const PASS = 'bench passphrase 2026';

export function memorySession(): SessionArea {
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

export function noteInput(i: number, claims: number): NoteInput {
  return {
    claimRef: `2241${String(i % claims).padStart(8, '0')}`, payer: 'Acme Health', kind: 'call', status: 'pending',
    contact: `Rep ${i}`, referenceNumber: `REF-${i}`, outcome: 'Reprocessing',
    text: `Called about denial CO-16; rep said the claim is missing the referring provider. Note ${i}.`, nextFollowUp: '2026-12-03',
  };
}

/** The baseline: same tables and indexes, payload kept in clear, claim number indexed in clear. */
export interface PlainNote { id: string; claimRef: string; createdAt: number; payload: NoteInput }
export class PlainDb extends Dexie {
  notes!: Table<PlainNote, string>;
  revisions!: Table<{ id: string; noteId: string; createdAt: number; payload: NoteInput }, string>;
  items!: Table<{ claimRef: string; payload: unknown }, string>;
  constructor(deps: IdbDeps, name = 'plain-baseline') {
    super(name, { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange });
    this.version(1).stores({ notes: 'id, claimRef, createdAt, [claimRef+createdAt]', revisions: 'id, noteId, createdAt', items: 'claimRef' });
  }
}

export async function plainLoad(db: PlainDb, claimRef: string): Promise<number> {
  // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie Collection.reverse()
  return (await db.notes.where('[claimRef+createdAt]').between([claimRef, Dexie.minKey], [claimRef, Dexie.maxKey]).reverse().toArray()).length;
}



let cpuClock: (() => number) | undefined;
/** Like `timed`, and remembers the CPU time it took for `part` to print. */
let lastCpu: number | undefined;
async function timeCpu<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const c = cpuClock?.();
  const out = await timed(fn);
  lastCpu = c === undefined ? undefined : cpuClock!() - c;
  return out;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
export function row(label: string, vault: number, base: number): string {
  return `${label.padEnd(40)} vault ${fmt(vault).padStart(10)}   baseline ${fmt(base).padStart(10)}   ratio ${(vault / base).toFixed(1)}x`;
}
const part = (label: string, ms: number, cpu?: number) => `${`  ${label}`.padEnd(40)}       ${fmt(ms).padStart(10)}${cpu === undefined ? '' : `   (cpu ${fmt(cpu)})`}`;
const target = (label: string, ms: number, limit: number) => `${label}: ${ms.toFixed(1)} ms (target <= ${limit} ms: ${ms <= limit ? 'met' : 'NOT met'})`;

const plainNote = (r: PlainNote): Note => ({ ...r.payload, id: r.id, createdAt: r.createdAt, updatedAt: r.createdAt, revisionId: '' });

export interface ScaleOptions extends IdbDeps {
  notes: number;
  log(line: string): void;
  /** Heap in use (Node: process.memoryUsage; Chromium: performance.memory), after `gc` when given. */
  heapUsed?(): number;
  gc?(): void;
  /** CPU time of the whole process in ms (Node: process.cpuUsage, every thread): on a loaded
   *  machine it says what the work costs when wall time mostly says how long it waited. */
  cpuMs?(): number;
}

export async function runScale(o: ScaleOptions): Promise<void> {
  const SCALE = o.notes;
  cpuClock = o.cpuMs;
  const db = new NotesDb(o, 'scale-vault');
  const session = memorySession();
  const service = createNotesService({ db, session });
  await service.createVault(PASS, PASS);
  const raw = (await readSessionKey(session))!;
  const keys = await importDataKeys(raw);
  const ctx: VaultContext = { db, keys, now: () => Date.now(), newId: () => crypto.randomUUID() };
  const claims = Math.max(1, Math.round(SCALE / 10));
  const plain = new PlainDb(o, 'scale-plain');
  const day0 = Date.UTC(2025, 0, 1);
  const inputOf = (i: number) => noteInput(i, claims);

  // Fill both databases in bulk (the same rows addNote writes, sealed in parallel batches).
  const [, fill] = await timed(async () => {
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
      amount: 100 + (c % 50), status: 'pending' as const, nextFollowUp: new Date(day0 + (c % 60) * 86_400_000).toISOString().slice(0, 10), deadlines: [], updatedAt: day0 + c,
    }));
    for (let at = 0; at < items.length; at += 2_000) {
      const slice = items.slice(at, at + 2_000);
      await db.items.bulkAdd(await Promise.all(slice.map((it) => sealItem(ctx, it))));
      await plain.items.bulkAdd(slice.map((it) => ({ claimRef: it.claimRef, payload: it })));
    }
  });
  o.log(`Scale: ${SCALE} notes on ${claims} claims (filled in ${(fill / 1000).toFixed(1)} s)`);
  const claimRef = inputOf(SCALE - 1).claimRef;
  const today = new Date(day0 + 30 * 86_400_000).toISOString().slice(0, 10);

  // 1. Unlock to a usable panel: unlock, the claim's notes, the worklist drawn (the index builds
  // behind, started once the panel has drawn, as SearchPanel does).
  await service.lock();
  o.gc?.();
  const heapBefore = o.heapUsed?.();
  const unlockStart = performance.now();
  const cpuStart = o.cpuMs?.();
  const [, unlockOnly] = await timeCpu(() => service.unlock(PASS));
  const unlockCpu = lastCpu;
  const [, claimNotes] = await timed(() => service.notesForClaim(claimRef));
  const [, firstList] = await timeCpu(async () => worklist((await service.listItems()).records, today));
  const firstListCpu = lastCpu;
  const unlockMs = performance.now() - unlockStart;
  // 2. Index ready, from the unlock (it was built while the panel was already usable).
  const [status, buildMs] = await timeCpu(() => service.buildIndex());
  const buildCpu = lastCpu;
  const indexMs = performance.now() - unlockStart;
  const unlockToIndexCpu = cpuStart === undefined ? undefined : o.cpuMs!() - cpuStart;
  o.gc?.();
  const heapAfter = o.heapUsed?.();
  const [, unlockBase] = await timed(async () => {
    await db.meta.get('vault');
    await plainLoad(plain, claimRef);
    worklist((await plain.items.toArray()).map((r) => r.payload as FollowUpItem), today);
  });
  o.log(row('unlock to usable panel', unlockMs, unlockBase));
  o.log(part('unlock (PBKDF2 + unwrap + session)', unlockOnly, unlockCpu));
  o.log(part("the claim's notes", claimNotes));
  o.log(part(`first worklist (decrypts ${claims} items)`, firstList, firstListCpu));
  const [, itemStore] = await timed(() => db.items.toArray());
  o.log(part('  of which the store (same rows, no decrypt)', itemStore));

  // The index build's parts, each alone: the store (the same reads, no decryption), decryption,
  // and indexing plaintext already in memory. Baseline: reading plaintext rows and indexing them.
  // In a function of its own: its rows and notes are garbage before the searches below.
  const parts = await (async () => {
    const [rows, storeMs] = await timeCpu(() => db.notes.orderBy('createdAt').toArray());
    const storeCpu = lastCpu;
    const [decrypted, decryptMs] = await timeCpu(async () => {
      const out: Note[] = [];
      for (let at = 0; at < rows.length; at += 2_000) out.push(...(await openNotes(ctx, rows.slice(at, at + 2_000))).records);
      return out;
    });
    const decryptCpu = lastCpu;
    const [, indexOnly] = await timeCpu(async () => {
      const idx = createNoteIndex();
      for (const n of decrypted) idx.add(n);
      idx.pack();
    });
    return { storeMs, decryptMs, indexOnly, storeCpu, decryptCpu, indexCpu: lastCpu };
  })();
  const [builtPlain, indexBase] = await timed(async () => {
    const idx = createNoteIndex();
    for (const r of await plain.notes.orderBy('createdAt').toArray()) idx.add(plainNote(r));
    idx.pack();
    return idx;
  });
  let plainIndex: ReturnType<typeof createNoteIndex> | null = builtPlain;
  o.log(row(`index ready (${status.loaded} notes, from unlock)`, indexMs, indexBase));
  o.log(part('the build itself (after the panel)', buildMs, buildCpu));
  if (unlockToIndexCpu !== undefined) o.log(part('cpu from unlock to index ready', unlockToIndexCpu));
  o.log(part('the store alone (every row, one read)', parts.storeMs, parts.storeCpu));
  o.log(part('decryption alone (AES-GCM + JSON)', parts.decryptMs, parts.decryptCpu));
  o.log(part('indexing alone (plaintext in memory)', parts.indexOnly, parts.indexCpu));

  // 3. Search p95 over every note: the vault's index vs a plaintext scan of all notes (no index).
  // Each measured with only what it needs alive: the bench's extra copies of 100,000 notes would
  // otherwise put their garbage collection into the vault's figures.
  const queries = [`REF-${SCALE - 3}`, 'referring provider', 'co-16', `Rep ${Math.floor(SCALE / 2)}`, 'denial missing', claimRef, 'acme', 'nothing like this', `Note ${SCALE - 7}.`, 'reprocessing'];
  const ROUNDS = 5;
  const [sp, expected] = await (async () => {
    const plainNotes = (await plain.notes.toArray()).map(plainNote);
    const ms: number[] = [];
    const counts = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of queries) {
        const [count, tp] = await timed(async () => plainNotes.filter((n) => matchesQuery(n, q)).length);
        counts.set(q, count);
        ms.push(tp);
      }
    }
    return [ms, counts] as const;
  })();
  // The index alone, without the service's per-call checks (session key, idle time, catch-up).
  const si: number[] = [];
  for (let round = 0; round < ROUNDS; round++) for (const q of queries) si.push((await timed(async () => plainIndex!.search(q)))[1]);
  const indexedNotes = plainIndex.size;
  plainIndex = null;
  o.gc?.();
  const sv: number[] = [];
  let totals = '';
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const [r, tv] = await timed(() => service.search(q));
      if (r.truncated || r.total !== expected.get(q)) throw new Error(`search "${q}": ${r.total} found, ${expected.get(q)} expected (truncated: ${r.truncated})`);
      if (round === 0) totals += `${q}=${r.total} `;
      sv.push(tv);
    }
  }
  o.log(row('search p95 (all notes, service)', percentiles(sv).p95, percentiles(sp).p95));
  o.log(row('  the index search alone p95', percentiles(si).p95, percentiles(sp).p95));
  o.log(`  (matches, all equal to a matchesQuery scan: ${totals.trim()})`);

  // 4. Worklist and A/R aging as the panel redraws them: after a save in this page (one item
  // rewritten), and with nothing changed. Baseline: plaintext items read and computed.
  const redraw = async () => {
    const items = (await service.listItems()).records;
    worklist(items, today);
    agingBuckets(items, today);
  };
  await service.saveNote(inputOf(7));
  const [, wlAfterSave] = await timed(redraw);
  const [, wlMs] = await timed(redraw);
  const [, wlBase] = await timed(async () => {
    const items = (await plain.items.toArray()).map((r) => r.payload as FollowUpItem);
    worklist(items, today);
    agingBuckets(items, today);
  });
  o.log(row(`worklist + A/R aging (${claims} claims)`, wlMs, wlBase));
  o.log(part('after a save (one item changed)', wlAfterSave));

  o.log(target('unlock to usable panel', unlockMs, 1000));
  o.log(target('index ready', indexMs, 5000));
  o.log(target('search p95', percentiles(sv).p95, 50));
  o.log(target('worklist + aging', Math.max(wlMs, wlAfterSave), 100));
  if (heapBefore !== undefined && heapAfter !== undefined) {
    o.log(`index memory: about ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(0)} MB of heap for ${indexedNotes} notes (the decrypted notes, their posting lists and the decrypted items; ${o.gc ? 'measured after gc' : 'no gc available: a rough figure'})`);
  }

  // 5. Issue 17: the raw IndexedDB scan still finds no clear PHI with SCALE notes and the index
  // built (it is in memory, unlocked, right now). Only the vault's database: the baseline's is plain.
  const dump = await dumpIndexedDb(o.indexedDB, (name) => name === 'scale-vault');
  const markers = ['referring provider', 'acme health', 'reprocessing', claimRef, `ref-${SCALE - 3}`, `rep ${Math.floor(SCALE / 2)}`];
  const leaked = findMarkers(dump, markers);
  o.log(`raw IndexedDB scan of the vault (${dump.length} keys and values, index built): ${leaked.length === 0 ? 'no note text in clear' : `${leaked.length} values hold note text in clear`}`);
  if (leaked.length > 0) throw new Error(`note text in clear in IndexedDB: ${leaked[0]!.slice(0, 80)}`);
  db.close();
  plain.close();
}
