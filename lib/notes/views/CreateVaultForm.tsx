/** First run: choose a passphrase (typed twice), with strength guidance; too short is refused. */
import { useState, type FormEvent } from 'react';
import { t } from '@/lib/platform/i18n';
import { ActionLines } from './ActionLines';
import { PassphraseField } from './PassphraseField';
import { useAction } from './use-action';

export function CreateVaultForm({ onCreate }: { onCreate(passphrase: string, confirmation: string): Promise<void> }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const action = useAction();

  function submit(e: FormEvent) {
    e.preventDefault();
    void action.run(async () => {
      await onCreate(passphrase, confirmation);
      return null;
    });
  }

  return (
    <form className="notes-card" onSubmit={submit} aria-labelledby="notes-create-title">
      <h2 id="notes-create-title">{t('notes.create.title')}</h2>
      <p className="muted">{t('notes.create.help')}</p>
      <PassphraseField label={t('notes.passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="new-password" guidance autoFocus />
      <PassphraseField label={t('notes.create.confirm')} value={confirmation} onChange={setConfirmation} autoComplete="new-password" />
      <ActionLines status={action.status} error={action.error} />
      <button type="submit" className="primary" disabled={action.busy}>{action.busy ? t('notes.create.working') : t('notes.create.submit')}</button>
    </form>
  );
}
