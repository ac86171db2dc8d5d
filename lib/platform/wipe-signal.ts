/**
 * The "Delete all local data" signal between the extension's contexts (extension pages and the
 * service worker share the extension's origin, hence a BroadcastChannel): on "close" every context
 * drops its database connections (so a delete is not blocked), on "wiped" it refreshes what it
 * holds. Platform level because every page's mount and the worker listen; the wipe itself is
 * lib/workspace/wipe.ts.
 */
import { Dexie } from 'dexie';

export const WIPE_CHANNEL = 'remit-ranger.wipe';
export type WipeSignal = 'close' | 'wiped';
/**
 * This context's id: a BroadcastChannel also delivers to the other channel objects of the same
 * page, and the page running the wipe must not reload itself away from its report.
 */
const CONTEXT_ID = globalThis.crypto?.randomUUID?.() ?? String(Math.random());

/** Closes every Dexie database of this context and keeps it closed until the page reloads. */
export function closeAllDexie(): void {
  const list = (Dexie as unknown as { connections?: Dexie[] }).connections ?? [];
  // A copy: closing a connection removes it from Dexie's own list.
  for (const db of list.slice()) db.close({ disableAutoOpen: true });
}

/**
 * Every extension page and the service worker call this once: on "close" they drop their database
 * connections (so a delete is not blocked), on "wiped" `onWiped` refreshes what they show (pages
 * reload: imported lists and notes must not stay on screen).
 */
export function listenForWipe(onWiped: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(WIPE_CHANNEL);
  channel.addEventListener('message', (e: MessageEvent<{ what: WipeSignal; from: string }>) => {
    if (e.data?.from === CONTEXT_ID) return;
    if (e.data?.what === 'close') closeAllDexie();
    else if (e.data?.what === 'wiped') onWiped();
  });
  return () => channel.close();
}

export function signalWipe(what: WipeSignal): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(WIPE_CHANNEL);
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel has no target origin (same origin only)
  channel.postMessage({ what, from: CONTEXT_ID });
  channel.close();
}

