/**
 * One clipboard guard per page: copies, and clears the clipboard after the delay set in options
 * when the copied text holds PHI (a letter, claim JSON). The service worker schedules the same
 * clear (lib/templates/clipboard-background.ts), so closing the panel does not cancel it; closing the
 * panel also clears at once, synchronously, when a clear is pending. The delay is read at copy time, so a change in options
 * applies to the next copy without every view loading the settings.
 */
import { useEffect, useMemo, useState } from 'react';
import { createClipboardGuard, execCopyText, pageClipboard, type ClearOutcome, type CopyResult } from '@/lib/platform/clipboard';
import { loadClipboardSeconds } from '@/lib/templates/storage';
import { sendMessage } from '@/lib/platform/messaging';

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
    const onHide = (): void => {
      // Synchronously first: the page is going away and an awaited read would never finish.
      if (guard.pending) execCopyText(document, '');
      guard.dispose();
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      guard.dispose();
    };
  }, [guard]);
  async function copy(text: string, { phi }: { phi: boolean }): Promise<CopyResult> {
    setClearFailed(false);
    const seconds = phi ? await loadClipboardSeconds() : 0;
    const result = await guard.copy(text, { clearAfterMs: seconds * 1000 });
    // The worker clears too, after the same delay, whether or not this panel is still open.
    if (result.ok && seconds > 0) await sendMessage('clipboard.scheduleClear', { afterMs: seconds * 1000 }).catch(() => undefined);
    return result;
  }
  return { copy, clearFailed };
}
