/**
 * The vault's only cryptography, on WebCrypto (no library, nothing hand-rolled).
 *
 * Key hierarchy, as in password-manager vaults (Bitwarden / 1Password white papers):
 *   passphrase --PBKDF2-HMAC-SHA256, >= 600,000 iterations, random 16-byte salt--> KEK
 *   KEK --AES-256-GCM--> wrapped data key (a random 256-bit key, stored in IndexedDB)
 *   data key --HKDF-SHA256--> record key (AES-256-GCM) + claim-ref key (HMAC-SHA256)
 * HKDF keeps the two uses apart, so an HMAC output can never help an attack on the cipher.
 *
 * Iterations: OWASP Password Storage Cheat Sheet (2023) recommends 600,000 for PBKDF2-HMAC-SHA256.
 * AES-GCM: NIST SP 800-38D; a fresh random 96-bit IV per encryption (Section 8.2.2), which is safe
 * far beyond the number of records a practice writes (the limit is 2^32 encryptions per key).
 *
 * Functions that return raw key bytes are marked DANGEROUS: their result must only reach
 * `importDataKeys`, `wrapDataKey` or storage.session, never a log, a message to a content script
 * or storage.local.
 */
import { fromBase64, fromUtf8, randomBytes, toBase64, toHex, utf8 } from './encoding';
import { TamperedRecordError, VaultError } from './errors';

export const PBKDF2_ITERATIONS = 600_000;
/** Anything weaker found in a vault header or backup file is refused, not silently accepted. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const DATA_KEY_BYTES = 32;

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
}

/** An AES-GCM ciphertext with its IV. The GCM tag is the last 16 bytes of `ct`. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  ct: Uint8Array<ArrayBuffer>;
}

/** What a record's ciphertext is bound to: moving or re-labelling it breaks decryption. */
export interface RecordBinding {
  table: string;
  id: string;
  schemaVersion: number;
}

/** The working keys of an unlocked vault. Both non-extractable. */
export interface DataKeys {
  record: CryptoKey;
  claimRef: CryptoKey;
}

export function newKdfParams(iterations = PBKDF2_ITERATIONS): KdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(randomBytes(SALT_BYTES)) };
}

function checkKdfParams(params: KdfParams): void {
  if (params.name !== 'PBKDF2' || params.hash !== 'SHA-256') {
    throw new VaultError('bad-input', `Unsupported key derivation ${params.name}/${params.hash}`);
  }
  if (!Number.isInteger(params.iterations) || params.iterations < MIN_PBKDF2_ITERATIONS) {
    throw new VaultError('bad-input', `Key derivation needs at least ${MIN_PBKDF2_ITERATIONS} iterations, got ${params.iterations}`);
  }
}

/** Passphrase -> key-encryption key (non-extractable AES-256-GCM). Slow on purpose. */
export async function deriveKek(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  checkKdfParams(params);
  // NFC so the same passphrase typed on macOS and Windows keyboards derives the same key.
  const material = await subtle().importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(params.salt), iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** DANGEROUS: returns raw key material. A fresh random 256-bit data key. */
export function generateDataKeyBytes(): Uint8Array<ArrayBuffer> {
  return randomBytes(DATA_KEY_BYTES);
}

/** Wraps the data key under the KEK; the KDF parameters are authenticated so nobody can lower them. */
export async function wrapDataKey(kek: CryptoKey, rawDataKey: Uint8Array<ArrayBuffer>, params: KdfParams): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: wrapAad(params) }, kek, rawDataKey);
  return { iv, ct: new Uint8Array(ct) };
}

/**
 * DANGEROUS: returns raw key material. Unwraps the data key; a wrong passphrase (or a changed salt
 * or iteration count) fails the GCM tag and becomes a `wrong-passphrase` error.
 */
