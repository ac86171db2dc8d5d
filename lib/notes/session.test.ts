import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearSession, isIdleExpired, lockIfIdle, readLastActivity, readSessionKey, SESSION_KEY, storeSessionKey, touchSession,
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
