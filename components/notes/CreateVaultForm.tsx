/** First run: choose a passphrase (typed twice), with strength guidance; too short is refused. */
import { useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n';
import { errorText } from './error-text';
import { PassphraseField } from './PassphraseField';

export function CreateVaultForm({ onCreate }: { onCreate(passphrase: string, confirmation: string): Promise<void> }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onCreate(passphrase, confirmation);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  }

  return (
    <form className="notes-card" onSubmit={(e) => void submit(e)} aria-labelledby="notes-create-title">
      <h2 id="notes-create-title">{t('notes.create.title')}</h2>
      <p className="muted">{t('notes.create.help')}</p>
      <PassphraseField label={t('notes.passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="new-password" guidance autoFocus />
      <PassphraseField label={t('notes.create.confirm')} value={confirmation} onChange={setConfirmation} autoComplete="new-password" />
      {error && <p role="alert" className="notes-error">{error}</p>}
      <button type="submit" className="primary" disabled={busy}>{busy ? t('notes.create.working') : t('notes.create.submit')}</button>
    </form>
  );
}
