/**
 * React glue over lib/lookup/storage.ts for the popup and the side panel: current recents,
 * favourites and date of service, kept in step when the other page changes them.
 */
import { useCallback, useEffect, useState } from 'react';
import { isIsoDate, localIsoDay } from '@/lib/platform/dates';
import {
  MAX_FAVOURITES,
  MAX_RECENTS,
  favouriteCodesItem,
  lastDosItem,
  recentCodesItem,
  sanitizeRefs,
  toggledFavourite,
  withRecent,
  type CodeRef,
} from './storage';

export interface LookupPrefs {
  recents: CodeRef[];
  favourites: CodeRef[];
  /** Date of service: the last one entered this browser session, else today. */
  dos: string;
  setDos(dos: string): void;
  addRecent(ref: CodeRef): void;
  clearRecents(): void;
  toggleFavourite(ref: CodeRef): void;
}

/** Read-modify-write on the stored value (not on React state), so the popup and the panel never drop each other's change. */
function update(item: typeof recentCodesItem, max: number, change: (list: CodeRef[]) => CodeRef[]): void {
  void item.getValue().then((stored) => item.setValue(change(sanitizeRefs(stored, max))));
}

export function useLookupPrefs(): LookupPrefs {
  const [recents, setRecents] = useState<CodeRef[]>([]);
  const [favourites, setFavourites] = useState<CodeRef[]>([]);
  const [dos, setDosState] = useState<string>(() => localIsoDay());

  useEffect(() => {
    let alive = true;
    void recentCodesItem.getValue().then((v) => alive && setRecents(sanitizeRefs(v, MAX_RECENTS)));
    void favouriteCodesItem.getValue().then((v) => alive && setFavourites(sanitizeRefs(v, MAX_FAVOURITES)));
    void lastDosItem.getValue().then((v) => alive && isIsoDate(v) && setDosState(v));
    const unwatch = [
      recentCodesItem.watch((v) => setRecents(sanitizeRefs(v, MAX_RECENTS))),
      favouriteCodesItem.watch((v) => setFavourites(sanitizeRefs(v, MAX_FAVOURITES))),
    ];
    return () => {
      alive = false;
      unwatch.forEach((u) => u());
    };
  }, []);

  const setDos = useCallback((value: string) => {
    setDosState(value);
    // Only a complete date is remembered; an emptied field means "no date" for this view only.
    if (isIsoDate(value)) void lastDosItem.setValue(value);
  }, []);
  const addRecent = useCallback((ref: CodeRef) => update(recentCodesItem, MAX_RECENTS, (list) => withRecent(list, ref)), []);
  const clearRecents = useCallback(() => void recentCodesItem.setValue([]), []);
  const toggleFavourite = useCallback((ref: CodeRef) => update(favouriteCodesItem, MAX_FAVOURITES, (list) => toggledFavourite(list, ref)), []);

  return { recents, favourites, dos, setDos, addRecent, clearRecents, toggleFavourite };
}
