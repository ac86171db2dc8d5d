/**
 * The unlocked state, kept so the MV3 service worker (stopped after ~30 s idle) and the popup and
 * side panel can share one unlock without asking for the passphrase again.
 *
 * Only `storage.session` may hold the data key: Chrome keeps it in memory, never on disk, clears
 * it when the browser restarts (that is the "lock on browser restart"), and by default denies it to
 * content scripts (access level TRUSTED_CONTEXTS). `storage.local` is written to disk in clear, so
 * the key must never go there. Each page imports the bytes into a non-extractable CryptoKey and
 * drops its reference to the bytes.
 */
import { fromBase64, toBase64 } from './encoding';

/** The part of `browser.storage.session` the vault uses (WXT's fakeBrowser implements it too). */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const SESSION_KEY = 'notes.dataKey';
export const SESSION_ACTIVITY = 'notes.lastActivity';
export const DEFAULT_IDLE_MINUTES = 15;
/** Bounds of the auto-lock setting: at least a minute (the background checks once a minute), at
 *  most a 4-hour half shift, so a forgotten unlocked browser never stays open all day. */
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 240;

/** The minutes typed in settings, or null unless a whole number within the bounds (no silent fix-up). */
export function parseIdleMinutes(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= MIN_IDLE_MINUTES && n <= MAX_IDLE_MINUTES ? n : null;
}

/** A stored value made safe: out-of-range numbers are brought within the bounds, anything else is the default. */
export function clampIdleMinutes(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_IDLE_MINUTES;
  return Math.min(MAX_IDLE_MINUTES, Math.max(MIN_IDLE_MINUTES, Math.round(value)));
}

/** DANGEROUS: writes raw key material. Only ever call it with `browser.storage.session`. */
export async function storeSessionKey(area: SessionArea, rawDataKey: Uint8Array, now: number): Promise<void> {
  await area.set({ [SESSION_KEY]: toBase64(rawDataKey), [SESSION_ACTIVITY]: now });
}

/** DANGEROUS: returns raw key material (or null when locked). */
export async function readSessionKey(area: SessionArea): Promise<Uint8Array<ArrayBuffer> | null> {
  const got = await area.get(SESSION_KEY);
  const value = got[SESSION_KEY];
  if (typeof value !== 'string') return null;
  try {
    return fromBase64(value);
  } catch {
    return null; // Unreadable: treat as locked rather than guess.
  }
}

export async function readLastActivity(area: SessionArea): Promise<number | null> {
  const got = await area.get(SESSION_ACTIVITY);
  const value = got[SESSION_ACTIVITY];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export async function touchSession(area: SessionArea, now: number): Promise<void> {
  await area.set({ [SESSION_ACTIVITY]: now });
}

/**
 * True once `idleMinutes` have passed since the last activity. A missing timestamp counts as
 * expired (fail closed), and so does a timestamp in the future beyond a minute of clock skew,
 * which would otherwise keep the vault open until the clock caught up.
 */
export function isIdleExpired(now: number, lastActivity: number | null, idleMinutes: number): boolean {
  if (lastActivity == null) return true;
  if (lastActivity - now > 60_000) return true;
  return now - lastActivity >= idleMinutes * 60_000;
}

/** Lock: forget the key everywhere it is shared. Pages drop their in-memory key on their next call. */
export async function clearSession(area: SessionArea): Promise<void> {
  await area.remove([SESSION_KEY, SESSION_ACTIVITY]);
}

/** For the background's periodic alarm: locks if idle too long; returns true if it locked. */
export async function lockIfIdle(area: SessionArea, now: number, idleMinutes: number): Promise<boolean> {
  if ((await readSessionKey(area)) === null) return false;
  if (!isIdleExpired(now, await readLastActivity(area), idleMinutes)) return false;
  await clearSession(area);
  return true;
}
