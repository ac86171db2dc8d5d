/**
 * One clipboard guard per page: copies, and clears the clipboard after the configured delay when
 * the copied text holds PHI (a letter, claim JSON). Closing the panel clears at once, because the
 * timer would die with the page.
 */
import { useEffect, useMemo, useState } from 'react';
import { createClipboardGuard, pageClipboard, type ClearOutcome, type ClipboardGuard } from '../page/clipboard';

export function useClipboardGuard(): { guard: ClipboardGuard; clearFailed: boolean; resetClearFailed(): void } {
  const [clearFailed, setClearFailed] = useState(false);
  const guard = useMemo(
    () => createClipboardGuard(
      pageClipboard(navigator, document),
      { setTimeout: (fn, ms) => window.setTimeout(fn, ms), clearTimeout: (h) => window.clearTimeout(h as number) },
      (outcome: ClearOutcome) => setClearFailed(outcome === 'failed'),
    ),
    [],
  );
  useEffect(() => {
    const onHide = (): void => void guard.clearNow();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      guard.dispose();
    };
  }, [guard]);
  return { guard, clearFailed, resetClearFailed: () => setClearFailed(false) };
}
