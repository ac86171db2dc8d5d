/**
 * One clipboard guard per page: copies, and clears the clipboard after the delay set in options
 * when the copied text holds PHI (a letter, claim JSON). Closing the panel clears at once, because
 * the timer would die with the page. The delay is read at copy time, so a change in options
 * applies to the next copy without every view loading the settings.
 */
import { useEffect, useMemo, useState } from 'react';
import { createClipboardGuard, pageClipboard, type ClearOutcome, type CopyResult } from '@/lib/platform/clipboard';
import { loadClipboardSeconds } from '@/lib/templates/storage';

export function useClipboardGuard(): { copy(text: string, opts: { phi: boolean }): Promise<CopyResult>; clearFailed: boolean } {
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
  async function copy(text: string, { phi }: { phi: boolean }): Promise<CopyResult> {
    setClearFailed(false);
    const seconds = phi ? await loadClipboardSeconds() : 0;
    return guard.copy(text, { clearAfterMs: seconds * 1000 });
  }
  return { copy, clearFailed };
}
