// Options: what the user taught the reader, by site: see, export (a JSON file of labels and field
// names, no page values) and delete. Kept in step with the side panel through storage watching.
import { useEffect, useState } from 'react';
import { formatDate, t } from '@/lib/platform/i18n';
import { exportMappings, type SiteMappings } from '@/lib/reading/teach/mapping';
import { forgetSite, forgetTaught, readMappings, taughtMappingsItem } from '@/lib/reading/teach/store';
import { teachFieldName } from './TeachReader';
import { downloadFile } from '@/lib/platform/download';

export function ReaderMappingsSection() {
  const [all, setAll] = useState<SiteMappings | null>(null);
  useEffect(() => {
    const load = () => void readMappings().then(setAll, () => setAll({}));
    load();
    return taughtMappingsItem.watch(load);
  }, []);
  if (!all) return null;
  const sites = Object.keys(all).sort();
  return (
    <section aria-labelledby="reader-mappings-title" className="reader-mappings">
      <h2 id="reader-mappings-title">{t('claims.mappings.title')}</h2>
      <p>{t('claims.mappings.intro')}</p>
      {sites.length === 0 ? <p className="muted">{t('claims.mappings.none')}</p> : (
        <>
          {sites.map((site) => (
            <div key={site} className="reader-mappings-site">
              <h3>{site}</h3>
              <ul>
                {all[site]!.map((m) => (
                  <li key={m.field}>
                    {m.structure === 'absent'
                      ? t('claims.teach.ruleAbsent', { field: teachFieldName(m.field) })
                      : t('claims.teach.rule', { field: teachFieldName(m.field), label: m.label })}
                    {' '}<span className="muted">({t('claims.mappings.taughtOn', { date: formatDate(m.taughtOn) })})</span>{' '}
                    <button type="button" aria-label={t('claims.teach.forgetLabel', { field: teachFieldName(m.field) })} onClick={() => void forgetTaught(site, m.field)}>
                      {t('claims.teach.forget')}
                    </button>
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => void forgetSite(site)}>{t('claims.mappings.deleteSite', { site })}</button>
            </div>
          ))}
          <p><button type="button" onClick={() => downloadFile({ name: 'remit-ranger-reader-mappings.json', type: 'application/json', text: exportMappings(all) })}>{t('claims.mappings.export')}</button></p>
        </>
      )}
    </section>
  );
}
