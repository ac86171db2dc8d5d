/**
 * Runs a user action (unlock, export, import ...) with a busy flag, and keeps its outcome as a
 * status line or a translated error line. One place, so every form reports failures the same way.
 */
import { useCallback, useState } from 'react';
import { errorText } from './error-text';

export function useAction(onError?: (error: unknown) => void) {
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** `action` resolves to the status text to show (or null for none). */
  const run = useCallback(async (action: () => Promise<string | null>) => {
    setBusy(true);
    setStatus(null);
    setError(null);
    try {
      setStatus(await action());
      setBusy(false);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
      onError?.(err);
    }
  }, [onError]);

  return { run, busy, status, error };
}
