import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClipboardGuard, type ClipboardPort, type TimerPort } from './clipboard';

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
