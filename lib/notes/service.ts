/**
 * The notes service: what the side panel, popup and service worker call. It keeps the working keys
 * in memory (non-extractable) and checks storage.session on every call, so "Lock now" pressed in
 * the popup, or the background's idle alarm, locks every other page at its next call.
 */
import type { Claim } from '@/lib/claim/types';
import { payerBalance } from './balance';
import { exportVault, importVault, type ExportResult, type ImportSummary } from './backup';
import type { Opened, VaultContext } from './context';
import { importDataKeys, type DataKeys } from './crypto';
import { toHex } from './encoding';
import { notesToCsv } from './csv';
import { withOpenDb, type NotesDb } from './db';
import { clearDraft, loadDraft, saveDraft, type Draft } from './drafts';
import { VaultError } from './errors';
import { backfillFollowUpDays, countDue, mergeItem, putItem } from './items-store';
import * as keyring from './keyring';
import type { NoteInput } from './note-input';
import { assertBackupPassphrase } from './passphrase';
import { rotateDataKey, type RotationSummary } from './rotate';
import { addNote, allNotes, editNote, noteHistory, notesForClaim, openNotes } from './notes-store';
import { createItemCache, type ItemCache } from './item-cache';
import { createNoteIndex, type NoteIndex } from './search-index';
import { patientNamesByClaim, searchNotes, type SearchResult } from './search';
import {
  clearSession, DEFAULT_IDLE_MINUTES, isIdleExpired, readLastActivity, readSessionKey, storeSessionKey,
  touchSession, type SessionArea,
} from './session';
import type { Deadline, FollowUpItem, Note, NoteContent, NoteRevision } from './types';

export type VaultState = 'no-vault' | 'locked' | 'unlocked';

/** What the notes need to know about the claim on screen. */
export interface ClaimContext {
  claimNumber: string;
  payer: string | null;
  serviceDate: string | null;
  /** What the payer still owes in dollars (lib/notes/balance.ts). */
  amount: number | null;
  deadlines?: Deadline[];
  patientName?: string | null;
}

/**
 * From an extracted claim. The amount is what the payer still owes: billed minus paid minus the
 * contractual write-off minus the patient's responsibility (lib/notes/balance.ts), so A/R aging
 * counts payer A/R, not what the practice will never collect from the payer.
 */
export function claimContextFrom(claim: Claim): ClaimContext | null {
  if (!claim.claimNumber) return null;
  return { claimNumber: claim.claimNumber, payer: claim.payer, serviceDate: claim.serviceFrom, amount: payerBalance(claim).balance, patientName: claim.patientName };
}

export interface NotesService {
  state(): Promise<VaultState>;
  createVault(passphrase: string, confirmation: string): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  lock(): Promise<void>;
  changePassphrase(current: string, next: string, confirmation: string): Promise<void>;
  /** Re-encrypts every record under a new data key (the passphrase stays); this page and the session take the new key. */
  rotateKey(passphrase: string): Promise<RotationSummary>;
  /** Records user activity (typing, clicks) so the idle timer restarts. */
  touch(): Promise<void>;
  notesForClaim(claimRef: string): Promise<Opened<Note>>;
  saveNote(input: NoteInput, claim?: ClaimContext | null): Promise<Note>;
  editNote(noteId: string, changes: Partial<NoteContent>): Promise<Note>;
  history(noteId: string): Promise<Opened<NoteRevision>>;
  /** Every note through the in-memory index once built; until then the newest notes are scanned. */
  search(query: string): Promise<SearchResult>;
  /** Where building the in-memory search index stands (it starts after unlock, in the background). */
  indexStatus(): IndexStatus;
  /** Called on every step of the index build; returns the unsubscribe function. */
  watchIndex(listener: (status: IndexStatus) => void): () => void;
  /** Stops building (search then scans the newest notes); `search` or `buildIndex` start it again. */
  cancelIndex(): void;
  buildIndex(): Promise<IndexStatus>;
  loadDraft(claimRef: string | null): Promise<Draft | null>;
  saveDraft(claimRef: string | null, draft: Omit<Draft, 'updatedAt'>): Promise<void>;
  clearDraft(claimRef: string | null): Promise<void>;
  listItems(): Promise<Opened<FollowUpItem>>;
  saveItem(item: Omit<FollowUpItem, 'updatedAt'>): Promise<FollowUpItem>;
  /** Open items due today or earlier; works while locked (toolbar badge). */
  countDue(today: string): Promise<number>;
  /**
   * Calls `listener` when the lock may have changed in another page or the service worker
   * ("Lock now" in the popup, the idle alarm), so a page hides decrypted notes at once instead of
   * at its next poll. Returns the unsubscribe function; a no-op without `watchSession`.
   */
  watch(listener: () => void): () => void;
  /**
   * The backup passphrase must be strong and typed twice; the vault passphrase is asked again
   * (someone at an unlocked, unattended computer must not walk away with every note).
   */
  exportBackup(passphrase: string, confirmation: string, vaultPassphrase: string): Promise<ExportResult>;
  importBackup(fileText: string, passphrase: string): Promise<ImportSummary>;
  /** PHI in clear: the UI shows a warning, then the vault passphrase is asked again. */
  exportCsv(vaultPassphrase: string): Promise<string>;
}

