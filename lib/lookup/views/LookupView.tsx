/**
 * Code lookup shared by the popup and the side panel's Lookup tab: search box (focused), date of
 * service, results as you type, detail view, recents and favourites. Props in, callbacks out: the
 * page loads the tables, stores recents and writes the clipboard.
 */
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CodeTables, SearchResult } from '@/lib/codes/types';
import { t } from '@/lib/platform/i18n';
import { isIsoDate } from '@/lib/platform/dates';
import { isFavourite, type CodeRef } from '@/lib/lookup/storage';
import type { OfficialLists } from '@/lib/denials';
import { cleanList } from '@/lib/codes/shapes';
import { lookup, type LookupAnswer } from '@/lib/lookup/answer';
import { GroupExtras, LineExtras } from './AnswerCards';
import { CodeDetail } from './CodeDetail';
import { DosField } from './DosField';
import { validityBadge } from './labels';
import { ResultsList } from './ResultsList';
import { SavedCodes } from './SavedCodes';
import { SearchBox } from './SearchBox';
import './lookup.css';
import { errorMessage } from '@/lib/platform/errors';

export const RESULT_LIMIT = 25;

export interface LookupViewProps {
  /** null while the tables load: typing is kept and answered once they are in. */
  tables: CodeTables | null;
  /** Changes when the tables' content changes in place (a licensed CPT import applied): search again. */
  tablesRevision?: number;
  extras: 'loading' | 'ready' | 'failed';
  /** Why the tables (or their notes) could not load. */
  loadError: string | null;
  query: string;
  onQueryChange(query: string): void;
  /** Date of service "YYYY-MM-DD", or '' for none. */
  dos: string;
  onDosChange(dos: string): void;
  today: string;
  recents: CodeRef[];
  favourites: CodeRef[];
  /** Writes the text to the clipboard; rejects when the browser refuses. */
  onCopy(text: string): Promise<void>;
  /** A code was copied or opened: remember it among the recent lookups. */
  onLookedUp(ref: CodeRef): void;
  onToggleFavourite(ref: CodeRef): void;
  onClearRecents(): void;
  /** Called after results are on screen (the popup marks its performance timeline). */
  onResultsShown?(): void;
  autoFocus?: boolean;
  /** The user's imported X12 CARC/RARC lists (official wording of denial codes), or null. */
  official?: OfficialLists | null;
}

type Feedback = { ok: boolean; text: string } | null;

const NO_ANSWER: LookupAnswer = { groups: [], copyList: null, notes: [] };

function runLookup(tables: CodeTables | null, query: string, dos: string, official: OfficialLists | null): LookupAnswer {
  const q = query.trim();
  if (!tables || !q) return NO_ANSWER;
  return lookup(tables, q, { dos: isIsoDate(dos) ? dos : undefined, limit: RESULT_LIMIT, official });
}

/** Every row of every group, in order: ↑/↓ and Enter walk them as one list. */
const rowsOf = (answer: LookupAnswer): SearchResult[] => answer.groups.flatMap((g) => g.rows);

const refOf = (r: { system: CodeRef['system']; code: string }): CodeRef => ({ system: r.system, code: r.code });

