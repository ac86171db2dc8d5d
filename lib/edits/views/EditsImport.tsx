/**
 * Options: import the user's CMS NCCI files (several at once: zips, .txt, .csv), with a progress
 * bar and Cancel, the errors with their lines when a file is refused (nothing is imported then),
 * and the coverage of what is stored: table, file, quarter, dates of service, rows, size, Remove.
 * Props in, callbacks out: the section wires it to lib/edits/local.ts.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { formatDate, t } from '@/lib/platform/i18n';
import { errorMessage } from '@/lib/platform/errors';
import { fileSource, type EditsSource, type ImportOptions, type ImportProgress } from '@/lib/edits/import';
import type { EditsImportOutcome } from '@/lib/edits/local';
import type { EditsError } from '@/lib/edits/parse';
import type { EditFileMeta } from '@/lib/edits/tables';
import { ColumnHeads } from '@/lib/platform/views/ColumnHeads';

export interface EditsImportProps {
  files: readonly EditFileMeta[] | null;
  onImport(sources: EditsSource[], options: ImportOptions): Promise<EditsImportOutcome>;
  onRemove(id: string): Promise<void>;
}

export function errorText(e: EditsError): string {
  const message = t(`edits.error.${e.kind}`, e.params);
  return e.line == null ? t('edits.fileError', { file: e.file, message }) : t('edits.lineError', { line: e.line, file: e.file, message });
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
/** Stored size: kB for the small tables (MUE, AOC), MB for PTP. */
const size = (bytes: number) => (bytes < 1e5 ? `${Math.max(1, Math.round(bytes / 1e3))} kB` : `${mb(bytes)} MB`);

function kindLabel(m: EditFileMeta): string {
  return t(`edits.kind.${m.kind}`, { setting: t(`edits.table.${m.setting}`) }) + (m.part ? ` ${m.part}` : '');
}

export function EditsImport({ files, onImport, onRemove }: EditsImportProps) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<EditsImportOutcome | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  async function onFiles(e: ChangeEvent<HTMLInputElement>): Promise<void> {
    const input = e.currentTarget;
    const chosen = [...(input.files ?? [])];
    if (chosen.length === 0) return;
    const abort = new AbortController();
    controller.current = abort;
    setBusy(true);
    setOutcome(null);
    setMessage(null);
    setProgress(null);
    let last = 0;
    try {
      const result = await onImport(chosen.map(fileSource), {
        signal: abort.signal,
        // A render per chunk would slow the import down: at most ten updates a second.
        onProgress: (p) => { const now = Date.now(); if (now - last > 100 || p.bytesDone === p.bytesTotal) { last = now; setProgress(p); } },
      });
      setOutcome(result);
    } catch (err) {
      setMessage(errorMessage(err));
    } finally {
      setBusy(false);
      setProgress(null);
      controller.current = null;
      input.value = '';
    }
  }

  async function remove(m: EditFileMeta): Promise<void> {
    setOutcome(null);
    try {
      await onRemove(m.id);
      setMessage(t('edits.removed', { file: m.fileName }));
    } catch (err) {
      setMessage(errorMessage(err));
    }
  }

  return (
    <div>
      <p>{t('edits.intro')}</p>
      <p>
        <label>
          {t('edits.choose')}{' '}
          <input type="file" multiple accept=".zip,.txt,.csv,.tsv,application/zip,text/plain,text/csv" disabled={busy} onChange={(e) => void onFiles(e)} />
        </label>
      </p>
      {busy && (
        <div role="status">
          <progress max={progress?.bytesTotal || 1} value={progress?.bytesDone ?? 0} style={{ width: '100%' }} />
          <p>{progress
            ? (progress.bytesDone >= progress.bytesTotal ? t('edits.saving') : t('edits.reading', { file: progress.file, done: mb(progress.bytesDone), total: mb(progress.bytesTotal), records: progress.records.toLocaleString() }))
            : t('edits.saving')}</p>
          <button type="button" onClick={() => controller.current?.abort()}>{t('edits.cancel')}</button>
        </div>
      )}
      {outcome?.ok && <p role="status">{t('edits.imported', { count: outcome.files.length, rows: outcome.files.reduce((n, f) => n + f.rows, 0).toLocaleString() })}</p>}
      {outcome && !outcome.ok && outcome.cancelled && <p role="status">{t('edits.cancelled')}</p>}
      {outcome && !outcome.ok && !outcome.cancelled && (
        <div role="alert">
          <p>{t('edits.rejected')}</p>
          <ul>{outcome.errors.map((e, i) => <li key={i}>{errorText(e)}</li>)}</ul>
        </div>
      )}
      {message && <p role="status">{message}</p>}
      {files && files.length === 0 && <p className="muted">{t('edits.none')}</p>}
      {files && files.length > 0 && (
        <table aria-label={t('edits.title')} style={{ borderCollapse: 'collapse', width: '100%', fontSize: '0.85rem' }}>
          <ColumnHeads alignLeft columns={[t('edits.col.table'), t('edits.col.file'), t('edits.col.quarter'), t('edits.col.covers'), t('edits.col.rows'), t('edits.col.size'), <span key="remove" className="visually-hidden">{t('edits.remove')}</span>]} />
          <tbody>
            {files.map((m) => (
              <tr key={m.id} style={{ borderTop: '1px solid var(--border)' }}>
                <td>{kindLabel(m)}</td>
                <td>{m.fileName}{m.version ? ` (v${m.version})` : ''}</td>
                <td>{m.quarter}</td>
                <td>{t('edits.covers', { from: formatDate(m.coversFrom), to: formatDate(m.coversTo) })}</td>
                <td>{m.rows.toLocaleString()}</td>
                <td>{size(m.storedBytes)}</td>
                <td><button type="button" aria-label={t('edits.removeLabel', { file: m.fileName })} disabled={busy} onClick={() => void remove(m)}>{t('edits.remove')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
