/**
 * "Rotate key": every record re-encrypted under a new data key. A passphrase change only re-wraps
 * the same data key, so a key that leaked (a memory dump, a copied storage.session, an old backup
 * of the database together with an old passphrase) would still open every record; after rotation
 * it opens nothing. Claim HMACs are keyed too, so row keys (items, drafts) and indexes change.
 *
 * WebCrypto cannot run inside an IndexedDB transaction, so everything is opened and sealed first;
 * the write is one transaction that refuses if anything changed meanwhile (a save in another page
 * would otherwise be lost). A record that does not open refuses the whole rotation: it could never
 * be re-encrypted, and left under the old key it would be unreadable for ever.
 */
import { normalizeClaimRef } from './claim-ref';
import { deriveKek, generateDataKeyBytes, hmacClaimRef, importDataKeys, newKdfParams, unwrapDataKeyBytes, wrapDataKey, type DataKeys } from './crypto';
import type { NotesDb } from './db';
import { VaultError } from './errors';
import { seal, unseal } from './sealing';
import type { DraftRow, ItemRow, NoteRow, RevisionRow } from './types';

const NO_CLAIM = 'no-claim';

export interface RotationSummary {
  notes: number;
  revisions: number;
  items: number;
  drafts: number;
}

async function opened<T>(what: string, id: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (cause) {
    throw new VaultError('tampered', `Record ${what}/${id} does not open; the key was not rotated (nothing changed)`, { cause });
  }
}

/** DANGEROUS: returns the raw new data key (for storage.session only). */
const sameKeys = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

export async function rotateDataKey(db: NotesDb, oldKeys: DataKeys, passphrase: string, now: number): Promise<{ raw: Uint8Array<ArrayBuffer>; summary: RotationSummary }> {
  const header = await db.meta.get('vault');
  if (!header) throw new VaultError('no-vault', 'No vault has been created yet');
  // The passphrase is asked again (wrong -> wrong-passphrase, nothing changed) and wraps the new key.
  (await unwrapDataKeyBytes(await deriveKek(passphrase, header.kdf), header.wrappedKey, header.kdf)).fill(0);

  const [notes, revisions, items, drafts] = await Promise.all([db.notes.toArray(), db.revisions.toArray(), db.items.toArray(), db.drafts.toArray()]);
  const raw = generateDataKeyBytes();
  const keys = await importDataKeys(raw);
  const hmac = (claimRef: string) => hmacClaimRef(keys, normalizeClaimRef(claimRef));

  const newNotes: NoteRow[] = await Promise.all(notes.map(async (row) => {
    const payload = await opened('notes', row.id, () => unseal<{ claimRef: string }>(oldKeys, 'notes', row.id, row));
    return { ...row, claimRefHmac: await hmac(payload.claimRef), ...(await seal(keys, 'notes', row.id, payload)) };
  }));
  const newRevisions: RevisionRow[] = await Promise.all(revisions.map(async (row) => {
    const payload = await opened('revisions', row.id, () => unseal<unknown>(oldKeys, 'revisions', row.id, row));
    return { ...row, ...(await seal(keys, 'revisions', row.id, payload)) };
  }));
  const newItems: ItemRow[] = await Promise.all(items.map(async (row) => {
    const payload = await opened('items', row.claimRefHmac, () => unseal<{ claimRef: string }>(oldKeys, 'items', row.claimRefHmac, row));
    const id = await hmac(payload.claimRef);
    return { ...row, claimRefHmac: id, ...(await seal(keys, 'items', id, payload)) };
  }));
  const newDrafts: DraftRow[] = await Promise.all(drafts.map(async (row) => {
    const payload = await opened('drafts', row.id, () => unseal<{ claimRef: string }>(oldKeys, 'drafts', row.id, row));
    const id = row.id === NO_CLAIM ? NO_CLAIM : await hmac(payload.claimRef);
    return { ...row, id, ...(await seal(keys, 'drafts', id, payload)) };
  }));
  const kdf = newKdfParams();
  const wrappedKey = await wrapDataKey(await deriveKek(passphrase, kdf), raw, kdf);

  const noteTimes = new Map(notes.map((r) => [r.id, r.updatedAt]));
  await db.transaction('rw', [db.meta, db.notes, db.revisions, db.items, db.drafts], async () => {
    const latest = await db.meta.get('vault');
    const unchanged = latest && latest.kdf.salt === header.kdf.salt
      && sameKeys(await db.notes.toCollection().primaryKeys(), notes.map((r) => r.id))
      && sameKeys(await db.revisions.toCollection().primaryKeys(), revisions.map((r) => r.id))
      && sameKeys(await db.items.toCollection().primaryKeys(), items.map((r) => r.claimRefHmac))
      && sameKeys(await db.drafts.toCollection().primaryKeys(), drafts.map((r) => r.id))
      && (await db.notes.toArray()).every((r) => r.updatedAt === noteTimes.get(r.id));
    if (!unchanged) throw new VaultError('bad-input', 'Notes were saved elsewhere while the key was being rotated; nothing changed, try again');
    await Promise.all([db.notes.clear(), db.revisions.clear(), db.items.clear(), db.drafts.clear()]);
    await db.notes.bulkAdd(newNotes);
    await db.revisions.bulkAdd(newRevisions);
    await db.items.bulkAdd(newItems);
    await db.drafts.bulkAdd(newDrafts);
    await db.meta.put({ ...latest!, kdf, wrappedKey, passphraseChangedAt: now });
  });
  return { raw, summary: { notes: newNotes.length, revisions: newRevisions.length, items: newItems.length, drafts: newDrafts.length } };
}
