/**
 * Encrypted backup file: every note, revision and worklist item, sealed with AES-256-GCM under a
 * key derived from a passphrase (the vault's or a separate backup passphrase) with its own salt.
 * The file holds no PHI in clear: only the format, the KDF parameters, the IV and the ciphertext.
 *
 * Import merges by record id (notes, revisions) and by claim (items), so importing the same file
 * twice, or a file made on another computer, never duplicates anything. Claim HMACs are computed
 * again under this vault's key, because the file may come from a vault with a different key.
 */
import { normalizeClaimRef } from './claim-ref';
import { fromBase64, toBase64 } from './encoding';
import { newKdfParams, openWithPassphrase, sealWithPassphrase, MIN_PBKDF2_ITERATIONS, type KdfParams } from './crypto';
import { isRecord } from '@/lib/platform/validate';
import type { VaultContext } from './context';
import { VaultError } from './errors';
import { cleanItem, listItems, sealItem } from './items-store';
import { cleanContent, cleanNoteInput } from './note-input';
import { allRevisions, claimRefKey, openNotes } from './notes-store';
import { assertBackupPassphrase } from './passphrase';
import { seal } from './sealing';
import type { FollowUpItem, ItemRow, Note, NoteRevision, NoteRow, RevisionRow } from './types';

export const BACKUP_FORMAT = 'remit-ranger-notes-backup';

/**
 * Bounds of what an import accepts, checked before the costly steps: the file size before it is
 * read, the KDF cost before a key is derived (a file asking for 10^9 iterations would freeze the
 * page for hours), the counts and timestamps before anything is sealed. A real year is 15,000 to
 * 20,000 notes; these leave room for a decade.
 */
export const BACKUP_LIMITS = {
  fileBytes: 512 * 1024 * 1024,
  maxIterations: 5_000_000,
  minSaltBytes: 16,
  notes: 250_000,
  revisions: 1_000_000,
  items: 250_000,
} as const;
/** Earliest timestamp a record may carry (before the extension existed: a hand-made file). */
const MIN_TIME = Date.UTC(2000, 0, 1);
/** A day of clock skew between two computers is allowed; a record from next year is not. */
const MAX_CLOCK_SKEW_MS = 24 * 3600 * 1000;

/** Before reading a chosen file: refuses one too large for a backup (a wrong file, or a hostile one). */
export function checkBackupFileSize(bytes: number): void {
  if (!Number.isFinite(bytes) || bytes > BACKUP_LIMITS.fileBytes) {
    throw new VaultError('bad-backup', `The file is larger than ${Math.round(BACKUP_LIMITS.fileBytes / 1024 / 1024)} MB; it is not a notes backup`);
  }
}
export const BACKUP_VERSION = 1;
const AAD = `${BACKUP_FORMAT}|${BACKUP_VERSION}`;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  kdf: KdfParams;
  iv: string;
  ciphertext: string;
}

export interface BackupPayload {
  notes: Note[];
  revisions: NoteRevision[];
  items: FollowUpItem[];
}

export interface ExportResult {
  /** The file's text (JSON). */
  file: string;
  counts: { notes: number; revisions: number; items: number };
  /** Records that failed their integrity check and are not in the file. */
  skipped: number;
}

export interface ImportSummary {
  notesAdded: number;
  notesUpdated: number;
  revisionsAdded: number;
  itemsAdded: number;
  itemsUpdated: number;
  /** Records already here (same id, not newer): left as they are. */
  unchanged: number;
}

export async function exportVault(ctx: VaultContext, passphrase: string, confirmation: string): Promise<ExportResult> {
  assertBackupPassphrase(passphrase, confirmation);
  const [notes, revisions, items] = await Promise.all([
    ctx.db.notes.toArray().then((rows) => openNotes(ctx, rows)),
    allRevisions(ctx),
    listItems(ctx),
  ]);
  const payload: BackupPayload = { notes: notes.records, revisions: revisions.records, items: items.records };
  const kdf = newKdfParams();
  const sealed = await sealWithPassphrase(passphrase, kdf, AAD, JSON.stringify(payload));
  const file: BackupFile = {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date(ctx.now()).toISOString(),
    kdf, iv: toBase64(sealed.iv), ciphertext: toBase64(sealed.ct),
  };
  return {
    file: JSON.stringify(file, null, 2),
    counts: { notes: notes.records.length, revisions: revisions.records.length, items: items.records.length },
    skipped: notes.failed.length + revisions.failed.length + items.failed.length,
  };
}

