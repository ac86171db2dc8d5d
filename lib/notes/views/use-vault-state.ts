/**
 * The vault's lock state for a page. Re-checked every `pollMs` because the lock can change
 * elsewhere: "Lock now" in the popup, the background's idle alarm, a browser restart. The service's
 * `watch` makes it immediate where the shell can observe storage.session; the poll is the
 * fallback. The check does not count as activity, so an open panel never keeps the vault
 * unlocked by itself.
 *
 * A check reads the session and answers later (a slow machine, a busy worker). Its answer is only
 * as fresh as that read, so it is dropped when this page's own Lock now / Unlock / Create ran in
 * the meantime, or when a check started later has already answered. Otherwise a poll that read
 * the key just before "Lock now" would show the notes again, and one that read "locked" just
 * before "Unlock" finished would bring back the lock screen and lose what the user typed next.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NotesService, VaultState } from '@/lib/notes/service';

export const DEFAULT_POLL_MS = 15_000;

export function useVaultState(service: NotesService, pollMs = DEFAULT_POLL_MS) {
  const [state, setState] = useState<VaultState | 'loading'>('loading');
  const [error, setError] = useState<unknown>(null);
  // Every check and every action takes a ticket; an answer is applied only if no later ticket has
  // been applied and no action is running.
  const tickets = useRef(0);
  const applied = useRef(0);
  const acting = useRef(0);

  useEffect(() => {
    let live = true;
    const check = () => {
      const ticket = ++tickets.current;
      const current = () => live && acting.current === 0 && ticket > applied.current;
      return service.state().then(
        (s) => {
          if (!current()) return;
          applied.current = ticket;
          setState(s);
        },
        (err: unknown) => { if (current()) setError(err); },
      );
    };
    void check();
    const timer = setInterval(check, pollMs);
    const unwatch = service.watch(() => void check());
    return () => {
      live = false;
      clearInterval(timer);
      unwatch();
    };
  }, [service, pollMs]);

  /** Runs a user action; checks issued before it ends cannot overwrite the state it leaves. */
  const runAction = useCallback(async (action: () => Promise<void>, after: VaultState) => {
    acting.current += 1;
    try {
      await action();
      setState(after);
    } finally {
      acting.current -= 1;
      applied.current = ++tickets.current;
    }
  }, []);

  const unlock = useCallback((passphrase: string) => runAction(() => service.unlock(passphrase), 'unlocked'), [runAction, service]);

  const create = useCallback(
    (passphrase: string, confirmation: string) => runAction(() => service.createVault(passphrase, confirmation), 'unlocked'),
    [runAction, service],
  );

  const lock = useCallback(() => {
    setState('locked'); // Hide decrypted notes at once, even before storage answers.
    return runAction(() => service.lock(), 'locked');
  }, [runAction, service]);

  /** A call failed as locked: that is newer news than any check still on its way. */
  const markLocked = useCallback(() => {
    applied.current = ++tickets.current;
    setState('locked');
  }, []);

  return { state, error, unlock, create, lock, markLocked };
}
