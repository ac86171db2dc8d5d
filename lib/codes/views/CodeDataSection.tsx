/**
 * Options, "Code data": which official releases the packaged tables were built from (with the
 * sha256 of each source file, so a compliance reviewer can match them to the CMS/CDC downloads),
 * the FY2021 caveat of the ICD-10-CM notes, and the import of the user's licensed CPT file.
 */
import { useEffect, useState } from 'react';
import type { CptImportError } from '@/lib/codes/cpt-import';
import type { CptImportInfo } from '@/lib/codes/licensed-store';
import { readCodeDataManifest, type CodeDataManifest, type SourceReleaseInfo } from '@/lib/codes/manifest-view';
import { formatDate, t } from '@/lib/platform/i18n';
import { MAX_CPT_FILE_BYTES, importLicensedCptFile, licensedCptChanged, licensedCptInfo, removeLicensedCpt, type CptImportOutcome } from '@/lib/codes/licensed-cpt';
import { useFileImport } from '@/lib/platform/views/use-file-import';
import { errorMessage } from '@/lib/platform/errors';
import { ensureImportedReleases, getCodeDataManifest, getCodeTables, onLicensedCptApplied } from '@/lib/codes/loaded-tables';
import { ImportedReleases, type ImportedReleasesDeps } from './ImportedReleases';
import { importReleaseFromFile, listImportedReleases, removeImportedRelease } from '@/lib/codes/releases/browser';
import { spawnImportWorker } from '@/lib/codes/releases/spawn-worker';
import { ColumnHeads } from '@/lib/platform/views/ColumnHeads';

const day = (iso: string): string => formatDate(iso.slice(0, 10));

function period(r: SourceReleaseInfo): string {
  return r.effectiveTo ? t('codeData.period', { from: formatDate(r.effectiveFrom), to: formatDate(r.effectiveTo) }) : t('codeData.periodOpen', { from: formatDate(r.effectiveFrom) });
}

