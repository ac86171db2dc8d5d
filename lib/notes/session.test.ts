import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clampIdleMinutes, clearSession, DEFAULT_IDLE_MINUTES, isIdleExpired, parseIdleMinutes, lockIfIdle, readLastActivity, readSessionKey, SESSION_KEY, storeSessionKey, touchSession,
} from './session';

const session = () => fakeBrowser.storage.session;
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);

describe('isIdleExpired', () => {
  it('expires exactly at the idle time, not a millisecond before', () => {
    expect(isIdleExpired(T0 + 15 * 60_000 - 1, T0, 15)).toBe(false);
    expect(isIdleExpired(T0 + 15 * 60_000, T0, 15)).toBe(true);
    expect(isIdleExpired(T0 + 5 * 60_000, T0, 5)).toBe(true);
  });

  it('fails closed without a timestamp or with one far in the future', () => {
    expect(isIdleExpired(T0, null, 15)).toBe(true);
    expect(isIdleExpired(T0, T0 + 30_000, 15)).toBe(false);
    expect(isIdleExpired(T0, T0 + 10 * 60_000, 15)).toBe(true);
  });
});

describe('session storage of the key', () => {
  it('stores the key in storage.session only, and lock removes it', async () => {
    const raw = crypto.getRandomValues(new Uint8Array(32));
    await storeSessionKey(session(), raw, T0);
    expect(Array.from((await readSessionKey(session()))!)).toEqual(Array.from(raw));
    expect(await readLastActivity(session())).toBe(T0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await clearSession(session());
    expect(await readSessionKey(session())).toBeNull();
    expect(await session().get(null)).toEqual({});
  });

  it('treats an unreadable session value as locked', async () => {
    await session().set({ [SESSION_KEY]: 'not base64!' });
    expect(await readSessionKey(session())).toBeNull();
  });

  it('lockIfIdle locks only after the idle time since the last activity', async () => {
    await storeSessionKey(session(), new Uint8Array(32), T0);
    await touchSession(session(), T0 + 10 * 60_000);
    expect(await lockIfIdle(session(), T0 + 20 * 60_000, 15)).toBe(false);
    expect(await readSessionKey(session())).not.toBeNull();
    expect(await lockIfIdle(session(), T0 + 25 * 60_000, 15)).toBe(true);
    expect(await readSessionKey(session())).toBeNull();
    expect(await lockIfIdle(session(), T0 + 99 * 60_000, 15)).toBe(false);
  });
});

describe('auto-lock setting', () => {
  it('accepts whole minutes within 1–240 as typed, and nothing else', () => {
    expect(parseIdleMinutes('15')).toBe(15);
    expect(parseIdleMinutes(' 240 ')).toBe(240);
    expect(parseIdleMinutes('1')).toBe(1);
    for (const bad of ['0', '241', '-5', '2.5', '1e2', '', 'ten', '15 min']) expect(parseIdleMinutes(bad)).toBeNull();
  });

  it('reads a stored value safely: clamped into the bounds, the default for anything not a number', () => {
    expect(clampIdleMinutes(30)).toBe(30);
    expect(clampIdleMinutes(0)).toBe(1);
    expect(clampIdleMinutes(1e9)).toBe(240);
    expect(clampIdleMinutes(Number.POSITIVE_INFINITY)).toBe(DEFAULT_IDLE_MINUTES);
    expect(clampIdleMinutes('30')).toBe(DEFAULT_IDLE_MINUTES);
    expect(clampIdleMinutes(null)).toBe(DEFAULT_IDLE_MINUTES);
  });
});
