/** Turns what the vault throws into a translated sentence for the user. */
import { t } from '@/lib/platform/i18n';
import { VaultError } from '@/lib/notes/errors';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/notes/passphrase';
import { errorMessage } from '@/lib/platform/errors';

export function errorText(error: unknown): string {
  if (error instanceof VaultError) return t(`notes.error.${error.code}`, { message: error.message, min: MIN_PASSPHRASE_LENGTH });
  return t('notes.error.unknown', { message: errorMessage(error) });
}

export function isLockedError(error: unknown): boolean {
  return error instanceof VaultError && error.code === 'locked';
}
