import { describe, expect, it } from 'vitest';
import {
  decryptRecord, deriveKek, encryptRecord, generateDataKeyBytes, hmacClaimRef, importDataKeys, newKdfParams,
  PBKDF2_ITERATIONS, unwrapDataKeyBytes, wrapDataKey, type RecordBinding,
} from './crypto';
import { toHex } from './encoding';
import { isVaultError, TamperedRecordError } from './errors';

const binding: RecordBinding = { table: 'notes', id: 'a1b2c3d4-0000-4000-8000-000000000001', schemaVersion: 1 };

describe('record encryption', () => {
  it('uses a fresh 96-bit IV for every record, even for identical plaintext', async () => {
    const keys = await importDataKeys(generateDataKeyBytes());
    const sealed = await Promise.all(Array.from({ length: 500 }, () => encryptRecord(keys, binding, { text: 'same' })));
    expect(sealed.every((s) => s.iv.length === 12)).toBe(true);
    expect(new Set(sealed.map((s) => toHex(s.iv))).size).toBe(500);
    expect(new Set(sealed.map((s) => toHex(s.ct))).size).toBe(500);
  });

  it('round-trips a record', async () => {
    const keys = await importDataKeys(generateDataKeyBytes());
    const value = { text: 'Réf. appel 123 — rappeler', n: 3, nested: [1, null] };
    expect(await decryptRecord(keys, binding, await encryptRecord(keys, binding, value))).toEqual(value);
  });

  it('detects a changed byte in the ciphertext, the tag or the IV', async () => {
    const keys = await importDataKeys(generateDataKeyBytes());
    const sealed = await encryptRecord(keys, binding, { text: 'hello' });
    for (const [field, index] of [['ct', 0], ['ct', sealed.ct.length - 1], ['iv', 5]] as const) {
      const copy = { iv: sealed.iv.slice(), ct: sealed.ct.slice() };
      copy[field][index]! ^= 0x01;
      await expect(decryptRecord(keys, binding, copy)).rejects.toBeInstanceOf(TamperedRecordError);
    }
  });

  it('binds the ciphertext to its table, id and schema version (AAD)', async () => {
    const keys = await importDataKeys(generateDataKeyBytes());
    const sealed = await encryptRecord(keys, binding, { text: 'hello' });
    for (const moved of [{ ...binding, table: 'drafts' }, { ...binding, id: 'other-id-0001' }, { ...binding, schemaVersion: 2 }]) {
      const error = await decryptRecord(keys, moved, sealed).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TamperedRecordError);
      expect((error as TamperedRecordError).table).toBe(moved.table);
    }
  });

  it('does not open a record with another vault key', async () => {
    const a = await importDataKeys(generateDataKeyBytes());
    const b = await importDataKeys(generateDataKeyBytes());
    await expect(decryptRecord(b, binding, await encryptRecord(a, binding, 1))).rejects.toBeInstanceOf(TamperedRecordError);
  });

  it('keeps working keys non-extractable', async () => {
    const keys = await importDataKeys(generateDataKeyBytes());
    expect(keys.record.extractable).toBe(false);
    expect(keys.claimRef.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', keys.record)).rejects.toThrow();
  });
});

describe('data key wrapping', () => {
  it('uses at least 600,000 PBKDF2 iterations and a random salt', () => {
    const a = newKdfParams();
    expect(a.iterations).toBeGreaterThanOrEqual(600_000);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(a.salt).not.toBe(newKdfParams().salt);
  });

  it('unwraps with the right passphrase only', async () => {
    const kdf = newKdfParams();
    const raw = generateDataKeyBytes();
    const wrapped = await wrapDataKey(await deriveKek('correct horse battery', kdf), raw, kdf);
    expect(toHex(await unwrapDataKeyBytes(await deriveKek('correct horse battery', kdf), wrapped, kdf))).toBe(toHex(raw));
    const error = await unwrapDataKeyBytes(await deriveKek('correct horse batterY', kdf), wrapped, kdf).catch((e: unknown) => e);
    expect(isVaultError(error, 'wrong-passphrase')).toBe(true);
  });

  it('refuses a header whose iteration count was lowered', async () => {
    const kdf = newKdfParams();
    await expect(deriveKek('correct horse battery', { ...kdf, iterations: 1000 })).rejects.toThrow(/600000 iterations/);
  });

  it('authenticates the KDF parameters with the wrapped key', async () => {
    const kdf = newKdfParams();
    const kek = await deriveKek('correct horse battery', kdf);
    const wrapped = await wrapDataKey(kek, generateDataKeyBytes(), kdf);
    const raised = { ...kdf, iterations: kdf.iterations + 1 };
    await expect(unwrapDataKeyBytes(kek, wrapped, raised)).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });

  it('re-wraps the same data key under a new passphrase', async () => {
    const raw = generateDataKeyBytes();
    const keys = await importDataKeys(raw);
    const sealed = await encryptRecord(keys, binding, { text: 'kept' });
    const kdf2 = newKdfParams();
    const rewrapped = await wrapDataKey(await deriveKek('a brand new passphrase', kdf2), raw, kdf2);
    const back = await unwrapDataKeyBytes(await deriveKek('a brand new passphrase', kdf2), rewrapped, kdf2);
    expect(await decryptRecord(await importDataKeys(back), binding, sealed)).toEqual({ text: 'kept' });
  });
});

describe('claim reference HMAC', () => {
  it('is stable under one key, different under another, and does not contain the number', async () => {
    const raw = generateDataKeyBytes();
    const a1 = await hmacClaimRef(await importDataKeys(raw), '224123456789');
    const a2 = await hmacClaimRef(await importDataKeys(raw), '224123456789');
    const b = await hmacClaimRef(await importDataKeys(generateDataKeyBytes()), '224123456789');
    expect(a1).toBe(a2);
    expect(a1).not.toBe(b);
    expect(a1).toMatch(/^[0-9a-f]{64}$/);
    expect(a1).not.toContain('224123456789');
  });
});
