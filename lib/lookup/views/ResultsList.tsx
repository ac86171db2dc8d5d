/** Search results as a listbox: code, title, system chip, billable/header and validity badges. */
import { useEffect, useRef } from 'react';
import type { SearchResult } from '@/lib/codes/types';
import { t } from '@/lib/platform/i18n';
import { Badge, SystemChip } from './Badges';
import { billableBadge, hasBillableFlag, type Badge as BadgeSpec } from './labels';

export interface ResultsListProps {
  id: string;
  results: SearchResult[];
  activeIndex: number;
  optionId(index: number): string;
  /** Validity badge of a result on the date of service, or null when no date is set. */
  validity(result: SearchResult): BadgeSpec | null;
  /** Index of the row that was just copied (brief highlight), or -1. */
  copiedIndex: number;
  onPointTo(index: number): void;
  onOpen(index: number): void;
}

export function ResultsList({ id, results, activeIndex, optionId, validity, copiedIndex, onPointTo, onOpen }: ResultsListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const activeId = optionId(activeIndex);
  useEffect(() => {
    // The active row follows ↑/↓ into view (happy-dom has no scrollIntoView; browsers do).
    listRef.current?.querySelector<HTMLElement>(`[id="${activeId}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  return (
    <ul ref={listRef} id={id} role="listbox" aria-label={t('lookup.results.label')} className="lk-results">
      {results.map((r, i) => {
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
          </li>
        );
      })}
    </ul>
  );
}
