/**
 * Import of one official X12 list (CARC or RARC) from the user's licensed CSV: current status, the
 * file picker, the outcome (count, or every line error), and removal with a confirmation.
 */
import { useFileImport, type ChosenFile } from '@/lib/platform/views/use-file-import';
import type { X12ImportMeta, X12List } from '@/lib/denials/x12-import';
import { formatDate, t } from '@/lib/platform/i18n';
import type { OfficialListOutcome } from '@/lib/denials/storage';
import { x12ErrorText } from './x12-errors';

/** The importer stops listing after this many errors (MAX_ERRORS in lib/denials/x12-import.ts). */
export const IMPORTER_MAX_ERRORS = 20;

export type { ChosenFile } from '@/lib/platform/views/use-file-import';

function Outcome({ outcome, list, maxMb }: { outcome: OfficialListOutcome; list: X12List; maxMb: number }) {
  if (outcome.ok) return <p role="status">{t('claimsSettings.x12.imported', { count: outcome.meta.count, file: outcome.meta.fileName })}</p>;
  if (outcome.reason === 'too-big') {
    return <p role="alert">{t('claimsSettings.x12.tooBig', { file: outcome.fileName, size: (outcome.bytes / 1e6).toFixed(1), max: maxMb })}</p>;
  }
  if (outcome.reason === 'save-failed') return <p role="alert">{t('claimsSettings.x12.saveFailed', { error: outcome.error })}</p>;
  return (
    <div role="alert">
      <p>{t('claimsSettings.x12.rejected', { file: outcome.fileName })}</p>
      <ul>{outcome.errors.map((e, i) => <li key={i}>{x12ErrorText(e, list)}</li>)}</ul>
      {outcome.errors.length >= IMPORTER_MAX_ERRORS && <p>{t('claimsSettings.x12.moreErrors', { max: outcome.errors.length })}</p>}
    </div>
  );
}

export function OfficialListImport({ list, info, maxMb, onImport, onRemove }: {
  list: X12List;
  /** What is imported now, or null. */
  info: X12ImportMeta | null;
  /** Largest file accepted, for the "too big" message. */
  maxMb: number;
  onImport(file: ChosenFile): Promise<OfficialListOutcome>;
  onRemove(): Promise<void>;
}) {
  const { busy, outcome, confirming, setConfirming, removed, failure, onFile, remove } = useFileImport(onImport, onRemove);

  const removeLabel = t(`claimsSettings.x12.${list}.remove`);
  return (
    <div className="cs-x12" role="group" aria-label={t(`claimsSettings.x12.${list}.title`)}>
      <h4>{t(`claimsSettings.x12.${list}.title`)}</h4>
      <p>{info ? t('claimsSettings.x12.current', { count: info.count, file: info.fileName, date: formatDate(info.importedAt.slice(0, 10)) }) : t('claimsSettings.x12.none')}</p>
      <p>
        <label>
          <span>{t(`claimsSettings.x12.${list}.import`)}</span>{' '}
          <input type="file" accept=".csv,.txt,text/csv,text/plain" disabled={busy != null} onChange={(e) => void onFile(e)} />
        </label>
      </p>
      {busy && <p role="status">{t('claimsSettings.x12.reading', { file: busy })}</p>}
      {outcome && <Outcome outcome={outcome} list={list} maxMb={maxMb} />}
      {failure && <p role="alert">{failure}</p>}
      {info && !confirming && <button type="button" aria-label={removeLabel} onClick={() => setConfirming(true)}>{t('claimsSettings.x12.remove')}</button>}
      {info && confirming && (
        <div role="group" aria-label={removeLabel}>
          <p>{t('claimsSettings.x12.removeConfirm', { count: info.count })}</p>
          <button type="button" className="primary" onClick={() => void remove()}>{t('claimsSettings.x12.removeYes')}</button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>{t('claimsSettings.x12.removeNo')}</button>
        </div>
      )}
      {removed && <p role="status">{t('claimsSettings.x12.removed')}</p>}
    </div>
  );
}
