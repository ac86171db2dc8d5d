/**
 * Bench of the encrypted notes vault (fake-indexeddb in Node): unlock time, and note save/load
 * latency with 10,000 notes, each printed next to a baseline measured in the same run on the same
 * fake IndexedDB: the same operations on a plaintext Dexie database of the same shape. Then the
 * scale part (issue 17, scripts/bench-notes-scale.ts) with 100,000 notes.
 *
 *   npm run bench:notes                      (10,000 notes, then the scale part with 100,000)
 *   npm run bench:notes -- 2000 20000        (smaller)
 *   npm run bench:notes -- 0 100000 --chromium
 *       the scale part in Chromium (/usr/bin/chromium, headless) on its real IndexedDB and
 *       WebCrypto, in a page on http://localhost (a secure context) that runs the same code,
 *       bundled by Vite; NOTES 0 skips the first part.
 *
 * The 1-minute load average is printed before and after: on a shared machine every absolute time
 * moves with it, the ratios to the baselines much less.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { PBKDF2_ITERATIONS, importDataKeys } from '@/lib/notes/crypto';
import { NotesDb } from '@/lib/notes/db';
import { addNote, notesForClaim } from '@/lib/notes/notes-store';
import { createNotesService } from '@/lib/notes/service';
import type { VaultContext } from '@/lib/notes/context';
import { readSessionKey } from '@/lib/notes/session';
import type { NoteInput } from '@/lib/notes/note-input';
import { DEFAULT_SCAN_LIMIT, matchesQuery } from '@/lib/notes/search';
import { serveDirectory } from '@/test/e2e/server';
import { PASS, PlainDb, memorySession, noteInput, plainLoad, row as rowText, runScale } from './bench-notes-scale';
import { percentiles, timed } from './lib/timing';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const CHROMIUM = process.argv.includes('--chromium');
const NOTES = Number(args[0] ?? 10_000);
const SCALE = Number(args[1] ?? 100_000);
const CLAIMS = Math.max(1, Math.round(NOTES / 10));
const SAMPLES = 200;

const input = (i: number): NoteInput => noteInput(i, CLAIMS);
const row = (label: string, vault: number, base: number) => console.log(rowText(label, vault, base));

async function plainSave(db: PlainDb, note: NoteInput, t: number): Promise<void> {
  const id = crypto.randomUUID();
  await db.transaction('rw', db.notes, db.revisions, async () => {
    await db.revisions.add({ id: crypto.randomUUID(), noteId: id, createdAt: t, payload: note });
    await db.notes.add({ id, claimRef: note.claimRef, createdAt: t, payload: note });
  });
  const item = await db.items.get(note.claimRef);
  await db.items.put({ claimRef: note.claimRef, payload: { ...(item?.payload as object), nextFollowUp: note.nextFollowUp } });
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
  const plain = new PlainDb({ indexedDB: factory, IDBKeyRange });
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

/** The scale part in Chromium: the same code bundled (Vite) into a page on localhost, real IndexedDB. */
async function scaleInChromium(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rr-bench-notes-'));
  const server = await serveDirectory(dir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    await build({
      configFile: false, logLevel: 'error', resolve: { alias: { '@': join(import.meta.dirname, '..') } },
      build: { outDir: dir, emptyOutDir: false, minify: false, lib: { entry: join(import.meta.dirname, 'bench-notes-page.ts'), formats: ['es'], fileName: () => 'bench.js' } },
    });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench:notes</title><script type="module" src="bench.js"></script>');
    const page = await browser.newPage();
    page.on('console', (message) => console.log(message.text()));
    page.on('pageerror', (error) => console.error(error));
    await page.goto(server.url('/index.html'));
    await page.waitForFunction(() => 'benchScale' in window);
    console.log(`\nChromium ${browser.version()}, real IndexedDB and WebCrypto:`);
    await page.evaluate(`benchScale(${SCALE})`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const load = () => `1-min load average ${loadavg()[0]!.toFixed(2)} on a machine shared with other work`;
console.log(load());
if (NOTES > 0) await main();
if (SCALE > 0) {
  if (CHROMIUM) await scaleInChromium();
  else {
    console.log('');
    await runScale({
      indexedDB: new IDBFactory(), IDBKeyRange, notes: SCALE, log: (line) => console.log(line),
      heapUsed: () => process.memoryUsage().heapUsed, gc: globalThis.gc,
      cpuMs: () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      },
    });
  }
}
console.log(load());
