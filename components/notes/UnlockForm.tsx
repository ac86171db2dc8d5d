/** The lock screen of the notes: passphrase and "Unlock". A wrong passphrase says so and changes nothing. */
import { useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n';
import { errorText } from './error-text';
import { PassphraseField } from './PassphraseField';

export function UnlockForm({ onUnlock, idleMinutes }: { onUnlock(passphrase: string): Promise<void>; idleMinutes: number }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onUnlock(passphrase);
    } catch (err) {
      setError(errorText(err));
      setPassphrase('');
      setBusy(false);
    }
  }

  return (
    <form className="notes-card" onSubmit={(e) => void submit(e)} aria-labelledby="notes-locked-title">
      <h2 id="notes-locked-title">{t('notes.locked.title')}</h2>
      <p className="muted">{t('notes.locked.help', { minutes: idleMinutes })}</p>
      <PassphraseField label={t('notes.passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="current-password" autoFocus />
      {error && <p role="alert" className="notes-error">{error}</p>}
      <button type="submit" className="primary" disabled={busy || passphrase === ''}>
        {busy ? t('notes.unlocking') : t('notes.unlock')}
      </button>
    </form>
  );
}
