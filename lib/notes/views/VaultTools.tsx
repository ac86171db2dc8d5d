/**
 * Backup, export and passphrase change, folded away under one disclosure. The plain CSV export is
 * PHI in clear, so it needs a second, explicit confirmation after a warning.
 */
import { useId, useState, type FormEvent } from 'react';
import { t } from '@/lib/platform/i18n';
import type { NotesService } from '@/lib/notes/service';
import { checkBackupFileSize } from '@/lib/notes/backup';
import { ActionLines } from './ActionLines';
import { isLockedError } from './error-text';
import { useAction } from './use-action';
import { PassphraseField } from './PassphraseField';
import type { DownloadFile } from '@/lib/platform/download';

interface Props {
  service: NotesService;
  today: string;
  onDownload(file: DownloadFile): void;
  onChanged(): void;
  onError(error: unknown): void;
}

/** Errors show beside the form; only "locked" goes up, so the tab can show the lock screen. */
function lockedOnly(onError: (error: unknown) => void) {
  return (error: unknown) => {
    if (isLockedError(error)) onError(error);
  };
}

function ExportBackup({ service, today, onDownload, onError }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [vaultPassphrase, setVaultPassphrase] = useState('');
  const action = useAction(lockedOnly(onError));
  function submit(e: FormEvent) {
    e.preventDefault();
    void action.run(async () => {
      const result = await service.exportBackup(passphrase, confirmation, vaultPassphrase);
      onDownload({ name: `remit-ranger-notes-${today}.rrbackup.json`, type: 'application/json', text: result.file });
      setPassphrase('');
      setConfirmation('');
      setVaultPassphrase('');
      const done = t('notes.backup.exported', { notes: result.counts.notes, items: result.counts.items });
      return result.skipped ? `${done} ${t('notes.backup.skipped', { count: result.skipped })}` : done;
    });
  }
  return (
    <form onSubmit={submit} aria-label={t('notes.backup.exportTitle')}>
      <h4>{t('notes.backup.exportTitle')}</h4>
      <p className="muted">{t('notes.backup.help')}</p>
      <PassphraseField label={t('notes.backup.passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="new-password" guidance />
      <PassphraseField label={t('notes.backup.confirm')} value={confirmation} onChange={setConfirmation} autoComplete="new-password" />
      <PassphraseField label={t('notes.reauth.passphrase')} value={vaultPassphrase} onChange={setVaultPassphrase} autoComplete="current-password" />
      <ActionLines status={action.status} error={action.error} />
      <button type="submit" disabled={action.busy}>{t('notes.backup.export')}</button>
    </form>
  );
}

function ImportBackup({ service, onChanged, onError }: Props) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const action = useAction(lockedOnly(onError));
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    void action.run(async () => {
      // Refused before reading: a wrong multi-gigabyte file would otherwise be loaded into memory.
      checkBackupFileSize(file.size);
      const s = await service.importBackup(await file.text(), passphrase);
      setPassphrase('');
      onChanged();
      return t('notes.backup.imported', {
        added: s.notesAdded, updated: s.notesUpdated, revisions: s.revisionsAdded, items: s.itemsAdded + s.itemsUpdated, unchanged: s.unchanged,
      });
    });
  }
  return (
    <form onSubmit={submit} aria-label={t('notes.backup.importTitle')}>
      <h4>{t('notes.backup.importTitle')}</h4>
      <div className="notes-field">
        <label htmlFor={`${id}-file`}>{t('notes.backup.file')}</label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <PassphraseField label={t('notes.backup.passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="current-password" />
      <ActionLines status={action.status} error={action.error} />
      <button type="submit" disabled={action.busy || !file}>{t('notes.backup.import')}</button>
    </form>
  );
}

function ExportCsv({ service, today, onDownload, onError }: Props) {
  const [asking, setAsking] = useState(false);
  const [vaultPassphrase, setVaultPassphrase] = useState('');
  const action = useAction(lockedOnly(onError));
  function confirm(e: FormEvent) {
    e.preventDefault();
    void action.run(async () => {
      const text = await service.exportCsv(vaultPassphrase);
      setAsking(false);
      setVaultPassphrase('');
      onDownload({ name: `remit-ranger-notes-${today}.csv`, type: 'text/csv', text });
      return t('notes.csv.done');
    });
  }
  return (
    <div>
      <h4>{t('notes.csv.title')}</h4>
      {asking ? (
        <form role="alertdialog" aria-label={t('notes.csv.title')} aria-describedby="notes-csv-warning" onSubmit={confirm}>
          <p id="notes-csv-warning" className="notes-warning">{t('notes.csv.warning')}</p>
          <PassphraseField label={t('notes.reauth.passphrase')} value={vaultPassphrase} onChange={setVaultPassphrase} autoComplete="current-password" />
          <button type="submit" disabled={action.busy || !vaultPassphrase}>{t('notes.csv.confirm')}</button>{' '}
          <button type="button" className="primary" autoFocus onClick={() => { setAsking(false); setVaultPassphrase(''); }}>{t('notes.csv.cancel')}</button>
        </form>
      ) : (
        <button type="button" disabled={action.busy} onClick={() => setAsking(true)}>{t('notes.csv.export')}</button>
      )}
      <ActionLines status={action.status} error={action.error} />
    </div>
  );
}

function ChangePassphrase({ service, onError }: Props) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const action = useAction(lockedOnly(onError));
  function submit(e: FormEvent) {
    e.preventDefault();
    void action.run(async () => {
      await service.changePassphrase(current, next, confirmation);
      setCurrent('');
      setNext('');
      setConfirmation('');
      return t('notes.change.done');
    });
  }
  return (
    <form onSubmit={submit} aria-label={t('notes.change.title')}>
      <h4>{t('notes.change.title')}</h4>
      <PassphraseField label={t('notes.change.current')} value={current} onChange={setCurrent} autoComplete="current-password" />
      <PassphraseField label={t('notes.change.next')} value={next} onChange={setNext} autoComplete="new-password" guidance />
      <PassphraseField label={t('notes.change.confirm')} value={confirmation} onChange={setConfirmation} autoComplete="new-password" />
      <ActionLines status={action.status} error={action.error} />
      <button type="submit" disabled={action.busy}>{t('notes.change.submit')}</button>
    </form>
  );
}

function RotateKey({ service, onChanged, onError }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const action = useAction(lockedOnly(onError));
  function submit(e: FormEvent) {
    e.preventDefault();
    void action.run(async () => {
      const s = await service.rotateKey(passphrase);
      setPassphrase('');
      onChanged();
      return t('notes.rotate.done', { notes: s.notes, revisions: s.revisions, items: s.items });
    });
  }
  return (
    <form onSubmit={submit} aria-label={t('notes.rotate.title')}>
      <h4>{t('notes.rotate.title')}</h4>
      <p className="muted">{t('notes.rotate.help')}</p>
      <PassphraseField label={t('notes.change.current')} value={passphrase} onChange={setPassphrase} autoComplete="current-password" />
      <ActionLines status={action.status} error={action.error} />
      <button type="submit" disabled={action.busy || !passphrase}>{t('notes.rotate.submit')}</button>
    </form>
  );
}

export function VaultTools(props: Props) {
  return (
    <details className="notes-card">
      <summary>{t('notes.tools.title')}</summary>
      <ExportBackup {...props} />
      <ImportBackup {...props} />
      <ExportCsv {...props} />
      <ChangePassphrase {...props} />
      <RotateKey {...props} />
    </details>
  );
}