function Releases({ manifest }: { manifest: CodeDataManifest }) {
  const notes = manifest.releases.find((r) => r.system === 'notes');
  return (
    <>
      <table aria-label={t('codeData.releases')} style={{ borderCollapse: 'collapse', width: '100%', fontSize: '0.85rem' }}>
        <ColumnHeads alignLeft columns={[t('codeData.col.system'), t('codeData.col.release'), t('codeData.col.effective'), t('codeData.col.files')]} />
        <tbody>
          {manifest.releases.map((r) => (
            <tr key={r.id} style={{ verticalAlign: 'top', borderTop: '1px solid var(--border)' }}>
              <td>{t(`codeData.system.${r.system}`)}</td>
              <td>{r.name}</td>
              <td>{period(r)}</td>
              <td>
                <ul style={{ margin: 0, paddingLeft: '1rem' }}>
                  {r.files.map((f) => (
                    <li key={f.name}>
                      {f.name} <span className="muted">({t('codeData.fileSize', { bytes: f.bytes.toLocaleString() })})</span>
                      <br />
                      <code style={{ fontSize: '0.75rem', wordBreak: 'break-all' }}>{f.sha256}</code>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('codeData.builtAt', { date: day(manifest.generatedAt) })}</p>
      {notes && <p role="note">{t('codeData.notesCaveat', { release: notes.name })}</p>}
    </>
  );
}

function errorText(e: CptImportError): string {
  const text = t(`codeData.error.${e.kind}`, e.params);
  return e.line == null ? text : t('codeData.cpt.lineError', { line: e.line, message: text });
}

function Outcome({ outcome }: { outcome: CptImportOutcome }) {
  if (outcome.ok) {
    return (
      <div role="status">
        <p>{t('codeData.cpt.imported', { count: outcome.count, file: outcome.fileName })}</p>
        {outcome.duplicatesIgnored > 0 && <p className="muted">{t('codeData.cpt.duplicates', { count: outcome.duplicatesIgnored })}</p>}
        {outcome.skippedLines > 0 && <p className="muted">{t('codeData.cpt.skipped', { count: outcome.skippedLines })}</p>}
      </div>
    );
  }
  if (outcome.reason === 'too-big') {
    return <p role="alert">{t('codeData.cpt.tooBig', { size: (outcome.bytes / 1e6).toFixed(1), max: MAX_CPT_FILE_BYTES / (1024 * 1024) })}</p>;
  }
  if (outcome.reason === 'save-failed') return <p role="alert">{t('codeData.cpt.saveFailed', { error: outcome.error })}</p>;
  return (
    <div role="alert">
      <p>{t('codeData.cpt.rejected', { file: outcome.fileName })}</p>
      <ul>
        {outcome.errors.map((e, i) => <li key={i}>{errorText(e)}</li>)}
      </ul>
      {outcome.moreErrors && <p>{t('codeData.cpt.moreErrors', { max: outcome.errors.length })}</p>}
    </div>
  );
}

function LicensedCpt() {
  const [info, setInfo] = useState<CptImportInfo | null>(null);
  const { busy, outcome, confirming, setConfirming, removed, failure, setFailure, onFile, remove } = useFileImport(
    async (file) => {
      const result = await importLicensedCptFile(file);
      setInfo(await licensedCptInfo());
      return result;
    },
    async () => {
      await removeLicensedCpt();
      setInfo(null);
    },
  );

  useEffect(() => {
    const refresh = () => void licensedCptInfo().then(setInfo, (e: unknown) => setFailure(errorMessage(e)));
    refresh();
    return licensedCptChanged.watch(refresh); // another options tab imported or removed
  }, [setFailure]);

  return (
    <>
      <h3 style={{ fontSize: '0.9rem' }}>{t('codeData.cpt.title')}</h3>
      <p>{t('codeData.cpt.why')}</p>
      <p>{info ? t('codeData.cpt.current', { count: info.count, file: info.fileName, date: day(info.importedAt) }) : t('codeData.cpt.none')}</p>
      <p>
        <label>
          {t('codeData.cpt.import')}{' '}
          <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values" disabled={busy != null} onChange={(e) => void onFile(e)} />
        </label>
      </p>
      {busy && <p role="status">{t('codeData.cpt.reading', { file: busy })}</p>}
      {outcome && <Outcome outcome={outcome} />}
      {failure && <p role="alert">{failure}</p>}
      {info && !confirming && (
        <button type="button" onClick={() => setConfirming(true)}>{t('codeData.cpt.remove')}</button>
      )}
      {info && confirming && (
        <div role="group" aria-label={t('codeData.cpt.remove')}>
          <p>{t('codeData.cpt.removeConfirm', { count: info.count })}</p>
          <button type="button" className="primary" onClick={() => void remove()}>{t('codeData.cpt.removeYes')}</button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>{t('codeData.cpt.removeNo')}</button>
        </div>
      )}
      {removed && <p role="status">{t('codeData.cpt.removed')}</p>}
    </>
  );
}

/** The browser side of the release import: this page's shared tables, the store and the worker. */
const releaseDeps: ImportedReleasesDeps = {
  tables: async () => {
    const tables = await getCodeTables();
    await ensureImportedReleases(tables);
    return tables;
  },
  subscribe: onLicensedCptApplied,
  list: () => listImportedReleases(),
  // Read in a Web Worker: a full order file takes seconds, and the page keeps its progress bar and cancel button.
  importFile: (file, onProgress) => importReleaseFromFile(file, onProgress, { spawn: spawnImportWorker }),
  remove: (id) => removeImportedRelease(id),
};

export function CodesSection() {
  const [manifest, setManifest] = useState<CodeDataManifest | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getCodeDataManifest()
      .then((raw) => setManifest(readCodeDataManifest(raw)))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);
  return (
    <section aria-labelledby="code-data-title">
      <h2 id="code-data-title">{t('codeData.title')}</h2>
      <ImportedReleases deps={releaseDeps} />
      <LicensedCpt />
      {/* What a compliance reviewer checks, not what users change: the releases and their checksums. */}
      <details className="data-sources">
        <summary>{t('codeData.sources')}</summary>
        <p>{t('codeData.intro')}</p>
        {error ? <p role="alert">{t('codeData.loadFailed', { error })}</p> : manifest ? <Releases manifest={manifest} /> : <p className="muted">{t('codeData.loading')}</p>}
      </details>
    </section>
  );
}