function bad(message: string): never {
  throw new VaultError('bad-backup', message);
}

/** Checks the outer file before spending a second on key derivation. */
export function parseBackupFile(text: string): BackupFile {
  // UTF-16 length: at least the byte size of an ASCII file, which a backup is.
  checkBackupFileSize(text.length);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    bad('This file is not a Remit Ranger notes backup (not JSON)');
  }
  const f = raw as Partial<BackupFile> | null;
  if (!f || typeof f !== 'object' || f.format !== BACKUP_FORMAT) bad('This file is not a Remit Ranger notes backup');
  if (f.version !== BACKUP_VERSION) bad(`Backup version ${String(f.version)} is not supported by this version of the extension`);
  const kdf = f.kdf;
  if (!kdf || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || typeof kdf.salt !== 'string' || typeof kdf.iterations !== 'number') bad('The backup file has no valid key-derivation parameters');
  if (!Number.isInteger(kdf.iterations) || kdf.iterations < MIN_PBKDF2_ITERATIONS) bad('The backup file uses a weak key derivation and is refused');
  if (kdf.iterations > BACKUP_LIMITS.maxIterations) bad(`The backup file asks for ${kdf.iterations} key-derivation rounds (at most ${BACKUP_LIMITS.maxIterations} are accepted)`);
  let saltBytes = 0;
  try {
    saltBytes = fromBase64(kdf.salt).length;
  } catch {
    bad('The backup file has an unreadable salt');
  }
  if (saltBytes < BACKUP_LIMITS.minSaltBytes) bad(`The backup file's salt is shorter than ${BACKUP_LIMITS.minSaltBytes} bytes`);
  if (Object.keys(kdf).some((k) => !['name', 'hash', 'salt', 'iterations'].includes(k))) bad('The backup file has unexpected key-derivation parameters');
  if (typeof f.iv !== 'string' || typeof f.ciphertext !== 'string') bad('The backup file is damaged (no ciphertext)');
  return f as BackupFile;
}

function checkId(value: unknown, what: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9-]{8,64}$/.test(value)) bad(`The backup contains a ${what} with an invalid id`);
  return value;
}

function checkTime(value: unknown, now: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_TIME && value <= now + MAX_CLOCK_SKEW_MS
    ? value
    : bad('The backup contains an invalid timestamp');
}

function record(value: unknown, what: string): Record<string, unknown> {
  return isRecord(value) ? value : bad(`The backup contains a ${what} that is not an object`);
}

/** The decrypted payload is checked record by record: a valid tag proves who wrote it, not that it is sane. */
export function validatePayload(raw: unknown, now: number = Date.now()): BackupPayload {
  const p = raw as Partial<BackupPayload> | null;
  if (!isRecord(p) || !Array.isArray(p.notes) || !Array.isArray(p.revisions) || !Array.isArray(p.items)) bad('The backup content is not in the expected shape');
  if (p.notes.length > BACKUP_LIMITS.notes || p.revisions.length > BACKUP_LIMITS.revisions || p.items.length > BACKUP_LIMITS.items) {
    bad(`The backup holds more records than a vault accepts (${BACKUP_LIMITS.notes} notes, ${BACKUP_LIMITS.revisions} revisions, ${BACKUP_LIMITS.items} worklist claims)`);
  }
  const time = (v: unknown) => checkTime(v, now);
  try {
    // Every record rebuilt field by field (cleanNoteInput, cleanContent and cleanItem name each field).
    return {
      notes: p.notes.map((value) => {
        const n = record(value, 'note');
        return {
          ...cleanNoteInput(n as unknown as Note), id: checkId(n.id, 'note'), revisionId: checkId(n.revisionId, 'note'),
          createdAt: time(n.createdAt), updatedAt: time(n.updatedAt),
        };
      }),
      revisions: p.revisions.map((value) => {
        const r = record(value, 'revision');
        return { ...cleanContent(r as Partial<NoteRevision>), id: checkId(r.id, 'revision'), noteId: checkId(r.noteId, 'revision'), createdAt: time(r.createdAt) };
      }),
      items: p.items.map((value) => {
        const i = record(value, 'worklist claim');
        return { ...cleanItem(i as unknown as FollowUpItem), updatedAt: time(i.updatedAt) };
      }),
    };
  } catch (error) {
    if (error instanceof VaultError && error.code === 'bad-input') bad(`The backup contains an invalid record: ${error.message}`);
    throw error;
  }
}

