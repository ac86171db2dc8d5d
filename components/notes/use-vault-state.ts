/**
 * The vault's lock state for a page. Re-checked every `pollMs` because the lock can change
 * elsewhere: "Lock now" in the popup, the background's idle alarm, a browser restart. The service's
 * `watch` makes it immediate where the shell can observe storage.session; the poll is the
 * fallback. The check does not count as activity, so an open panel never keeps the vault
 * unlocked by itself.
 */
import { useCallback, useEffect, useState } from 'react';
import type { NotesService, VaultState } from '../../lib/notes/service';

export const DEFAULT_POLL_MS = 15_000;

export function useVaultState(service: NotesService, pollMs = DEFAULT_POLL_MS) {
  const [state, setState] = useState<VaultState | 'loading'>('loading');
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const check = () => service.state().then((s) => { if (live) setState(s); }, (err: unknown) => { if (live) setError(err); });
    void check();
    const timer = setInterval(check, pollMs);
    const unwatch = service.watch(() => void check());
    return () => {
      live = false;
      clearInterval(timer);
      unwatch();
    };
  }, [service, pollMs]);

  const unlock = useCallback(async (passphrase: string) => {
    await service.unlock(passphrase);
    setState('unlocked');
  }, [service]);

  const create = useCallback(async (passphrase: string, confirmation: string) => {
    await service.createVault(passphrase, confirmation);
    setState('unlocked');
  }, [service]);

  const lock = useCallback(async () => {
    setState('locked'); // Hide decrypted notes at once, even before storage answers.
    await service.lock();
  }, [service]);

  const markLocked = useCallback(() => setState('locked'), []);

  return { state, error, unlock, create, lock, markLocked };
}
