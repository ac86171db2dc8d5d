/** Validity of the code in each loaded release, and the releases its data comes from. */
import type { DosValidity, ReleaseInfo } from '@/lib/codes/types';
import { formatDate, t } from '@/lib/platform/i18n';
import { Badge } from './Badges';
import { validityBadge } from './labels';
import { ColumnHeads } from '@/lib/platform/views/ColumnHeads';

export function ValidityHistory({ history, releases }: { history: { release: ReleaseInfo; validity: DosValidity }[]; releases: readonly ReleaseInfo[] }) {
  if (history.length === 0) return null;
  return (
    <section className="lk-section" aria-label={t('lookup.history.heading')}>
      <h3>{t('lookup.history.heading')}</h3>
      <table className="lk-table">
        <ColumnHeads columns={[t('lookup.history.release'), t('lookup.history.status')]} />
        <tbody>
          {history.map(({ release, validity }) => (
            <tr key={release.id}>
              <th scope="row">
                {release.name}
                <span className="lk-hint"> ({formatDate(release.effectiveFrom)} – {release.effectiveTo ? formatDate(release.effectiveTo) : t('lookup.history.open')})</span>
              </th>
              <td><Badge badge={validityBadge(validity, release.effectiveFrom, releases)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function DataSources({ names }: { names: string[] }) {
  return (
    <section className="lk-section" aria-label={t('lookup.sources.heading')}>
      <h3>{t('lookup.sources.heading')}</h3>
      <ul className="lk-sources">
        {names.map((name) => <li key={name}>{name}</li>)}
      </ul>
      <p className="lk-hint">{t('lookup.sources.local')}</p>
    </section>
  );
}
