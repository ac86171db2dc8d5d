/** The lock screen of the notes: passphrase and "Unlock". A wrong passphrase says so and changes nothing. */
import { useState, type FormEvent } from 'react';
import { t } from '@/lib/platform/i18n';
import { ActionLines } from './ActionLines';
import { PassphraseField } from './PassphraseField';
import { useAction } from './use-action';

/**
 * `autoFocus` (default on) is for pages whose first job is unlocking (the side panel's notes); the
 * popup's first job is lookup and the options page opens at its top, so they pass false.
 */
export function UnlockForm({ onUnlock, idleMinutes, autoFocus = true }: { onUnlock(passphrase: string): Promise<void>; idleMinutes: number; autoFocus?: boolean }) {
  const [passphrase, setPassphrase] = useState('');
  // A failed attempt clears the field, so the next try starts clean.
  const action = useAction(() => setPassphrase(''));

  function submit(e: FormEvent) {
    e.preventDefault();
    void action.run(async () => {
      await onUnlock(passphrase);
      return null;
    });
  }

  return (
    <form className="notes-card" onSubmit={submit} aria-labelledby="notes-locked-title">
      <h2 id="notes-locked-title">{t('notes.locked.title')}</h2>
      <p className="muted">{t('notes.locked.help', { minutes: idleMinutes })}</p>
      <PassphraseField label={t('notes.passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="current-password" autoFocus={autoFocus} />
      <ActionLines status={action.status} error={action.error} />
      <button type="submit" className="primary" disabled={action.busy || passphrase === ''}>
        {action.busy ? t('notes.unlocking') : t('notes.unlock')}
      </button>
    </form>
  );
}
