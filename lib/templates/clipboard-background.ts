/**
 * Service-worker glue of the timed clipboard clear (lib/templates/clipboard-clear.ts): the
 * deadline in storage.session, an alarm, and the clear in an offscreen document (Chrome) or in
 * the background page itself (Firefox, which has no offscreen API but gives its background a DOM).
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/platform/messaging';
import { CLIPBOARD_ALARM, CLIPBOARD_DEADLINE_KEY, createClearScheduler, type ClearScheduler } from './clipboard-clear';

const OFFSCREEN_PATH = '/offscreen.html';

interface ChromeOffscreen {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

function offscreenApi(): ChromeOffscreen | undefined {
  return (globalThis as { chrome?: { offscreen?: ChromeOffscreen } }).chrome?.offscreen;
}

async function clearViaOffscreen(api: ChromeOffscreen): Promise<boolean> {
  try {
    await api.createDocument({
      url: browser.runtime.getURL(OFFSCREEN_PATH),
      reasons: ['CLIPBOARD'],
      justification: 'Clear a copied appeal letter (patient data) from the clipboard after the delay the user set.',
    });
  } catch {
    // "Only a single offscreen document may be created": one is open already, use it.
  }
  try {
    return (await sendMessage('clipboard.offscreenClear', {})).cleared;
  } finally {
    await api.closeDocument().catch(() => undefined);
  }
}

export async function clearClipboardFromWorker(): Promise<boolean> {
  const api = offscreenApi();
  if (api) return clearViaOffscreen(api);
  // Firefox: the background is a page with the clipboardWrite permission.
  const nav = (globalThis as { navigator?: Navigator }).navigator;
  if (!nav?.clipboard) return false;
  await nav.clipboard.writeText('');
  return true;
}

let scheduler: ClearScheduler | null = null;

export function clipboardScheduler(): ClearScheduler {
  scheduler ??= createClearScheduler({
    now: () => Date.now(),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    setAlarm: (when) => browser.alarms.create(CLIPBOARD_ALARM, { when }),
    clearAlarm: async () => void (await browser.alarms.clear(CLIPBOARD_ALARM)),
    readDeadline: async () => {
      const v = (await browser.storage.session.get(CLIPBOARD_DEADLINE_KEY))[CLIPBOARD_DEADLINE_KEY];
      return typeof v === 'number' ? v : null;
    },
    writeDeadline: (at) => (at === null ? browser.storage.session.remove(CLIPBOARD_DEADLINE_KEY) : browser.storage.session.set({ [CLIPBOARD_DEADLINE_KEY]: at })),
    clearClipboard: clearClipboardFromWorker,
  });
  return scheduler;
}

/** Once per worker start, synchronously: the alarm listener, and a clear that came due while stopped. */
export function startClipboardClear(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CLIPBOARD_ALARM) void clipboardScheduler().resume();
  });
  void clipboardScheduler().resume();
}