export function LookupView(props: LookupViewProps) {
  const { tables, tablesRevision = 0, extras, loadError, query, onQueryChange, dos, onDosChange, today, recents, favourites, onCopy, onLookedUp, onToggleFavourite, onClearRecents, onResultsShown, autoFocus, official = null } = props;
  const base = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // Searching a word takes tens of milliseconds: let keystrokes render first, results follow.
  const deferredQuery = useDeferredValue(query);
  // A new source when the tables' content changes: a licensed CPT import, or the extras arriving
  // (retired FY2018 codes and ICD-9 crosswalks need the GEMs, loaded after the core).
  const source = useMemo(() => ({ tables, revision: tablesRevision, extras }), [tables, tablesRevision, extras]);
  const answer = useMemo(() => runLookup(source.tables, deferredQuery, dos, official), [source, deferredQuery, dos, official]);
  const results = useMemo(() => rowsOf(answer), [answer]);
  const [active, setActive] = useState<{ results: SearchResult[]; index: number }>({ results, index: 0 });
  const activeIndex = active.results === results ? active.index : 0;
  const [detail, setDetail] = useState<CodeRef[]>([]);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [copiedIndex, setCopiedIndex] = useState(-1);
  const optionId = useCallback((i: number) => `${base}-opt-${i}`, [base]);

  useEffect(() => {
    if (answer.groups.length > 0) onResultsShown?.();
  }, [answer, onResultsShown]);

  const validity = useCallback(
    (r: SearchResult) => (tables && isIsoDate(dos) ? validityBadge(tables.validity(r.system, r.code, dos), dos, tables.releases) : null),
    [tables, dos],
  );

  const copy = useCallback(
    async (ref: CodeRef, text: string, index = -1) => {
      try {
        await onCopy(text);
        setFeedback({ ok: true, text: t('lookup.copied', { code: text }) });
        setCopiedIndex(index);
        onLookedUp(ref);
      } catch (e) {
        setFeedback({ ok: false, text: t('lookup.copyFailed', { code: text, message: errorMessage(e) }) });
      }
    },
    [onCopy, onLookedUp],
  );

  const open = useCallback(
    (ref: CodeRef) => {
      setDetail((stack) => [...stack, ref]);
      onLookedUp(ref);
    },
    [onLookedUp],
  );

  function back() {
    setDetail((stack) => stack.slice(0, -1));
    if (detail.length <= 1) inputRef.current?.focus();
  }

  function changeQuery(value: string) {
    setDetail([]);
    setFeedback(null);
    setCopiedIndex(-1);
    onQueryChange(value);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const n = results.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(n - 1, activeIndex + 1) : Math.max(0, activeIndex - 1);
      setActive({ results, index: next });
      setDetail([]);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // Enter right after typing may come before the deferred results render: answer the typed text.
      const fresh = deferredQuery === query;
      const list = fresh ? results : rowsOf(runLookup(tables, query, dos, official));
      const index = fresh ? activeIndex : 0;
      const hit = list[index];
      if (!tables) setFeedback({ ok: false, text: t('lookup.loading') });
      if (!hit) return;
      if (e.shiftKey) open(refOf(hit));
      else void copy(refOf(hit), hit.code, fresh ? index : -1);
    } else if (e.key === 'Escape') {
      if (detail.length) {
        e.preventDefault();
        e.stopPropagation();
        setDetail([]);
      } else if (query) {
        // Esc clears the box; on an empty box it is left to the browser (which closes the popup).
        e.preventDefault();
        e.stopPropagation();
        changeQuery('');
      }
    }
  }

  const current = detail[detail.length - 1];
  const showList = !current && query.trim() !== '' && answer.groups.length > 0;
  // One plain list for words or a bare code; groups with headings for several codes, or when a
  // group has more to say than rows (denial codes, retired codes, modifiers).
  const grouped = answer.groups.length > 1 || answer.groups.some((g) => g.denials.length || g.history || g.unknown || g.modifiers.length || g.units != null);
  const listIds = answer.groups.map((_, k) => `${base}-list${k ? `-${k}` : ''}`);

  function body() {
    if (current && tables) {
      return (
        <CodeDetail
          key={`${detail.length}:${current.system}:${current.code}`}
          tables={tables}
          extras={extras}
          extrasError={loadError}
          codeRef={current}
          dos={isIsoDate(dos) ? dos : ''}
          favourite={isFavourite(favourites, current)}
          onCopy={(text) => void copy(current, text)}
          onToggleFavourite={onToggleFavourite}
          onOpen={open}
          onBack={back}
          line={answer.groups.find((g) => (g.modifiers.length || g.units != null) && g.rows[0]?.system === current.system && g.rows[0]?.code === current.code) ?? null}
        />
      );
    }
    if (!tables) {
      return loadError ? <p role="alert" className="lk-error">{t('lookup.loadFailed', { message: loadError })}</p> : <p className="muted">{t('lookup.loading')}</p>;
    }
    if (!query.trim()) {
      return <SavedCodes tables={tables} recents={recents} favourites={favourites} onOpen={open} onClearRecents={onClearRecents} onRemoveFavourite={onToggleFavourite} />;
    }
    if (!showList && deferredQuery === query) return <p className="muted">{t('lookup.results.none', { query: query.trim() })}</p>;
    return null;
  }

  async function copyList(list: string) {
    try {
      await onCopy(list);
      setFeedback({ ok: true, text: t('lookup.copied', { code: list }) });
    } catch (e) {
      setFeedback({ ok: false, text: t('lookup.copyFailed', { code: list, message: errorMessage(e) }) });
    }
  }

  function groups() {
    let offset = 0;
    return answer.groups.map((g, k) => {
      const start = offset;
      offset += g.rows.length;
      // The code as it copies (display form with its modifiers: "99213-25", "CO-50").
      const code = g.token ? cleanList([g.token]) || g.token.text : query.trim();
      return (
        <section key={g.key} className={grouped ? 'lk-group' : undefined} aria-label={grouped ? t('lookup.group.label', { code }) : undefined}>
          {grouped && <h3 className="lk-group-title"><span className="lk-code">{code}</span></h3>}
          {grouped && tables && <GroupExtras group={g} hasGems={tables.hasGems ?? false} onOpen={open} />}
          {g.rows.length > 0 && (
            <ResultsList
              id={listIds[k]!}
              label={grouped ? t('lookup.group.label', { code }) : undefined}
              results={g.rows}
              offset={start}
              activeIndex={activeIndex}
              optionId={optionId}
              validity={validity}
              copiedIndex={copiedIndex}
              onPointTo={(index) => setActive({ results, index })}
              onOpen={(index) => results[index] && open(refOf(results[index]))}
            />
          )}
          {grouped && <LineExtras group={g} />}
        </section>
      );
    });
  }

  return (
    <div className="lk-view">
      <SearchBox
        inputRef={inputRef}
        value={query}
        onChange={changeQuery}
        onKeyDown={onKeyDown}
        listId={showList ? listIds.join(' ') : `${base}-list`}
        hintId={`${base}-hint`}
        activeId={showList ? optionId(activeIndex) : undefined}
        expanded={showList}
        autoFocus={autoFocus}
      />
      <DosField value={dos} today={today} onChange={onDosChange} />
      <p role="status" className={feedback ? `lk-feedback ${feedback.ok ? 'lk-ok' : 'lk-bad'}` : 'lk-feedback'}>
        {feedback?.text}
      </p>
      {showList && answer.notes.map((n) => <p key={n} className="lk-card lk-hint" role="note">{t(n === 'ruleOut' ? 'lookup.note.ruleOut' : 'lookup.note.followUp')}</p>)}
      {showList && answer.copyList && (
        <div className="lk-actions">
          <span className="muted">{t('lookup.group.count', { count: answer.groups.length })}</span>
          <button type="button" className="lk-copylist" onClick={() => void copyList(answer.copyList!)}>{t('lookup.group.copyList', { list: answer.copyList })}</button>
        </div>
      )}
      {/* The first listbox stays in the DOM (aria-controls must point at it), empty when there is nothing to show. */}
      {showList ? (
        <div>{groups()}</div>
      ) : (
        <div hidden>
          <ResultsList id={`${base}-list`} results={[]} activeIndex={0} optionId={optionId} validity={validity} copiedIndex={-1} onPointTo={() => undefined} onOpen={() => undefined} />
        </div>
      )}
      <p className="visually-hidden" role="status">{showList ? t('lookup.results.count', { count: results.length }) : ''}</p>
      {body()}
    </div>
  );
}
