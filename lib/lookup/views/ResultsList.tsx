/** Search results as a listbox: code, title, system chip, billable/header and validity badges. */
import { useEffect, useRef } from 'react';
import { t } from '@/lib/platform/i18n';
import type { GemMapping, SearchResult } from '@/lib/codes/types';
import { Badge, SystemChip } from './Badges';
import { billableBadge, gemFlags, hasBillableFlag, type Badge as BadgeSpec } from './labels';

export interface ResultsListProps {
  id: string;
  /** Rows of this list; an ICD-10-CM row reached from an ICD-9-CM row through the GEMs carries `gem`. */
  results: (SearchResult & { gem?: GemMapping; gemNoMap?: boolean })[];
  /** Index of this list's first row among all rows of the answer (several groups share one active row). */
  offset?: number;
  /** Accessible name of the list (a group's code); the default names it "Results". */
  label?: string;
  activeIndex: number;
  optionId(index: number): string;
  /** Validity badge of a result on the date of service, or null when no date is set. */
  validity(result: SearchResult): BadgeSpec | null;
  /** Index of the row that was just copied (brief highlight), or -1. */
  copiedIndex: number;
  onPointTo(index: number): void;
  onOpen(index: number): void;
}

export function ResultsList({ id, results, offset = 0, label, activeIndex, optionId, validity, copiedIndex, onPointTo, onOpen }: ResultsListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const activeId = optionId(activeIndex);
  useEffect(() => {
    // The active row follows ↑/↓ into view (happy-dom has no scrollIntoView; browsers do).
    listRef.current?.querySelector<HTMLElement>(`[id="${activeId}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  return (
    <ul ref={listRef} id={id} role="listbox" aria-label={label ?? t('lookup.results.label')} className="lk-results">
      {results.map((r, k) => {
        const i = k + offset;
        const v = validity(r);
        return (
          <li
            key={`${r.system}:${r.code}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className={`lk-row${i === copiedIndex ? ' lk-copied' : ''}`}
            // Pointer down would move focus out of the search box; keep typing possible after a click.
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => i !== activeIndex && onPointTo(i)}
            onClick={() => onOpen(i)}
          >
            {/* Spaces between the parts: the row's accessible name is their text run together. */}
            <span className="lk-code">{r.code}</span>{' '}
            <span className="lk-title">{r.title}</span>{' '}
            <span className="lk-badges">
              <SystemChip system={r.system} />{' '}
              {/* A header on the date of service says so in its validity badge already. */}
              {hasBillableFlag(r.system) && v?.status !== 'header' && <Badge badge={billableBadge(r.billable)} />}{' '}
              {v && <Badge badge={v} />}
            </span>
            {r.gem && <span className="lk-gem">{t('lookup.gem.from', { code: r.gem.from, flags: gemFlags(r.gem).join('; ') })}</span>}
            {r.gemNoMap && <span className="lk-gem">{t('lookup.gem.noMapRow')}</span>}
          </li>
        );
      })}
    </ul>
  );
}
