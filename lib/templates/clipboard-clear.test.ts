import { describe, expect, it, vi } from 'vitest';
import { createClearScheduler, MAX_CLEAR_DELAY_MS, type ClearSchedulerDeps } from './clipboard-clear';

function world() {
  let t = 1_000_000;
  let deadline: number | null = null;
  const timers: { at: number; fn: () => void; live: boolean }[] = [];
  const alarms: number[] = [];
  const clearClipboard = vi.fn(async () => true);
  const deps: ClearSchedulerDeps = {
    now: () => t,
    setTimer: (fn, ms) => {
      const entry = { at: t + ms, fn, live: true };
      timers.push(entry);
      return entry;
    },
    clearTimer: (h) => void ((h as { live: boolean }).live = false),
    setAlarm: async (when) => void alarms.push(when),
    clearAlarm: async () => void alarms.splice(0),
    readDeadline: async () => deadline,
    writeDeadline: async (at) => void (deadline = at),
    clearClipboard,
  };
  return {
    deps,
    clearClipboard,
    alarms,
    get deadline() { return deadline; },
    advance(ms: number) {
      t += ms;
      for (const timer of timers) if (timer.live && timer.at <= t) { timer.live = false; timer.fn(); }
    },
    /** The browser stopped the worker: its timers are gone, storage.session and alarms stay. */
    stopWorker() {
      for (const timer of timers) timer.live = false;
    },
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('clipboard clear scheduled by the service worker (issue 17 item 2)', () => {
  it('clears after the delay with no page open', async () => {
    const w = world();
    const scheduler = createClearScheduler(w.deps);
    await scheduler.schedule(30_000);
    expect(w.alarms).toHaveLength(1);
    w.advance(29_000);
    await flush();
    expect(w.clearClipboard).not.toHaveBeenCalled();
    w.advance(1_000);
    await flush();
    expect(w.clearClipboard).toHaveBeenCalledTimes(1);
    expect(w.deadline).toBeNull();
    expect(w.alarms).toEqual([]);
  });

  it('survives the worker being stopped: the alarm wakes a new worker, which clears', async () => {
    const w = world();
    await createClearScheduler(w.deps).schedule(60_000);
    w.stopWorker();
    w.advance(61_000);
    // A new worker instance, started by the alarm.
    expect(await createClearScheduler(w.deps).resume()).toBe('cleared');
    expect(w.clearClipboard).toHaveBeenCalledTimes(1);
  });

  it('a newer copy moves the deadline; a failed clear is tried again', async () => {
    const w = world();
    const scheduler = createClearScheduler(w.deps);
    await scheduler.schedule(10_000);
    w.advance(5_000);
    await scheduler.schedule(10_000);
    w.advance(6_000);
    await flush();
    expect(w.clearClipboard).not.toHaveBeenCalled();
    w.clearClipboard.mockResolvedValueOnce(false);
    w.advance(5_000);
    await flush();
    expect(w.deadline).not.toBeNull();
    expect(await scheduler.resume()).toBe('cleared');
  });

  it('caps the delay', async () => {
    const w = world();
    const { at } = await createClearScheduler(w.deps).schedule(1e12);
    expect(at - w.deps.now()).toBe(MAX_CLEAR_DELAY_MS);
  });
});
