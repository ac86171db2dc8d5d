/**
 * Errors the vault raises on purpose. Each carries a `code` so the UI can show a translated
 * message (`notes.error.<code>`) without matching on English text.
 */
export type VaultErrorCode =
  | 'wrong-passphrase'
  | 'tampered'
  | 'locked'
  | 'no-vault'
  | 'vault-exists'
  | 'passphrase-too-short'
  | 'passphrase-mismatch'
  | 'passphrase-weak'
  | 'bad-backup'
  | 'bad-input';

export class VaultError extends Error {
  readonly code: VaultErrorCode;
  constructor(code: VaultErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VaultError';
    this.code = code;
  }
}

/** A record whose ciphertext, IV or binding (table, id, version) was changed outside the vault. */
export class TamperedRecordError extends VaultError {
  readonly table: string;
  readonly id: string;
  constructor(table: string, id: string, cause?: unknown) {
    super('tampered', `Record ${table}/${id} failed its integrity check and was not opened`, { cause });
    this.name = 'TamperedRecordError';
    this.table = table;
    this.id = id;
  }
}

export function isVaultError(error: unknown, code?: VaultErrorCode): error is VaultError {
  return error instanceof VaultError && (code === undefined || error.code === code);
}
