/**
 * Passphrase policy and strength guidance. NIST SP 800-63B (5.1.1.2) favours length over
 * composition rules, so the only hard rule is a minimum length; the rest is advice.
 */
import { VaultError } from './errors';

export const MIN_PASSPHRASE_LENGTH = 10;

export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

/** Guidance shown while typing; `strength` maps to `notes.strength.<value>` in the catalog. */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(passphrase)).length;
  const words = passphrase.trim().split(/\s+/).length;
  const distinct = new Set(passphrase.toLowerCase()).size;
  // A long repeated character ("aaaaaaaaaaaa") or a keyboard run is weak whatever its length.
  if (distinct < 5) return 'weak';
  if (length >= 20 || (length >= 16 && (words >= 4 || classes >= 3))) return 'strong';
  if (length >= 14 || classes >= 3 || words >= 3) return 'fair';
  return 'weak';
}

/**
 * A backup file leaves the device (a USB stick, a shared drive, an e-mail): anyone who gets it can
 * try passphrases offline at GPU speed, with no lock-out. So only a passphrase rated strong is
 * accepted, typed twice (a typo would make the backup unrecoverable).
 */
export function assertBackupPassphrase(passphrase: string, confirmation: string): void {
  assertAcceptablePassphrase(passphrase, confirmation);
  if (passphraseStrength(passphrase) !== 'strong') {
    throw new VaultError('passphrase-weak', 'A backup needs a strong passphrase: 20 characters or more, or 16 with four words or mixed character kinds');
  }
}

/** Throws a clear error for a passphrase the vault refuses. */
export function assertAcceptablePassphrase(passphrase: string, confirmation?: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new VaultError('passphrase-too-short', `The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters`);
  }
  if (confirmation !== undefined && confirmation !== passphrase) {
    throw new VaultError('passphrase-mismatch', 'The two passphrases are not the same');
  }
}
