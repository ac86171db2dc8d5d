/**
 * The search input, as a WAI-ARIA 1.2 combobox: focus stays in the box while ↑/↓ move the active
 * result (aria-activedescendant), so typing never has to stop for the keyboard to work.
 */
import type { KeyboardEvent, Ref } from 'react';
import { t } from '@/lib/platform/i18n';

export interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  onKeyDown(e: KeyboardEvent<HTMLInputElement>): void;
  listId: string;
  hintId: string;
  activeId: string | undefined;
  expanded: boolean;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function SearchBox({ value, onChange, onKeyDown, listId, hintId, activeId, expanded, autoFocus, inputRef }: SearchBoxProps) {
  return (
    <div className="lk-search">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={t('lookup.search.label')}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={expanded}
        aria-activedescendant={activeId}
        aria-describedby={hintId}
        placeholder={t('lookup.search.placeholder')}
        // Codes and pasted words: no browser autocomplete (it would keep what staff typed) or spell fixes.
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        autoFocus={autoFocus}
        maxLength={200}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="lk-hint">{t('lookup.search.hint')}</p>
    </div>
  );
}