export interface IndexStatus {
  state: 'none' | 'building' | 'ready' | 'cancelled';
  loaded: number;
  total: number;
}

/**
 * Notes read and decrypted per step of the index build. Each step waits on IndexedDB and WebCrypto
 * (tasks, not microtasks), so the page draws and answers between steps.
 */
const INDEX_CHUNK = 2_000;

export interface NotesServiceDeps {
  db: NotesDb;
  /** `browser.storage.session`, nothing else. */
  session: SessionArea;
  /** From the user's settings; read on every check so a change applies at once. */
  idleMinutes?: () => number | Promise<number>;
  now?: () => number;
  newId?: () => string;
  /** Subscribes to changes of the session area (pages pass `browser.storage.onChanged` glue). */
  watchSession?: (listener: () => void) => () => void;
}

/** Activity is written at most this often: typing must not turn into a storage write per key. */
const TOUCH_INTERVAL_MS = 10_000;

export function createNotesService(deps: NotesServiceDeps): NotesService {
  const { db, session } = deps;
  const now = deps.now ?? (() => Date.now());
  const newId = deps.newId ?? (() => globalThis.crypto.randomUUID());
  const idleMinutes = async () => (await deps.idleMinutes?.()) ?? DEFAULT_IDLE_MINUTES;
  let keys: DataKeys | null = null;
  /** SHA-256 of the session key the in-memory keys came from (not the key itself). */
  let keysFrom: string | null = null;
  let lastTouch = 0;
  /** The in-memory search index: plaintext, in this page only, dropped on lock. */
  let index: { keysFrom: string; index: NoteIndex; status: IndexStatus; done: Promise<IndexStatus>; newest: number } | null = null;
  let indexGeneration = 0;
  const indexListeners = new Set<(status: IndexStatus) => void>();
  const indexNotify = (status: IndexStatus) => indexListeners.forEach((l) => l({ ...status }));

  /** Decrypted worklist items of this page (memory only), for the keys they were opened with. */
  let itemCache: { keysFrom: string; cache: ItemCache } | null = null;

  /** Drops everything decrypted this page holds beyond what a view shows: the index, the items. */
  function dropIndex(): void {
    indexGeneration++;
    index = null;
    itemCache = null;
  }

  function items(): ItemCache {
    if (!itemCache || itemCache.keysFrom !== keysFrom) itemCache = { keysFrom: keysFrom!, cache: createItemCache() };
    return itemCache.cache;
  }

  function startIndex(ctx: VaultContext): Promise<IndexStatus> {
    if (index && index.keysFrom === keysFrom && index.status.state !== 'cancelled') return index.done;
    const generation = ++indexGeneration;
    const built = createNoteIndex();
    const status: IndexStatus = { state: 'building', loaded: 0, total: 0 };
    const entry = { keysFrom: keysFrom!, index: built, status, done: Promise.resolve(status), newest: 0 };
    index = entry;
    const live = () => generation === indexGeneration;
    entry.done = (async () => {
      // The rows in date slices of about INDEX_CHUNK notes (one getAll each, no cursor, no get per
      // id). Slices cover [first, last] exactly once; a note saved after `last` comes in through
      // `indexNote` or `catchUp`.
      const [count, first, last] = await run(() => ctx.db.transaction('r', ctx.db.notes, () => Promise.all([
        ctx.db.notes.count(), ctx.db.notes.orderBy('createdAt').first(), ctx.db.notes.orderBy('createdAt').last(),
      ])));
      status.total = count;
      indexNotify(status);
      const slices = first && last ? Math.max(1, Math.ceil(count / INDEX_CHUNK)) : 0;
      const from = first?.createdAt ?? 0;
      const span = (last?.createdAt ?? 0) - from;
      const bound = (k: number) => from + Math.floor((span * k) / slices);
      const read = (k: number) => run(() => ctx.db.notes.where('createdAt').between(bound(k), bound(k + 1), true, k === slices - 1).toArray());
      const open = async (k: number) => {
        const rows = await read(k);
        return { rows, opened: await openNotes(ctx, rows) };
      };
      // Two slices ahead: their reads and decryption (IndexedDB's and WebCrypto's own threads) run
      // while this page indexes the current one.
      const ahead = Array.from({ length: Math.min(2, slices) }, (_, k) => open(k));
      for (let k = 0; ahead.length > 0 && live(); k++) {
        const { rows, opened } = await ahead.shift()!;
        if (!live()) break;
        if (k + 2 < slices) ahead.push(open(k + 2));
        // A note saved or edited while building is already in, newer: keep that one.
        for (const note of opened.records) if (!built.has(note.id)) built.add(note);
        for (const row of rows) entry.newest = Math.max(entry.newest, row.createdAt);
        status.loaded = Math.min(count, status.loaded + rows.length);
        indexNotify(status);
      }
      for (const pending of ahead) pending.catch(() => undefined);
      if (live()) {
        built.pack();
        status.state = 'ready';
        indexNotify(status);
      }
      return { ...status };
    })().catch((error: unknown) => {
      if (live()) dropIndex();
      throw error;
    });
    entry.done.catch(() => undefined);
    return entry.done;
  }

  /** Keeps the index in step with a save or an edit made in this page. */
  function indexNote(note: Note): void {
    if (index && index.keysFrom === keysFrom) index.index.add(note);
  }

  /**
   * Notes saved by another page (the popup, a second panel) since the index was built: the newest
   * `createdAt` tells (one step of an index cursor; a count would walk every row), and the same
   * index finds them. (An edit made in another page shows in search
   * after the next unlock; its list and history are always read from the database.)
   */
  async function catchUp(ctx: VaultContext, entry: NonNullable<typeof index>): Promise<void> {
    const newest = await ctx.db.notes.orderBy('createdAt').last();
    if (!newest || (newest.createdAt <= entry.newest && entry.index.has(newest.id))) return;
    const rows = await ctx.db.notes.where('createdAt').aboveOrEqual(entry.newest).toArray();
    const opened = await openNotes(ctx, rows.filter((r) => !entry.index.has(r.id)));
    for (const note of opened.records) {
      entry.index.add(note);
      entry.newest = Math.max(entry.newest, note.createdAt);
    }
  }

  /** Imports the session key unless the in-memory keys already come from it (a vault wiped and
   *  created again in another page has a new key; the old one must not be used). */
  async function adopt(raw: Uint8Array<ArrayBuffer>): Promise<DataKeys> {
    const id = toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', raw)));
    if (!keys || keysFrom !== id) {
      keys = await importDataKeys(raw);
      keysFrom = id;
    }
    return keys;
  }

  const run = <T>(fn: () => Promise<T>) => withOpenDb(db, fn);

  async function forget(): Promise<void> {
    keys = null;
    keysFrom = null;
    dropIndex();
    await clearSession(session);
  }

  /**
   * The unlocked context, or a `locked` error (after locking if the idle time ran out). Only
   * `touch` true restarts the idle timer: the user's own input (`touch()`, called by extension
   * pages on trusted key and pointer events) and saves. Reads never do: the side panel reads notes
   * and drafts whenever the portal page reports a claim, and a portal that cycles claims would
   * otherwise keep the vault open forever.
   */
  async function context(touch: boolean): Promise<VaultContext> {
    const raw = await readSessionKey(session);
    if (!raw) {
      keys = null;
      keysFrom = null;
      dropIndex();
      throw new VaultError('locked', 'The notes are locked');
    }
    const t = now();
    const last = await readLastActivity(session);
    if (isIdleExpired(t, last, await idleMinutes())) {
      raw.fill(0);
      await forget();
      throw new VaultError('locked', 'The notes were locked after a period of inactivity');
    }
    // Another page (or this worker before it restarted) unlocked: import from the session.
    const current = await adopt(raw);
    raw.fill(0);
    if (touch && t - lastTouch >= TOUCH_INTERVAL_MS) {
      lastTouch = t;
      await touchSession(session, t);
    }
    return { db, keys: current, now, newId };
  }

  async function startSession(raw: Uint8Array<ArrayBuffer>): Promise<void> {
    await storeSessionKey(session, raw, now());
    const current = await adopt(raw);
    raw.fill(0);
    lastTouch = now();
    // Rows written before schema v2 get their follow-up day now that the key is here.
    await run(() => backfillFollowUpDays({ db, keys: current, now, newId }));
    // A new key: any index is from another session. Pages start the build once they have drawn
    // (SearchPanel), so the first screen after unlock does not wait for it.
    dropIndex();
  }

  /** Reads: the idle timer runs on. */
  const withContext = <T>(fn: (ctx: VaultContext) => Promise<T>) => run(async () => fn(await context(false)));
  /** Saves: the user just acted, so the timer restarts. */
  const withSaveContext = <T>(fn: (ctx: VaultContext) => Promise<T>) => run(async () => fn(await context(true)));

  return {
    async state() {
      if (!(await run(() => keyring.readHeader(db)))) return 'no-vault';
      try {
        await context(false);
        return 'unlocked';
      } catch (error) {
        if (error instanceof VaultError && error.code === 'locked') return 'locked';
        throw error;
      }
    },
    async createVault(passphrase, confirmation) {
      await startSession(await run(() => keyring.createVault(db, passphrase, confirmation, now())));
    },
    async unlock(passphrase) {
      await startSession(await run(() => keyring.unlockVault(db, passphrase)));
    },
    lock: forget,
    async changePassphrase(current, next, confirmation) {
      await run(() => keyring.changePassphrase(db, current, next, confirmation, now()));
    },
    async touch() {
      await context(true);
    },
    async rotateKey(passphrase) {
      const { raw, summary } = await run(async () => {
        const ctx = await context(true);
        return rotateDataKey(db, ctx.keys, passphrase, now());
      });
      await startSession(raw);
      return summary;
    },
    notesForClaim: (claimRef) => withContext((ctx) => notesForClaim(ctx, claimRef)),
    saveNote: (input, claim) => {
      // Chosen before the first attempt: a retry after "database closed" rewrites the same note.
      const stamp = { id: newId(), revisionId: newId(), at: now() };
      return withSaveContext(async (ctx) => {
        const note = await addNote(ctx, input, stamp);
        await mergeItem(ctx, note.claimRef, {
          payer: note.payer ?? claim?.payer ?? null,
          serviceDate: claim?.serviceDate ?? null,
          amount: claim?.amount ?? null,
          deadlines: claim?.deadlines,
          patientName: claim?.patientName ?? null,
          lastAction: { kind: note.kind, at: stamp.at, outcome: note.outcome },
          status: note.status,
          nextFollowUp: note.nextFollowUp ?? undefined,
        });
        await clearDraft(ctx, note.claimRef, stamp.at);
        indexNote(note);
        return note;
      });
    },
    editNote: (noteId, changes) => {
      const stamp = { revisionId: newId(), at: now() };
      return withSaveContext(async (ctx) => {
        const note = await editNote(ctx, noteId, changes, stamp);
        await mergeItem(ctx, note.claimRef, { status: note.status, nextFollowUp: note.nextFollowUp ?? undefined });
        indexNote(note);
        return note;
      });
    },
    history: (noteId) => withContext((ctx) => noteHistory(ctx, noteId)),
    search: (query) => withContext(async (ctx) => {
      if (index && index.keysFrom === keysFrom && index.status.state === 'ready') {
        if (!query.trim()) return { notes: [], truncated: false, failed: 0, total: 0 };
        const [, opened] = await Promise.all([catchUp(ctx, index), items().list(ctx)]);
        const found = index.index.search(query, 100, patientNamesByClaim(opened.records));
        return { notes: found.notes, truncated: false, failed: 0, total: found.total };
      }
      if (!index || index.keysFrom !== keysFrom || index.status.state === 'cancelled') void startIndex(ctx).catch(() => undefined);
      return searchNotes(ctx, query);
    }),
    indexStatus: () => (index && index.keysFrom === keysFrom ? { ...index.status } : { state: 'none', loaded: 0, total: 0 }),
    watchIndex: (listener) => {
      indexListeners.add(listener);
      return () => indexListeners.delete(listener);
    },
    cancelIndex: () => {
      if (!index || index.status.state !== 'building') return;
      index.status.state = 'cancelled';
      indexNotify(index.status);
      indexGeneration++;
    },
    buildIndex: () => withContext((ctx) => startIndex(ctx)),
    loadDraft: (claimRef) => withContext((ctx) => loadDraft(ctx, claimRef)),
    saveDraft: (claimRef, draft) => withContext(async (ctx) => void (await saveDraft(ctx, claimRef, draft))),
    clearDraft: (claimRef) => withContext((ctx) => clearDraft(ctx, claimRef)),
    listItems: () => withContext((ctx) => items().list(ctx)),
    saveItem: (item) => withSaveContext((ctx) => putItem(ctx, item)),
    countDue: (today) => run(() => countDue(db, today)),
    watch: (listener) => deps.watchSession?.(listener) ?? (() => undefined),
    exportBackup: (passphrase, confirmation, vaultPassphrase) => withContext(async (ctx) => {
      // Before the vault passphrase's key derivation: a weak backup passphrase is refused at once.
      assertBackupPassphrase(passphrase, confirmation);
      await keyring.verifyPassphrase(db, vaultPassphrase);
      return exportVault(ctx, passphrase, confirmation);
    }),
    importBackup: (fileText, passphrase) => withSaveContext(async (ctx) => {
      const summary = await importVault(ctx, fileText, passphrase);
      // Imported notes are not in the index: build it again.
      dropIndex();
      void startIndex(ctx).catch(() => undefined);
      return summary;
    }),
    exportCsv: (vaultPassphrase) => withContext(async (ctx) => {
      await keyring.verifyPassphrase(db, vaultPassphrase);
      return notesToCsv((await allNotes(ctx)).records);
    }),
  };
}
