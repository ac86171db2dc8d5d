// "This looks wrong": every value with the page text and element it came from, plus unreadable labels.
import { t, tOr } from '@/lib/platform/i18n';
import type { ExtractionResult, Provenance } from '@/lib/reading/portals/types';
import { pathLabel, shortSelector } from './format';
import { ColumnHeads } from '@/lib/platform/views/ColumnHeads';

const fieldName = (key: string) => tOr(`claims.field.${key}`, key);

function Rows({ items, onHighlight }: { items: Provenance[]; onHighlight?(selector: string): void }) {
  return (
    <tbody>
      {items.map((p, i) => {
        const label = pathLabel(p.path, fieldName, t('claims.col.line'));
        return (
          <tr key={`${i}-${p.path}`}>
            <th scope="row">{label}</th>
            <td><q>{p.text}</q></td>
            <td><code className="claim-selector" title={p.selector}>{shortSelector(p.selector)}</code></td>
            {onHighlight && (
              <td>
                <button type="button" aria-label={t('claims.sources.showLabel', { field: label })} onClick={() => onHighlight(p.selector)}>
                  {t('claims.sources.show')}
                </button>
              </td>
            )}
          </tr>
        );
      })}
    </tbody>
  );
}

function SourcesTable({ items, onHighlight }: { items: Provenance[]; onHighlight?(selector: string): void }) {
  return (
    <div className="claim-table-wrap">
      <table>
        <ColumnHeads columns={[t('claims.sources.field'), t('claims.sources.text'), t('claims.sources.element'), onHighlight && <span key="show" className="visually-hidden">{t('claims.sources.show')}</span>]} />
        <Rows items={items} onHighlight={onHighlight} />
      </table>
    </div>
  );
}

export function SourcesPanel({ result, onHighlight }: { result: ExtractionResult; onHighlight?(selector: string): void }) {
  return (
    <section className="claim-sources" aria-label={t('claims.sources.title')}>
      <h3>{t('claims.sources.title')}</h3>
      <p>{t('claims.sources.intro')}</p>
      <SourcesTable items={result.provenance} onHighlight={onHighlight} />
      {result.unparsed.length > 0 && (
        <>
          <h4>{t('claims.sources.unparsed')}</h4>
          <SourcesTable items={result.unparsed} onHighlight={onHighlight} />
        </>
      )}
    </section>
  );
}
