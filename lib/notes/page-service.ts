/**
 * One notes service per extension page (side panel, popup, options), on the extension origin's
 * IndexedDB and `browser.storage.session`. Every page builds its own: the service worker is not
 * on the save path, so a worker stopped mid-save cannot lose a note (the page's own IndexedDB
 * transaction commits or does not happen at all).
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { openNotesDb } from './db';
import { createNotesService, type NotesService } from './service';
import { DEFAULT_IDLE_MINUTES, SESSION_KEY } from './session';
import { sendMessage } from '@/lib/platform/messaging';
import { loadIdleMinutes, useIdleMinutes } from './storage';
import { useWatchedRead, type ChangeFeed } from '@/lib/platform/views/use-watched-read';

let pageService: NotesService | null = null;

/** Lock changes made elsewhere (the key added or removed); activity stamps are not lock changes. */
function watchSessionKey(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && SESSION_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** The page's service, built on first use (nothing runs at import time). */
export function pageNotesService(): NotesService {
  pageService ??= createNotesService({
    db: openNotesDb(),
    session: browser.storage.session,
    // Read on every check: a change in options applies at once, in every open page.
    idleMinutes: loadIdleMinutes,
    watchSession: watchSessionKey,
  });
  return pageService;
}

/** For React pages: the service and the auto-lock setting shown on the lock screen. */
export function useNotesService(): { service: NotesService; idleMinutes: number } {
  const idleMinutes = useIdleMinutes();
  return { service: pageNotesService(), idleMinutes: idleMinutes ?? DEFAULT_IDLE_MINUTES };
}

/** Tells the service worker the follow-up list changed, so the toolbar badge counts again. */
export function notifyNotesChanged(): void {
  // Other views of this page showing notes (the Claim tab's summary) read them again.
  globalThis.dispatchEvent?.(new Event(NOTES_CHANGED_EVENT));
  // The badge is a convenience: a worker that cannot answer must not turn a saved note into an error.
  sendMessage('notes.changed', {}).catch(() => undefined);
}

const NOTES_CHANGED_EVENT = 'remit-ranger:notes-changed';

/** A number that grows each time notes change in this page (a save, an edit, an import). */
export function useNotesVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    globalThis.addEventListener?.(NOTES_CHANGED_EVENT, bump);
    return () => globalThis.removeEventListener?.(NOTES_CHANGED_EVENT, bump);
  }, []);
  return version;
}

/** Whether the vault is open in this page, following locks made elsewhere (popup, idle alarm). */
export function useVaultUnlocked(): boolean {
  return useWatchedRead(readUnlocked, UNLOCK_FEEDS, false, locked);
}

const readUnlocked = async () => (await pageNotesService().state()) === 'unlocked';
const UNLOCK_FEEDS: ChangeFeed[] = [(reload) => pageNotesService().watch(reload)];
/** A vault whose state cannot be read is treated as locked. */
const locked = () => false;
