/** Recent lookups and favourites, shown while the search box is empty. Codes only, never patient details. */
import { useId } from 'react';
import type { CodeTables } from '@/lib/codes/types';
import { t } from '@/lib/platform/i18n';
import type { CodeRef } from '@/lib/lookup/storage';
import { SystemChip } from './Badges';

export interface SavedCodesProps {
  tables: CodeTables | null;
  recents: CodeRef[];
  favourites: CodeRef[];
  onOpen(ref: CodeRef): void;
  onClearRecents(): void;
  onRemoveFavourite(ref: CodeRef): void;
}

function CodeButton({ tables, codeRef, onOpen }: { tables: CodeTables | null; codeRef: CodeRef; onOpen(ref: CodeRef): void }) {
  const title = tables?.get(codeRef.system, codeRef.code)?.title;
  return (
    <button type="button" className="lk-saved-code" onClick={() => onOpen(codeRef)}>
      <span className="lk-code">{codeRef.code}</span> <SystemChip system={codeRef.system} /> {title && <span className="lk-title">{title}</span>}
    </button>
  );
}

export function SavedCodes({ tables, recents, favourites, onOpen, onClearRecents, onRemoveFavourite }: SavedCodesProps) {
  const base = useId();
  return (
    <div className="lk-saved">
      <section aria-labelledby={`${base}-fav`}>
        <h2 id={`${base}-fav`}>{t('lookup.favourites')}</h2>
        {favourites.length === 0 ? (
          <p className="muted">{t('lookup.favourites.none')}</p>
        ) : (
          <ul className="lk-saved-list">
            {favourites.map((ref) => (
              <li key={`${ref.system}:${ref.code}`}>
                <CodeButton tables={tables} codeRef={ref} onOpen={onOpen} />
                <button type="button" className="lk-remove" aria-label={t('lookup.favourites.remove', { code: ref.code })} title={t('lookup.favourites.remove', { code: ref.code })} onClick={() => onRemoveFavourite(ref)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${base}-recent`}>
        <h2 id={`${base}-recent`}>{t('lookup.recents')}</h2>
        {recents.length === 0 ? (
          <p className="muted">{t('lookup.recents.none')}</p>
        ) : (
          <>
            <ul className="lk-saved-list">
              {recents.map((ref) => (
                <li key={`${ref.system}:${ref.code}`}>
                  <CodeButton tables={tables} codeRef={ref} onOpen={onOpen} />
                </li>
              ))}
            </ul>
            <button type="button" onClick={onClearRecents}>{t('lookup.recents.clear')}</button>
          </>
        )}
      </section>
      <p className="lk-hint">{t('lookup.saved.privacy')}</p>
    </div>
  );
}
