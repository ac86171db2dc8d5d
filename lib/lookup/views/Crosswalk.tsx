/**
 * ICD-9-CM <-> ICD-10-CM General Equivalence Mappings with their flags in words (CMS 2018 GEMs
 * documentation). GEMs translate data between the two code sets; they are not a coding rule.
 */
import { systemLabel, gemFlags } from './labels';
import type { CodeTables } from '@/lib/codes/types';
import { t } from '@/lib/platform/i18n';
import type { CodeRef } from '@/lib/lookup/storage';
import { CodeLink } from './CodeLink';
import type { DetailExtras } from './detail-model';
import { ColumnHeads } from '@/lib/platform/views/ColumnHeads';

export function Crosswalk({ crosswalk, tables, onOpen }: { crosswalk: NonNullable<DetailExtras['crosswalk']>; tables: CodeTables; onOpen(ref: CodeRef): void }) {
  const { toSystem, mappings, source } = crosswalk;
  const heading = t('lookup.crosswalk.heading', { system: systemLabel(toSystem) });
  return (
    <section className="lk-section" aria-label={heading}>
      <h3>{heading}</h3>
      {mappings.length === 0 ? (
        <p className="muted">{t('lookup.crosswalk.none')}</p>
      ) : (
        <table className="lk-table">
          <ColumnHeads columns={[t('lookup.crosswalk.code'), t('lookup.crosswalk.title'), t('lookup.crosswalk.flags')]} />
          <tbody>
            {mappings.map((m, i) => (
              <tr key={`${m.to}-${i}`}>
                <th scope="row">
                  {m.noMap ? '—' : tables.get(toSystem, m.to) ? <CodeLink codeRef={{ system: toSystem, code: m.to }} onOpen={onOpen} /> : m.to}
                </th>
                <td>{m.title ?? ''}</td>
                <td>{gemFlags(m).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="lk-hint">{t('lookup.crosswalk.about')}</p>
      {source && <p className="lk-source">{t('lookup.crosswalk.source', { source: source.name })}</p>}
    </section>
  );
}
