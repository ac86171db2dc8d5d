/**
 * Options → Code data → "Newer official releases": import the zip (or text/XML file) downloaded
 * from CMS or CDC, see which release answers which dates of service (coverage), what each imported
 * release changed, and remove one. The file is read in a Web Worker with a progress bar and a
 * cancel button; nothing is stored unless the whole file is read.
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { formatDate, t } from '@/lib/platform/i18n';
import type { CodeTablesImpl } from '@/lib/codes/tables';
import type { ImportProgress, ImportedMeta, ReleaseError } from '@/lib/codes/releases/model';
import type { CoverageRow, ReleaseChanges } from '@/lib/codes/releases/timeline';
import type { ReleaseImportJob, ReleaseImportOutcome } from '@/lib/codes/releases/browser';
import { displayCode } from '@/lib/codes/normalize';
import { ColumnHeads } from '@/lib/platform/views/ColumnHeads';

export interface ImportedReleasesDeps {
  /** The shared tables of this page with imported releases applied; `subscribe` tells of changes. */
  tables(): Promise<CodeTablesImpl>;
  subscribe(listener: () => void): () => void;
  list(): Promise<{ metas: ImportedMeta[]; sizes: Record<string, number> }>;
  importFile(file: { name: string; size: number; bytes(): Promise<Uint8Array> }, onProgress: (p: ImportProgress) => void): ReleaseImportJob;
  remove(id: string): Promise<void>;
}

/** A bar and a cancel button appear only for work that lasts longer than this. */
const SHOW_PROGRESS_AFTER_MS = 500;

export function releaseErrorText(e: ReleaseError): string {
  const text = t(`codeData.releases.error.${e.kind}`, { ...e.params, file: e.file });
  return e.line == null ? t('codeData.releases.fileError', { file: e.file, message: text }) : t('codeData.releases.lineError', { file: e.file, line: e.line, message: text });
}

function day(iso: string | null): string {
  return iso ? formatDate(iso.slice(0, 10)) : t('codeData.releases.open');
}

