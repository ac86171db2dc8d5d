/**
 * What the code lookup remembers: recent lookups and favourites (code + system only, never the
 * typed query, which may be a pasted name) in storage.local, and the last date of service.
 *
 * The date of service is kept in storage.session (memory-only, gone when the browser closes):
 * shell rule in lib/storage-items.ts — nothing in storage.local may hold a date of service.
 * Within a browser session the field still comes back with the last value, which is what someone
 * working a batch of claims from one day needs.
 */
import { storage } from 'wxt/utils/storage';
import { normalizeCode } from '@/lib/codes/normalize';
import { CODE_SYSTEMS, type CodeSystem } from '@/lib/codes/types';


export interface CodeRef {
  system: CodeSystem;
  /** Display form ("E11.9", "J1100"). */
  code: string;
}

export const MAX_RECENTS = 20;
/** Favourites are a hand-picked short list; the cap only guards storage against a runaway loop. */
export const MAX_FAVOURITES = 200;

// Stored as unknown: whatever is on disk is validated by `sanitizeRefs` before use.
export const recentCodesItem = storage.defineItem<unknown>('local:lookup.recent', { fallback: [] });
export const favouriteCodesItem = storage.defineItem<unknown>('local:lookup.favourites', { fallback: [] });
export const lastDosItem = storage.defineItem<string | null>('session:lookup.dos', { fallback: null });

const sameRef = (a: CodeRef, b: CodeRef): boolean => a.system === b.system && a.code === b.code;

/**
 * Keeps only well-formed code references (known system, a code of that system's shape, in
 * display form), without duplicates: a damaged or hand-edited value never reaches the UI, and
 * free text can never be stored as a "code".
 */
export function sanitizeRefs(value: unknown, max: number): CodeRef[] {
  if (!Array.isArray(value)) return [];
  const out: CodeRef[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object') continue;
    const { system, code } = item as Record<string, unknown>;
    if (typeof system !== 'string' || !CODE_SYSTEMS.includes(system as CodeSystem) || typeof code !== 'string' || code.length > 12) continue;
    const display = normalizeCode(system as CodeSystem, code);
    if (!display) continue;
    const ref = { system: system as CodeSystem, code: display };
    if (!out.some((r) => sameRef(r, ref))) out.push(ref);
    if (out.length >= max) break;
  }
  return out;
}

/** Most recent first; looking a code up again moves it to the top. */
export function withRecent(list: readonly CodeRef[], ref: CodeRef, max = MAX_RECENTS): CodeRef[] {
  return [ref, ...list.filter((r) => !sameRef(r, ref))].slice(0, max);
}

export function isFavourite(list: readonly CodeRef[], ref: CodeRef): boolean {
  return list.some((r) => sameRef(r, ref));
}

/** Adds at the end (the user's own order) or removes. */
export function toggledFavourite(list: readonly CodeRef[], ref: CodeRef): CodeRef[] {
  return isFavourite(list, ref) ? list.filter((r) => !sameRef(r, ref)) : [...list, ref].slice(0, MAX_FAVOURITES);
}

/** A calendar date "YYYY-MM-DD", checked for a real day (not 2026-02-30). */
