/**
 * Detail view of one code: title, hierarchy, billable codes under a header, validity on the date
 * of service and across releases, tabular notes, 7th characters, GEMs crosswalk, data sources.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CodeTables } from '@/lib/codes/types';
import { t } from '@/lib/platform/i18n';
import type { CodeRef } from '@/lib/lookup/storage';
import { Badge, SystemChip } from './Badges';
import { CodeLink } from './CodeLink';
import { Crosswalk } from './Crosswalk';
import { CHILDREN_PAGE, buildDetail, seventhCharacterOf } from './detail-model';
import { billableBadge, hasBillableFlag, validityBadge } from './labels';
import { NotesSection } from './NotesSection';
import { SeventhCharacter } from './SeventhCharacter';
import { DataSources, ValidityHistory } from './ValidityHistory';
import { CodeEdits } from '@/lib/edits/views/CodeEdits';
import { localIsoDay } from '@/lib/platform/dates';
import type { LookupGroup } from '@/lib/lookup/answer';
import { LineExtras } from './AnswerCards';

export interface CodeDetailProps {
  tables: CodeTables;
  extras: 'loading' | 'ready' | 'failed';
  extrasError: string | null;
  codeRef: CodeRef;
  /** Date of service, or '' for none. */
  dos: string;
  favourite: boolean;
  onCopy(text: string): void;
  onToggleFavourite(ref: CodeRef): void;
  onOpen(ref: CodeRef): void;
  onBack(): void;
  /** The pasted line this code came with ("99213-25 x1"): its modifiers and units are explained here too. */
  line?: LookupGroup | null;
}

export function CodeDetail({ tables, extras, extrasError, codeRef, dos, favourite, onCopy, onToggleFavourite, onOpen, onBack, line }: CodeDetailProps) {
  const [childLimit, setChildLimit] = useState(CHILDREN_PAGE);
  const model = useMemo(() => buildDetail(tables, codeRef, extras === 'ready', childLimit, dos), [tables, codeRef, extras, childLimit, dos]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  // A newly opened code (the parent keys this component by code) is announced from its heading.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  if (!model) {
    return (
      <div className="lk-detail">
        <button type="button" onClick={onBack}>{t('lookup.detail.back')}</button>
        <p role="alert">{t('lookup.detail.notFound', { code: codeRef.code })}</p>
      </div>
    );
  }
  function onKeyDown(e: KeyboardEvent) {
    // Esc goes back to the results (and must not close the popup).
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onBack();
  }

  const { entry, ancestors, children, validityHistory, codeReleases, extras: x } = model;
  const compact = entry.code.replace('.', '');
  const validity = dos ? validityBadge(tables.validity(entry.system, entry.code, dos), dos, tables.releases) : null;
  const sources = [
    ...codeReleases.map((r) => r.name),
    ...(x?.notes ? [x.notes.source] : []),
    ...(x?.crosswalk?.source ? [x.crosswalk.source.name] : []),
  ];

  return (
    <article className="lk-detail" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className="lk-detail-bar">
        <button type="button" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {t('lookup.detail.back')}
        </button>
        <button type="button" aria-pressed={favourite} onClick={() => onToggleFavourite({ system: entry.system, code: entry.code })}>
          <span aria-hidden="true">{favourite ? '★ ' : '☆ '}</span>
          {t('lookup.detail.favourite')}
        </button>
      </div>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="lk-detail-title">
        <span className="lk-code">{entry.code}</span> {entry.title}
      </h2>
      <p className="lk-badges">
        <SystemChip system={entry.system} />
        {hasBillableFlag(entry.system) && <Badge badge={billableBadge(entry.billable)} />}
        {validity && <Badge badge={validity} />}
      </p>
      {validity?.caveat && <p className="lk-hint">{validity.caveat}</p>}
      {entry.shortTitle && entry.shortTitle !== entry.title && <p className="lk-hint">{t('lookup.detail.shortTitle', { title: entry.shortTitle })}</p>}
      {entry.system === 'cpt' && <p className="lk-hint">{t('lookup.cpt.sectionOnly')}</p>}
      <div className="lk-actions">
        <button type="button" className="primary" onClick={() => onCopy(entry.code)}>{t('lookup.copy', { code: entry.code })}</button>
        {compact !== entry.code && <button type="button" onClick={() => onCopy(compact)}>{t('lookup.copyCompact', { code: compact })}</button>}
      </div>
      {line && <LineExtras group={line} />}

      {ancestors.length > 0 && (
        <nav aria-label={t('lookup.detail.hierarchy')} className="lk-crumbs">
          <ol>
            {ancestors.map((a) => (
              <li key={a.code}>
                <CodeLink codeRef={{ system: a.system, code: a.code }} onOpen={onOpen} /> <span className="lk-title">{a.title}</span>
              </li>
            ))}
            <li aria-current="page"><span className="lk-code">{entry.code}</span></li>
          </ol>
        </nav>
      )}

      {children.list.length > 0 && (
        <section className="lk-section" aria-label={t('lookup.detail.children', { code: entry.code })}>
          <h3>{t('lookup.detail.children', { code: entry.code })}</h3>
          <p className="lk-hint">{t('lookup.detail.headerHint')}</p>
          <ul className="lk-children">
            {children.list.map((c) => (
              <li key={c.code}>
                <CodeLink codeRef={{ system: c.system, code: c.code }} onOpen={onOpen} /> <span className="lk-title">{c.title}</span>
              </li>
            ))}
          </ul>
          {children.hasMore && <button type="button" onClick={() => setChildLimit((n) => n + CHILDREN_PAGE * 5)}>{t('lookup.detail.more')}</button>}
        </section>
      )}

      {x?.manifestation && <p className="lk-warn-text">{t('lookup.detail.manifestation')}</p>}
      {(entry.system === 'icd10cm' || entry.system === 'icd9cm') && extras === 'loading' && <p className="muted" role="status">{t('lookup.notes.loading')}</p>}
      {extras === 'failed' && <p role="alert" className="lk-error">{t('lookup.notes.failed', { message: extrasError ?? '' })}</p>}
      {x && entry.system === 'icd10cm' && <NotesSection tables={tables} notes={x.notes} inherited={x.inherited} onOpen={onOpen} />}
      {x?.seventh && <SeventhCharacter rule={x.seventh} current={seventhCharacterOf(entry.code)} onOpen={onOpen} />}
      {x?.crosswalk && <Crosswalk crosswalk={x.crosswalk} tables={tables} onOpen={onOpen} />}
      {(entry.system === 'cpt' || entry.system === 'hcpcs') && <CodeEdits code={entry.code} dos={dos || localIsoDay()} />}
      <ValidityHistory history={validityHistory} releases={tables.releases} />
      <DataSources names={sources} />
    </article>
  );
}