export async function readBackup(text: string, passphrase: string, now: number = Date.now()): Promise<BackupPayload> {
  const file = parseBackupFile(text);
  let sealed;
  try {
    sealed = { iv: fromBase64(file.iv), ct: fromBase64(file.ciphertext) };
  } catch {
    bad('The backup file is damaged (ciphertext is not base64)');
  }
  const json = await openWithPassphrase(passphrase, file.kdf, AAD, sealed);
  return validatePayload(JSON.parse(json), now);
}

export async function importVault(ctx: VaultContext, text: string, passphrase: string): Promise<ImportSummary> {
  const payload = await readBackup(text, passphrase, ctx.now());
  // A file edited by hand could repeat a record; the last copy wins, as it would on a second import.
  payload.notes = lastById(payload.notes, (n) => n.id);
  payload.revisions = lastById(payload.revisions, (r) => r.id);
  payload.items = lastById(payload.items, (i) => normalizeClaimRef(i.claimRef));
  // Seal everything first (WebCrypto cannot run inside an IndexedDB transaction), then decide
  // inside one transaction what is new, so a concurrent save or a second import cannot duplicate.
  const noteRows: NoteRow[] = await Promise.all(payload.notes.map(async (n) => {
    const { id, claimRef, payer, createdAt, updatedAt, revisionId, ...content } = n;
    return {
      id, claimRefHmac: await claimRefKey(ctx, claimRef), createdAt, updatedAt, kind: content.kind, status: content.status,
      revisionId, ...(await seal(ctx.keys, 'notes', id, { claimRef, payer, content })),
    };
  }));
  const revisionRows: RevisionRow[] = await Promise.all(payload.revisions.map(async (r) => {
    const { id, noteId, createdAt, ...content } = r;
    return { id, noteId, createdAt, ...(await seal(ctx.keys, 'revisions', id, content)) };
  }));
  const itemRows: ItemRow[] = await Promise.all(payload.items.map((i) => sealItem(ctx, i)));

  const { db } = ctx;
  return db.transaction('rw', db.notes, db.revisions, db.items, async () => {
    const notes = pickNewer(noteRows, await db.notes.bulkGet(noteRows.map((r) => r.id)));
    const items = pickNewer(itemRows, await db.items.bulkGet(itemRows.map((r) => r.claimRefHmac)));
    const revisionsHere = await db.revisions.bulkGet(revisionRows.map((r) => r.id));
    const revisionsToAdd = revisionRows.filter((_, i) => !revisionsHere[i]);
    await db.notes.bulkPut(notes.put);
    await db.revisions.bulkAdd(revisionsToAdd);
    await db.items.bulkPut(items.put);
    return {
      notesAdded: notes.added, notesUpdated: notes.updated, revisionsAdded: revisionsToAdd.length,
      itemsAdded: items.added, itemsUpdated: items.updated,
      unchanged: notes.unchanged + items.unchanged + (revisionRows.length - revisionsToAdd.length),
    };
  });
}

function lastById<T>(records: T[], idOf: (record: T) => string): T[] {
  return [...new Map(records.map((r) => [idOf(r), r])).values()];
}

/** Incoming rows that are new here or newer than the copy here (by `updatedAt`). */
function pickNewer<T extends { updatedAt: number }>(incoming: T[], here: (T | undefined)[]) {
  const result = { put: [] as T[], added: 0, updated: 0, unchanged: 0 };
  incoming.forEach((row, i) => {
    const current = here[i];
    if (!current) result.added++;
    else if (row.updatedAt > current.updatedAt) result.updated++;
    else {
      result.unchanged++;
      return;
    }
    result.put.push(row);
  });
  return result;
}
