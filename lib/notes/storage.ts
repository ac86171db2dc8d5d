/**
 * The notes domain's settings in `storage.local`: only the auto-lock delay (a number, not PHI).
 * The vault itself lives in IndexedDB and its unlocked key in `storage.session` (lib/notes).
 */
import { useEffect, useState } from 'react';
import { storage } from 'wxt/utils/storage';
import { clampIdleMinutes, DEFAULT_IDLE_MINUTES } from './session';

/** Stored as unknown: read back through `clampIdleMinutes` (lib/notes/session.ts), so a hand-edited value cannot disable the lock. */
export const idleMinutesItem = storage.defineItem<unknown>('local:notes.idleMinutes', { fallback: DEFAULT_IDLE_MINUTES });

export async function loadIdleMinutes(): Promise<number> {
  return clampIdleMinutes(await idleMinutesItem.getValue());
}

export async function saveIdleMinutes(minutes: number): Promise<number> {
  const clean = clampIdleMinutes(minutes);
  await idleMinutesItem.setValue(clean);
  return clean;
}

/** The setting for a page, kept current when options change it; null until storage answered. */
export function useIdleMinutes(): number | null {
  const [minutes, setMinutes] = useState<number | null>(null);
  useEffect(() => {
    let alive = true;
    void loadIdleMinutes().then((m) => { if (alive) setMinutes(m); });
    const unwatch = idleMinutesItem.watch((v) => setMinutes(clampIdleMinutes(v)));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return minutes;
}
