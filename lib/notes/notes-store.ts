/**
 * Notes and their append-only revisions. A note row holds the latest content (fast listing); every
 * save also appends a revision row, which is never rewritten, so two tabs editing one note at once
 * both keep their text in the history even though only one can be the latest.
 */
import { hmacClaimRef } from './crypto';
import { normalizeClaimRef } from './claim-ref';
import type { Opened, VaultContext } from './context';
import { VaultError } from './errors';
import { cleanContent, cleanNoteInput, type NoteInput } from './note-input';
import { openRows, seal, unseal } from './sealing';
import type { Note, NoteContent, NoteRevision, NoteRow, RevisionRow } from './types';
import { Dexie } from 'dexie';

/** Sealed inside a note row. */
interface NoteHeadPayload {
  claimRef: string;
  payer: string | null;
  content: NoteContent;
}

export async function claimRefKey(ctx: VaultContext, claimRef: string): Promise<string> {
  return hmacClaimRef(ctx.keys, normalizeClaimRef(claimRef));
}

async function openNote(ctx: VaultContext, row: NoteRow): Promise<Note> {
  const p = await unseal<NoteHeadPayload>(ctx.keys, 'notes', row.id, row);
  return {
    ...p.content, id: row.id, claimRef: p.claimRef, payer: p.payer,
    createdAt: row.createdAt, updatedAt: row.updatedAt, revisionId: row.revisionId,
  };
}

async function openRevision(ctx: VaultContext, row: RevisionRow): Promise<NoteRevision> {
  const content = await unseal<NoteContent>(ctx.keys, 'revisions', row.id, row);
  return { ...content, id: row.id, noteId: row.noteId, createdAt: row.createdAt };
}

export function openNotes(ctx: VaultContext, rows: NoteRow[]): Promise<Opened<Note>> {
  return openRows('notes', rows, (r) => r.id, (r) => openNote(ctx, r));
}

async function sealNoteAndRevision(
  ctx: VaultContext, head: Omit<NoteRow, 'v' | 'iv' | 'ct' | 'claimRefHmac'> & { claimRefHmac: string },
  payload: NoteHeadPayload,
): Promise<{ row: NoteRow; revision: RevisionRow }> {
  // Encrypt before the transaction: awaiting WebCrypto inside it would let IndexedDB auto-commit.
  const [sealedHead, sealedRev] = await Promise.all([
    seal(ctx.keys, 'notes', head.id, payload),
    seal(ctx.keys, 'revisions', head.revisionId, payload.content),
  ]);
  return {
    row: { ...head, ...sealedHead },
    revision: { id: head.revisionId, noteId: head.id, createdAt: head.updatedAt, ...sealedRev },
  };
}

/**
 * Ids and time of a save, chosen once by the caller so a retried save (after the database was
 * closed under it) writes the same records instead of a second copy.
 */
export interface SaveStamp {
  id: string;
  revisionId: string;
  at: number;
}

export function newStamp(ctx: VaultContext): SaveStamp {
  return { id: ctx.newId(), revisionId: ctx.newId(), at: ctx.now() };
}

export async function addNote(ctx: VaultContext, input: NoteInput, stamp: SaveStamp = newStamp(ctx)): Promise<Note> {
  const clean = cleanNoteInput(input);
  const { claimRef, payer, ...content } = clean;
  const { id, revisionId, at } = stamp;
  const { row, revision } = await sealNoteAndRevision(ctx, {
    id, revisionId, claimRefHmac: await claimRefKey(ctx, claimRef),
    createdAt: at, updatedAt: at, kind: content.kind, status: content.status,
  }, { claimRef, payer, content });
  await ctx.db.transaction('rw', ctx.db.notes, ctx.db.revisions, async () => {
    if (await ctx.db.revisions.get(revisionId)) return; // A retry of a save that did commit.
    await ctx.db.revisions.add(revision);
    await ctx.db.notes.add(row);
  });
  return { ...content, id, claimRef, payer, createdAt: at, updatedAt: at, revisionId };
}

/** Edits = a new revision; the note row moves to it unless another tab saved a later one. */
export async function editNote(
  ctx: VaultContext, noteId: string, changes: Partial<NoteContent>,
  stamp: Omit<SaveStamp, 'id'> = newStamp(ctx),
): Promise<Note> {
  const current = await ctx.db.notes.get(noteId);
  if (!current) throw new VaultError('bad-input', 'That note no longer exists');
  const before = await openNote(ctx, current);
  const content = cleanContent({ ...before, ...changes });
  const now = Math.max(stamp.at, current.updatedAt + 1);
  const { row, revision } = await sealNoteAndRevision(ctx, {
    id: noteId, revisionId: stamp.revisionId, claimRefHmac: current.claimRefHmac,
    createdAt: current.createdAt, updatedAt: now, kind: content.kind, status: content.status,
  }, { claimRef: before.claimRef, payer: before.payer, content });
  await ctx.db.transaction('rw', ctx.db.notes, ctx.db.revisions, async () => {
    if (await ctx.db.revisions.get(stamp.revisionId)) return; // A retry of an edit that did commit.
    await ctx.db.revisions.add(revision);
    const latest = await ctx.db.notes.get(noteId);
    if (!latest || latest.updatedAt < row.updatedAt) await ctx.db.notes.put(row);
  });
  return { ...content, id: noteId, claimRef: before.claimRef, payer: before.payer, createdAt: current.createdAt, updatedAt: now, revisionId: row.revisionId };
}

/** A claim's notes, newest first. */
export async function notesForClaim(ctx: VaultContext, claimRef: string): Promise<Opened<Note>> {
  const key = await claimRefKey(ctx, claimRef);
  const rows = await ctx.db.notes
    .where('[claimRefHmac+createdAt]')
    .between([key, Dexie.minKey], [key, Dexie.maxKey])
    // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie Collection.reverse() (index order), not Array#reverse
    .reverse()
    .toArray();
  return openNotes(ctx, rows);
}

/** Every revision of a note, oldest first. */
export async function noteHistory(ctx: VaultContext, noteId: string): Promise<Opened<NoteRevision>> {
  const rows = await ctx.db.revisions.where('noteId').equals(noteId).sortBy('createdAt');
  return openRows('revisions', rows, (r) => r.id, (r) => openRevision(ctx, r));
}

/** The most recent `limit` notes, newest first (search and CSV export read through this). */
export async function recentNotes(ctx: VaultContext, limit: number): Promise<Opened<Note>> {
  // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie Collection.reverse() (index order), not Array#reverse
  const rows = await ctx.db.notes.orderBy('createdAt').reverse().limit(limit).toArray();
  return openNotes(ctx, rows);
}

export async function allRevisions(ctx: VaultContext): Promise<Opened<NoteRevision>> {
  const rows = await ctx.db.revisions.toArray();
  return openRows('revisions', rows, (r) => r.id, (r) => openRevision(ctx, r));
}

/** Every note, oldest first (CSV export). */
export async function allNotes(ctx: VaultContext): Promise<Opened<Note>> {
  return openNotes(ctx, await ctx.db.notes.orderBy('createdAt').toArray());
}
