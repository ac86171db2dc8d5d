/**
 * The timed clipboard clear, run by the service worker rather than the side panel: closing the
 * panel used to cancel its timer and leave a letter (PHI) in the clipboard. The worker keeps the
 * deadline in storage.session (memory only) and sets both a timer (exact, while it is awake) and an
 * alarm (wakes it if the browser stopped it meanwhile); whichever comes first clears, once. The
 * clear itself happens in an offscreen document (Chrome: reason CLIPBOARD) or, where there is no
 * offscreen API (Firefox's background page has a document), in the background page itself.
 *
 * Pure scheduling: every effect is injected (tests pass fakes).
 */
export const CLIPBOARD_ALARM = 'clipboard.clear';
export const CLIPBOARD_DEADLINE_KEY = 'clipboard.clearAt';
/** Longest delay accepted (the options form allows far less): a hostile value cannot park a timer for days. */
export const MAX_CLEAR_DELAY_MS = 10 * 60_000;

export interface ClearSchedulerDeps {
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** chrome.alarms: fires at `when` (ms epoch) even after the worker was stopped. */
  setAlarm(when: number): Promise<void>;
  clearAlarm(): Promise<void>;
  readDeadline(): Promise<number | null>;
  writeDeadline(at: number | null): Promise<void>;
  /** Empties the clipboard (offscreen document or background page). */
  clearClipboard(): Promise<boolean>;
}

export interface ClearScheduler {
  /** A PHI copy happened: clear after `afterMs` (a newer copy replaces the older deadline). */
  schedule(afterMs: number): Promise<{ at: number }>;
  /** The alarm fired, or the worker started: clear if the deadline passed, else re-arm the timer. */
  resume(): Promise<'cleared' | 'waiting' | 'none'>;
}

export function createClearScheduler(deps: ClearSchedulerDeps): ClearScheduler {
  let timer: unknown = null;
  let running: Promise<'cleared' | 'waiting' | 'none'> | null = null;

  function arm(at: number): void {
    if (timer !== null) deps.clearTimer(timer);
    timer = deps.setTimer(() => {
      timer = null;
      void resume();
    }, Math.max(0, at - deps.now()));
  }

  async function runResume(): Promise<'cleared' | 'waiting' | 'none'> {
    const at = await deps.readDeadline();
    if (at === null) return 'none';
    if (at > deps.now()) {
      arm(at);
      return 'waiting';
    }
    const ok = await deps.clearClipboard().catch(() => false);
    // Kept on failure so the next alarm or start tries again (the alarm stays set).
    if (!ok) return 'waiting';
    await deps.writeDeadline(null);
    await deps.clearAlarm();
    return 'cleared';
  }

  function resume(): Promise<'cleared' | 'waiting' | 'none'> {
    // Timer and alarm may fire together: one clear.
    running ??= runResume().finally(() => { running = null; });
    return running;
  }

  return {
    async schedule(afterMs) {
      const at = deps.now() + Math.min(Math.max(0, afterMs), MAX_CLEAR_DELAY_MS);
      await deps.writeDeadline(at);
      await deps.setAlarm(at);
      arm(at);
      return { at };
    },
    resume,
  };
}
