import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClipboardGuard, pageClipboard, type ClipboardPort, type TimerPort } from './clipboard';

function fakeClipboard(readable = true): ClipboardPort & { value: string; writes: string[] } {
  const board = {
    value: 'before',
    writes: [] as string[],
    async writeText(text: string) {
      board.value = text;
      board.writes.push(text);
    },
    readText: readable ? async () => board.value : undefined,
  };
  return board;
}

const timers: TimerPort = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('clipboard guard', () => {
  it('copies, then clears after the delay when the clipboard still holds our text', async () => {
    const board = fakeClipboard();
    const onClear = vi.fn();
    const guard = createClipboardGuard(board, timers, onClear);
    expect(await guard.copy('PHI letter', { clearAfterMs: 30_000 })).toEqual({ ok: true, clearScheduled: true });
    expect(board.value).toBe('PHI letter');
    await vi.advanceTimersByTimeAsync(29_999);
    expect(board.value).toBe('PHI letter');
    await vi.advanceTimersByTimeAsync(1);
    expect(board.value).toBe('');
    expect(onClear).toHaveBeenCalledWith('cleared');
    expect(guard.pending).toBe(false);
  });

  it('leaves the clipboard alone when the user copied something else', async () => {
    const board = fakeClipboard();
    const onClear = vi.fn();
    const guard = createClipboardGuard(board, timers, onClear);
    await guard.copy('PHI letter', { clearAfterMs: 1000 });
    board.value = 'something the user copied';
    await vi.advanceTimersByTimeAsync(1000);
    expect(board.value).toBe('something the user copied');
    expect(onClear).toHaveBeenCalledWith('kept');
  });

  it('clears anyway when the clipboard cannot be read', async () => {
    const board = fakeClipboard(false);
    const guard = createClipboardGuard(board, timers);
    await guard.copy('PHI', { clearAfterMs: 1000 });
    board.value = 'other';
    await vi.advanceTimersByTimeAsync(1000);
    expect(board.value).toBe('');
  });

  it('does not schedule a clear for text without PHI', async () => {
    const board = fakeClipboard();
    const guard = createClipboardGuard(board, timers);
    expect(await guard.copy('template body', { clearAfterMs: 0 })).toEqual({ ok: true, clearScheduled: false });
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(board.writes).toEqual(['template body']);
  });

  it('a second copy replaces the first timer', async () => {
    const board = fakeClipboard();
    const guard = createClipboardGuard(board, timers);
    await guard.copy('first', { clearAfterMs: 1000 });
    await vi.advanceTimersByTimeAsync(800);
    await guard.copy('second', { clearAfterMs: 1000 });
    await vi.advanceTimersByTimeAsync(500);
    expect(board.value).toBe('second');
    await vi.advanceTimersByTimeAsync(500);
    expect(board.value).toBe('');
    expect(board.writes).toEqual(['first', 'second', '']);
  });

  it('clearNow empties a pending copy at once (lock, logoff)', async () => {
    const board = fakeClipboard();
    const guard = createClipboardGuard(board, timers);
    expect(await guard.clearNow()).toBeNull();
    await guard.copy('PHI', { clearAfterMs: 60_000 });
    expect(await guard.clearNow()).toBe('cleared');
    expect(board.value).toBe('');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(board.writes).toEqual(['PHI', '']);
  });

  it('reports a failed write and schedules nothing', async () => {
    const guard = createClipboardGuard({ writeText: () => Promise.reject(new Error('Document is not focused.')) }, timers);
    expect(await guard.copy('PHI', { clearAfterMs: 1000 })).toEqual({ ok: false, error: 'Document is not focused.' });
    expect(guard.pending).toBe(false);
  });

  it('dispose stops the timer without clearing', async () => {
    const board = fakeClipboard();
    const guard = createClipboardGuard(board, timers);
    await guard.copy('PHI', { clearAfterMs: 1000 });
    guard.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    expect(board.value).toBe('PHI');
  });
});

function stubExecCommand(result: boolean): string[] {
  const written: string[] = [];
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: vi.fn((command: string) => {
      const data = new Map<string, string>();
      const event = new Event('copy', { cancelable: true }) as Event & { clipboardData: unknown };
      event.clipboardData = { setData: (type: string, value: string) => data.set(type, value) };
      document.dispatchEvent(event);
      if (result && command === 'copy' && event.defaultPrevented) written.push(data.get('text/plain') ?? '<none>');
      return result;
    }),
  });
  return written;
}

describe('pageClipboard', () => {
  type Nav = Parameters<typeof pageClipboard>[0];

  function fakeNavigator(opts: { writeFails?: boolean; readState?: PermissionState }) {
    const reads = vi.fn(async () => 'on the board');
    const nav = {
      clipboard: {
        writeText: vi.fn(async () => {
          if (opts.writeFails) throw new DOMException('Document is not focused.', 'NotAllowedError');
        }),
        readText: reads,
      },
      permissions: { query: vi.fn(async () => ({ state: opts.readState ?? 'prompt' })) },
    };
    return { nav: nav as unknown as Nav, reads, write: nav.clipboard.writeText };
  }

  afterEach(() => {
    delete (document as { execCommand?: unknown }).execCommand;
  });

  it('writes through navigator.clipboard when it accepts', async () => {
    const { nav, write } = fakeNavigator({});
    const written = stubExecCommand(true);
    await pageClipboard(nav, document).writeText('letter');
    expect(write).toHaveBeenCalledWith('letter');
    expect(written).toEqual([]);
  });

  it('falls back to a copy event when the page has no focus, including for the empty clear', async () => {
    const { nav } = fakeNavigator({ writeFails: true });
    const written = stubExecCommand(true);
    const port = pageClipboard(nav, document);
    await port.writeText('letter');
    await port.writeText('');
    expect(written).toEqual(['letter', '']);
  });

  it('throws the original error when the fallback is refused too', async () => {
    const { nav } = fakeNavigator({ writeFails: true });
    stubExecCommand(false);
    await expect(pageClipboard(nav, document).writeText('letter')).rejects.toThrow('Document is not focused.');
  });

  it('reads only with a granted permission, so a timed clear never prompts', async () => {
    const prompt = fakeNavigator({ readState: 'prompt' });
    await expect(pageClipboard(prompt.nav, document).readText!()).rejects.toThrow();
    expect(prompt.reads).not.toHaveBeenCalled();
    const granted = fakeNavigator({ readState: 'granted' });
    expect(await pageClipboard(granted.nav, document).readText!()).toBe('on the board');
  });
});
