/**
 * "Copy, then clear the clipboard after N seconds if it still holds our text": a filled letter is
 * PHI and must not linger in the clipboard (or in an OS clipboard history) longer than needed.
 *
 * Pure scheduling: the clipboard and the timers are injected, so the shell passes
 * `navigator.clipboard` and `setTimeout`, and tests pass fakes.
 */
import { errorMessage } from './errors';

export interface ClipboardPort {
  writeText(text: string): Promise<void>;
  /** Optional: without read access (no permission, page not focused) the clear happens anyway. */
  readText?(): Promise<string>;
}

export interface TimerPort {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type ClearOutcome =
  /** The clipboard still held our text (or could not be read) and was emptied. */
  | 'cleared'
  /** The user copied something else meanwhile: theirs is left alone. */
  | 'kept'
  | 'failed';

export type CopyResult = { ok: true; clearScheduled: boolean } | { ok: false; error: string };

export interface ClipboardGuard {
  /** Copies; schedules the clear when `clearAfterMs` > 0 (text holding PHI). A new copy replaces a pending one. */
  copy(text: string, opts: { clearAfterMs: number }): Promise<CopyResult>;
  /** Clears now if our text is pending (on lock, logoff or closing the panel). */
  clearNow(): Promise<ClearOutcome | null>;
  /** Whether a clear is scheduled. */
  readonly pending: boolean;
  /** Stops the timer without touching the clipboard. */
  dispose(): void;
}

export function createClipboardGuard(
  clipboard: ClipboardPort,
  timers: TimerPort,
  onClear?: (outcome: ClearOutcome) => void,
): ClipboardGuard {
  let pending: { text: string; handle: unknown } | null = null;

  function cancelTimer(): void {
    if (pending) timers.clearTimeout(pending.handle);
    pending = null;
  }

  async function clearIfOurs(text: string): Promise<ClearOutcome> {
    let outcome: ClearOutcome;
    try {
      let current: string | null = null;
      try {
        current = clipboard.readText ? await clipboard.readText() : null;
      } catch {
        current = null; // unreadable: clearing is the safe side for PHI
      }
      if (current !== null && current !== text) outcome = 'kept';
      else {
        await clipboard.writeText('');
        outcome = 'cleared';
      }
    } catch {
      outcome = 'failed';
    }
    onClear?.(outcome);
    return outcome;
  }

  return {
    async copy(text, { clearAfterMs }) {
      cancelTimer();
      try {
        await clipboard.writeText(text);
      } catch (err) {
        return { ok: false, error: errorMessage(err) };
      }
      if (!(clearAfterMs > 0)) return { ok: true, clearScheduled: false };
      const entry: { text: string; handle: unknown } = { text, handle: null };
      entry.handle = timers.setTimeout(() => {
        if (pending !== entry) return;
        pending = null;
        void clearIfOurs(text);
      }, clearAfterMs);
      pending = entry;
      return { ok: true, clearScheduled: true };
    },
    async clearNow() {
      if (!pending) return null;
      const { text } = pending;
      cancelTimer();
      return clearIfOurs(text);
    },
    get pending() {
      return pending !== null;
    },
    dispose: cancelTimer,
  };
}

/**
 * `document.execCommand('copy')` with the text set in the copy event: works for an empty string
 * (the clear) and moves neither the focus nor the selection. False when the browser refuses.
 */
export function execCopyText(doc: Document, text: string): boolean {
  const onCopy = (e: Event): void => {
    (e as ClipboardEvent).clipboardData?.setData('text/plain', text);
    e.preventDefault();
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    // Deprecated, but the one write that works in an extension page without the focus (with the
    // clipboardWrite permission), where navigator.clipboard refuses with "Document is not focused".
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
}

/**
 * The clipboard of an extension page. Writing falls back to execCommand when the async API refuses:
 * a timed clear runs a minute later, when the user is typing in the portal and the side panel has
 * no focus. Reading is attempted only when already granted, so a clear never pops a permission
 * prompt; without it the guard clears anyway (the safe side for PHI).
 */
export function pageClipboard(nav: Pick<Navigator, 'clipboard' | 'permissions'>, doc: Document): ClipboardPort {
  return {
    async writeText(text) {
      try {
        await nav.clipboard.writeText(text);
      } catch (err) {
        if (!execCopyText(doc, text)) throw err;
      }
    },
    async readText() {
      const state = await nav.permissions.query({ name: 'clipboard-read' as PermissionName }).then((s) => s.state, () => 'denied');
      if (state !== 'granted') throw new Error('clipboard read not granted');
      return nav.clipboard.readText();
    },
  };
}