export async function unwrapDataKeyBytes(kek: CryptoKey, wrapped: Sealed, params: KdfParams): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const raw = await subtle().decrypt({ name: 'AES-GCM', iv: wrapped.iv, additionalData: wrapAad(params) }, kek, wrapped.ct);
    return new Uint8Array(raw);
  } catch (cause) {
    throw new VaultError('wrong-passphrase', 'The passphrase is not correct', { cause });
  }
}

function wrapAad(params: KdfParams): Uint8Array<ArrayBuffer> {
  return utf8(`remit-ranger|data-key|${params.name}|${params.hash}|${params.iterations}|${params.salt}`);
}

function hkdf(info: string): HkdfParams {
  // RFC 5869: a zero salt is fine when the input key is already uniformly random.
  return { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: utf8(info) };
}

/** Raw data key -> the non-extractable working keys kept in memory while unlocked. */
export async function importDataKeys(rawDataKey: Uint8Array<ArrayBuffer>): Promise<DataKeys> {
  if (rawDataKey.length !== DATA_KEY_BYTES) throw new VaultError('bad-input', 'A data key is 32 bytes');
  const base = await subtle().importKey('raw', rawDataKey, 'HKDF', false, ['deriveKey']);
  const [record, claimRef] = await Promise.all([
    subtle().deriveKey(hkdf('remit-ranger notes record v1'), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    subtle().deriveKey(hkdf('remit-ranger notes claim-ref v1'), base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
  ]);
  return { record, claimRef };
}

function bindingAad(binding: RecordBinding): Uint8Array<ArrayBuffer> {
  if (binding.table.includes('|') || binding.id.includes('|')) {
    throw new VaultError('bad-input', 'Table and record id may not contain "|"');
  }
  return utf8(`${binding.table}|${binding.id}|${binding.schemaVersion}`);
}

/** Encrypts a JSON-serialisable value for one record (fresh IV, AAD `table|id|schema-version`). */
export async function encryptRecord(keys: DataKeys, binding: RecordBinding, value: unknown): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: bindingAad(binding) },
    keys.record,
    utf8(JSON.stringify(value)),
  );
  return { iv, ct: new Uint8Array(ct) };
}

/** Decrypts one record; any change to it or to its binding throws `TamperedRecordError`. */
export async function decryptRecord<T>(keys: DataKeys, binding: RecordBinding, sealed: Sealed): Promise<T> {
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: bindingAad(binding) }, keys.record, sealed.ct);
  } catch (cause) {
    throw new TamperedRecordError(binding.table, binding.id, cause);
  }
  // One shared decoder (encoding.ts): at 100,000 notes a decoder per record shows in the profile.
  return JSON.parse(fromUtf8(new Uint8Array(plain))) as T;
}

/**
 * Keyed claim reference: lets IndexedDB find a claim's notes without holding the claim number.
 * A plain hash would not do: claim numbers are short and guessable, so it could be brute-forced.
 */
export async function hmacClaimRef(keys: DataKeys, normalizedClaimRef: string): Promise<string> {
  const mac = await subtle().sign('HMAC', keys.claimRef, utf8(normalizedClaimRef));
  return toHex(new Uint8Array(mac));
}

/** Password-only encryption for the backup file: its own salt, same KDF strength as the vault. */
export async function sealWithPassphrase(passphrase: string, params: KdfParams, aad: string, plaintext: string): Promise<Sealed> {
  const key = await deriveKek(passphrase, params);
  const iv = randomBytes(IV_BYTES);
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: utf8(aad) }, key, utf8(plaintext));
  return { iv, ct: new Uint8Array(ct) };
}

export async function openWithPassphrase(passphrase: string, params: KdfParams, aad: string, sealed: Sealed): Promise<string> {
  const key = await deriveKek(passphrase, params);
  try {
    const plain = await subtle().decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: utf8(aad) }, key, sealed.ct);
    return new TextDecoder().decode(plain);
  } catch (cause) {
    // GCM cannot tell a wrong passphrase from a damaged file; the message says both.
    throw new VaultError('wrong-passphrase', 'Wrong passphrase, or the backup file is damaged', { cause });
  }
}
