/**
 * "Delete all local data" with a typed confirmation, so one stray click never wipes a vault. It
 * says "deleted" only when the check after the delete found nothing left; otherwise it lists,
 * plainly, what is still there and why.
 */
import { useState } from 'react';
import { t } from '@/lib/platform/i18n';
import type { WipeProblem, WipeReport } from '@/lib/workspace/wipe-verify';

function problemText(p: WipeProblem): string {
  if (p.what === 'database') {
    return t('options.wipe.problem.database', { name: p.name, reason: t(`options.wipe.reason.${p.reason}`, { count: p.count ?? '?' }) });
  }
  if (p.what === 'storage') return t('options.wipe.problem.storage', { name: p.name, count: p.count ?? '?' });
  return t('options.wipe.problem.content-scripts');
}

export function WipeData({ onWipe }: { onWipe(): Promise<WipeReport> }) {
  const [asking, setAsking] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<WipeReport | null>(null);

  function wipe() {
    setBusy(true);
    void onWipe().then(setReport, (err: unknown) => setReport({
      ok: false, deleted: [], problems: [{ what: 'database', name: String(err instanceof Error ? err.message : err), reason: 'error' }],
    })).finally(() => setBusy(false));
  }

  if (report?.ok) return <p role="status">{t('options.wipe.done')}</p>;
  if (report) {
    return (
      <div role="alert">
        <p>{t('options.wipe.failed')}</p>
        <ul>{report.problems.map((p, i) => <li key={i}>{problemText(p)}</li>)}</ul>
        <button type="button" disabled={busy} onClick={wipe}>{t('options.wipe.retry')}</button>
      </div>
    );
  }
  if (!asking) return <button type="button" onClick={() => setAsking(true)}>{t('options.wipe')}</button>;
  return (
    <div role="group" aria-label={t('options.wipe')}>
      <p>{t('options.wipe.confirm')}</p>
      <label>
        {t('options.wipe.confirmLabel')}{' '}
        <input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      </label>{' '}
      <button type="button" className="primary" disabled={typed !== 'DELETE' || busy} onClick={wipe}>
        {busy ? t('options.wipe.working') : t('options.wipe')}
      </button>{' '}
      <button type="button" onClick={() => { setAsking(false); setTyped(''); }}>{t('options.wipe.cancel')}</button>
    </div>
  );
}
