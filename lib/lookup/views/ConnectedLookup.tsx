/**
 * The lookup wired to the browser: packaged tables, stored recents/favourites/date of service,
 * and the clipboard. The popup and the side panel's Lookup tab both render this.
 */
import { useEffect } from 'react';
import { LookupView } from './LookupView';
import { localIsoDay } from '@/lib/platform/dates';
import { useLookupPrefs } from '@/lib/lookup/prefs';
import { useLookupTables } from '@/lib/lookup/tables';
import { useOfficialLists } from '@/lib/lookup/use-official-lists';

export interface ConnectedLookupProps {
  query: string;
  onQueryChange(query: string): void;
  autoFocus?: boolean;
  onResultsShown?(): void;
  /** Called once the tables answer searches (the popup marks its performance timeline). */
  onTablesReady?(): void;
}

// A code is not PHI, so it is not cleared from the clipboard later (unlike letters with claim data).
const writeClipboard = (text: string): Promise<void> => navigator.clipboard.writeText(text);

export function ConnectedLookup({ query, onQueryChange, autoFocus, onResultsShown, onTablesReady }: ConnectedLookupProps) {
  const { tables, revision, extras, error } = useLookupTables();
  const prefs = useLookupPrefs();
  const official = useOfficialLists();
  useEffect(() => {
    if (tables) onTablesReady?.();
  }, [tables, onTablesReady]);
  return (
    <LookupView
      tables={tables}
      tablesRevision={revision}
      extras={extras}
      loadError={error}
      query={query}
      onQueryChange={onQueryChange}
      dos={prefs.dos}
      onDosChange={prefs.setDos}
      today={localIsoDay()}
      recents={prefs.recents}
      favourites={prefs.favourites}
      onCopy={writeClipboard}
      onLookedUp={prefs.addRecent}
      onToggleFavourite={prefs.toggleFavourite}
      onClearRecents={prefs.clearRecents}
      onResultsShown={onResultsShown}
      autoFocus={autoFocus}
      official={official}
    />
  );
}