function Coverage({ rows, metas }: { rows: CoverageRow[]; metas: ImportedMeta[] }) {
  return (
    <table aria-label={t('codeData.releases.coverage')} style={{ borderCollapse: 'collapse', width: '100%', fontSize: '0.85rem' }}>
      <ColumnHeads alignLeft columns={[t('codeData.col.system'), t('codeData.releases.col.dates'), t('codeData.col.release'), t('codeData.releases.col.source')]} />
      <tbody>
        {rows.map((r) => {
          const meta = metas.find((m) => m.id === r.id);
          return (
            <tr key={`${r.system}-${r.id}`} style={{ borderTop: '1px solid var(--border)' }}>
              <td>{t(`codeData.system.${r.system}`)}</td>
              <td>{t('codeData.period', { from: day(r.from), to: day(r.to) })}</td>
              <td>{r.name}</td>
              <td>{!r.imported ? t('codeData.releases.bundled') : meta?.verified ? t('codeData.releases.official', { publisher: meta.publisher ?? 'CMS/CDC' }) : t('codeData.releases.unverified')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const SHOWN = 40;

function CodeList({ label, codes, system }: { label: string; codes: string[]; system: 'icd10cm' | 'hcpcs' }) {
  if (!codes.length) return null;
  return (
    <details>
      <summary>{label}</summary>
      <p style={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>{codes.slice(0, SHOWN).map((c) => displayCode(system, c)).join(', ')}{codes.length > SHOWN ? ` … ${t('codeData.releases.more', { count: codes.length - SHOWN })}` : ''}</p>
    </details>
  );
}

function Changes({ changes, system }: { changes: ReleaseChanges; system: 'icd10cm' | 'hcpcs' }) {
  if (!changes.against) return <p className="muted">{t('codeData.releases.firstOfSystem')}</p>;
  const revised = changes.revised;
  return (
    <div>
      <p>
        {t('codeData.releases.changed', { against: changes.against, added: changes.added.length, deleted: changes.deleted.length, revised: revised ? revised.length : '?' })}
        {system === 'hcpcs' && changes.terminated.length > 0 && ` ${t('codeData.releases.terminated', { count: changes.terminated.length })}`}
      </p>
      <CodeList label={t('codeData.releases.addedList', { count: changes.added.length })} codes={changes.added} system={system} />
      <CodeList label={t('codeData.releases.deletedList', { count: changes.deleted.length })} codes={changes.deleted} system={system} />
      {system === 'hcpcs' && <CodeList label={t('codeData.releases.terminatedList', { count: changes.terminated.length })} codes={changes.terminated} system={system} />}
      {revised && revised.length > 0 && (
        <details>
          <summary>{t('codeData.releases.revisedList', { count: revised.length })}</summary>
          <ul style={{ fontSize: '0.8rem' }}>
            {revised.slice(0, SHOWN).map((r) => (
              <li key={r.code}>
                <strong>{displayCode(system, r.code)}</strong>: <del>{r.from}</del> → {r.to}
              </li>
            ))}
          </ul>
        </details>
      )}
      {!revised && <p className="muted">{t('codeData.releases.revisedUnknown')}</p>}
    </div>
  );
}

function Outcome({ outcome }: { outcome: ReleaseImportOutcome }) {
  if (outcome.ok) {
    return (
      <div role="status">
        {outcome.releases.map((m) => (
          <p key={m.id}>{t('codeData.releases.imported', { name: m.name, count: m.count.toLocaleString(), file: outcome.fileName })} {m.verified ? t('codeData.releases.official', { publisher: m.publisher ?? 'CMS/CDC' }) : t('codeData.releases.unverifiedWhy')}</p>
        ))}
      </div>
    );
  }
  if (outcome.reason === 'cancelled') return <p role="status">{t('codeData.releases.cancelled', { file: outcome.fileName })}</p>;
  if (outcome.reason === 'save-failed') return <p role="alert">{t('codeData.releases.saveFailed', { error: outcome.error })}</p>;
  return (
    <div role="alert">
      <p>{t('codeData.releases.rejected', { file: outcome.fileName })}</p>
      <p>{releaseErrorText(outcome.error)}</p>
    </div>
  );
}

export function ImportedReleases({ deps }: { deps: ImportedReleasesDeps }) {
  const [tables, setTables] = useState<CodeTablesImpl | null>(null);
  const [revision, setRevision] = useState(0);
  const [list, setList] = useState<{ metas: ImportedMeta[]; sizes: Record<string, number> }>({ metas: [], sizes: {} });
  const [busy, setBusy] = useState<{ file: string; progress: ImportProgress; visible: boolean } | null>(null);
  const [outcome, setOutcome] = useState<ReleaseImportOutcome | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const job = useRef<ReleaseImportJob | null>(null);

  const refresh = useCallback(() => {
    deps.list().then(setList, (e: unknown) => setFailure(String(e)));
    setRevision((r) => r + 1);
  }, [deps]);

  useEffect(() => {
    let alive = true;
    deps.tables().then((tb) => alive && setTables(tb), (e: unknown) => alive && setFailure(String(e)));
    deps.list().then((l) => alive && setList(l), (e: unknown) => alive && setFailure(String(e)));
    const unsubscribe = deps.subscribe(() => alive && refresh());
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [deps, refresh]);

  async function onFile(e: ChangeEvent<HTMLInputElement>): Promise<void> {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setOutcome(null);
    setFailure(null);
    setBusy({ file: file.name, progress: { fraction: 0, stage: 'hash' }, visible: false });
    const timer = setTimeout(() => setBusy((b) => b && { ...b, visible: true }), SHOW_PROGRESS_AFTER_MS);
    const started = deps.importFile({ name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) }, (progress) => setBusy((b) => b && { ...b, progress }));
    job.current = started;
    try {
      setOutcome(await started.done);
    } catch (err) {
      setFailure(String(err));
    } finally {
      clearTimeout(timer);
      job.current = null;
      setBusy(null);
      input.value = '';
      refresh();
    }
  }

  async function remove(id: string): Promise<void> {
    setConfirming(null);
    try {
      await deps.remove(id);
    } catch (err) {
      setFailure(String(err));
    }
    refresh();
  }

  const timeline = tables?.timeline;
  return (
    <div data-revision={revision}>
      <h3 style={{ fontSize: '0.9rem' }}>{t('codeData.releases.title')}</h3>
      <p>{t('codeData.releases.why')}</p>
      <p>
        <label>
          {t('codeData.releases.import')}{' '}
          <input type="file" accept=".zip,.txt,.xml,application/zip,text/plain,text/xml" disabled={busy != null} onChange={(e) => void onFile(e)} />
        </label>
      </p>
      {busy && (
        <div role="status" aria-live="polite">
          <p>{t('codeData.releases.reading', { file: busy.file, stage: t(`codeData.releases.stage.${busy.progress.stage}`) })}</p>
          {busy.visible && (
            <>
              <progress max={1} value={busy.progress.fraction} aria-label={t('codeData.releases.progress')} style={{ width: '100%' }} />{' '}
              <button type="button" onClick={() => job.current?.cancel()}>{t('codeData.releases.cancel')}</button>
            </>
          )}
        </div>
      )}
      {outcome && <Outcome outcome={outcome} />}
      {failure && <p role="alert">{failure}</p>}
      {timeline && (
        <>
          <h4 style={{ fontSize: '0.85rem' }}>{t('codeData.releases.coverage')}</h4>
          <Coverage rows={timeline.coverage()} metas={list.metas} />
        </>
      )}
      <h4 style={{ fontSize: '0.85rem' }}>{t('codeData.releases.importedTitle')}</h4>
      {list.metas.length === 0 && <p className="muted">{t('codeData.releases.none')}</p>}
      <ul aria-label={t('codeData.releases.importedTitle')} style={{ paddingLeft: '1rem' }}>
        {list.metas.map((m) => {
          const changes = timeline?.changes.get(m.id);
          return (
            <li key={m.id} data-release={m.id} style={{ marginBottom: '0.75rem' }}>
              <strong>{m.name}</strong> — {t('codeData.period', { from: day(m.effectiveFrom), to: day(m.effectiveTo) })}
              <br />
              <span>{m.verified ? t('codeData.releases.official', { publisher: m.publisher ?? 'CMS/CDC' }) : t('codeData.releases.unverified')}</span>
              {' · '}
              <span className="muted">{t('codeData.releases.from', { file: m.fileName, date: day(m.importedAt), count: m.count.toLocaleString(), kb: Math.round((list.sizes[m.id] ?? 0) / 1024).toLocaleString() })}</span>
              {changes && m.system !== 'notes' && <Changes changes={changes} system={m.system} />}
              {m.system === 'notes' && <p className="muted">{t('codeData.releases.notesReplace', { name: m.name })}</p>}
              {confirming === m.id ? (
                <div role="group" aria-label={t('codeData.releases.remove')}>
                  <p>{t('codeData.releases.removeConfirm', { name: m.name })}</p>
                  <button type="button" className="primary" onClick={() => void remove(m.id)}>{t('codeData.releases.removeYes')}</button>{' '}
                  <button type="button" onClick={() => setConfirming(null)}>{t('codeData.releases.removeNo')}</button>
                </div>
              ) : (
                <button type="button" onClick={() => setConfirming(m.id)}>{t('codeData.releases.remove')}</button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
