/**
 * Vault lifecycle: create, unlock, change passphrase. The header (KDF parameters and the wrapped
 * data key) lives in the notes database so a backup of the database carries it, and never holds
 * anything that opens the vault without the passphrase.
 */
import {
  deriveKek, generateDataKeyBytes, newKdfParams, unwrapDataKeyBytes, wrapDataKey,
} from './crypto';
import type { NotesDb } from './db';
import { VaultError } from './errors';
import { assertAcceptablePassphrase } from './passphrase';
import type { VaultHeader } from './types';

export async function readHeader(db: NotesDb): Promise<VaultHeader | undefined> {
  return db.meta.get('vault');
}

/** DANGEROUS: returns the raw data key of the new vault (for storage.session only). */
export async function createVault(db: NotesDb, passphrase: string, confirmation: string, now: number): Promise<Uint8Array<ArrayBuffer>> {
  assertAcceptablePassphrase(passphrase, confirmation);
  if (await readHeader(db)) throw new VaultError('vault-exists', 'A vault already exists on this device');
  const kdf = newKdfParams();
  const raw = generateDataKeyBytes();
  const wrappedKey = await wrapDataKey(await deriveKek(passphrase, kdf), raw, kdf);
  try {
    // `add`, not `put`: two pages creating a vault at once must not overwrite each other's key.
    await db.meta.add({ key: 'vault', kdf, wrappedKey, createdAt: now, passphraseChangedAt: null });
  } catch (cause) {
    throw new VaultError('vault-exists', 'A vault already exists on this device', { cause });
  }
  return raw;
}

/** DANGEROUS: returns the raw data key. Wrong passphrase -> `wrong-passphrase`, nothing written. */
export async function unlockVault(db: NotesDb, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  const header = await readHeader(db);
  if (!header) throw new VaultError('no-vault', 'No vault has been created yet');
  return unwrapDataKeyBytes(await deriveKek(passphrase, header.kdf), header.wrappedKey, header.kdf);
}

/** Re-asks for the vault passphrase before PHI leaves the vault (CSV, backup): `wrong-passphrase` otherwise. */
export async function verifyPassphrase(db: NotesDb, passphrase: string): Promise<void> {
  const raw = await unlockVault(db, passphrase);
  raw.fill(0);
}

/**
 * Re-wraps the same data key under a new passphrase (new salt): no record is re-encrypted, and a
 * wrong current passphrase changes nothing.
 */
export async function changePassphrase(db: NotesDb, current: string, next: string, confirmation: string, now: number): Promise<void> {
  assertAcceptablePassphrase(next, confirmation);
  const header = await readHeader(db);
  if (!header) throw new VaultError('no-vault', 'No vault has been created yet');
  const raw = await unwrapDataKeyBytes(await deriveKek(current, header.kdf), header.wrappedKey, header.kdf);
  const kdf = newKdfParams();
  const wrappedKey = await wrapDataKey(await deriveKek(next, kdf), raw, kdf);
  raw.fill(0);
  // PBKDF2 cannot run inside an IndexedDB transaction (it would auto-commit), so check here that
  // nobody changed the header meanwhile instead of overwriting their change.
  await db.transaction('rw', db.meta, async () => {
    const latest = await db.meta.get('vault');
    if (!latest || latest.kdf.salt !== header.kdf.salt) {
      throw new VaultError('bad-input', 'The passphrase was changed elsewhere meanwhile; try again');
    }
    await db.meta.put({ ...latest, kdf, wrappedKey, passphraseChangedAt: now });
  });
}
