import { describe, expect, it } from 'vitest';
import { createRouter, NO_REPLY, senderKind, unwrap } from './messaging';
import { isShape, isString } from './validate';

const ids = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const fromPage = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' };
const fromContent = { id: 'ext-id', url: 'https://portal.example.com/claim/1', tab: { id: 7 } as never };

describe('senderKind', () => {
  it('tells our pages from our content scripts and rejects strangers', () => {
    expect(senderKind(fromPage, ids.id, ids.origin)).toBe('extension');
    expect(senderKind(fromContent, ids.id, ids.origin)).toBe('content');
    expect(senderKind({ ...fromPage, id: 'other-extension' }, ids.id, ids.origin)).toBeNull();
    expect(senderKind({ id: 'ext-id', url: 'file:///x.html', tab: { id: 1 } as never }, ids.id, ids.origin)).toBeNull();
  });

  it('fails closed: our id without a URL or a tab is not an extension page (issue 17 item 5)', () => {
    expect(senderKind({ id: 'ext-id' }, ids.id, ids.origin)).toBeNull();
    expect(senderKind({ id: 'ext-id', tab: { id: 3 } as never }, ids.id, ids.origin)).toBeNull();
    // The service worker gives its script URL.
    expect(senderKind({ id: 'ext-id', url: 'chrome-extension://ext-id/background.js' }, ids.id, ids.origin)).toBe('extension');
  });
});

describe('isShape (issue 17 item 5)', () => {
  it('rejects inherited keys such as constructor and __proto__ riding along', () => {
    const guard = isShape({ a: isString });
    expect(guard({ a: 'x' })).toBe(true);
    expect(guard({ a: 'x', constructor: 'y' })).toBe(false);
    expect(guard({ a: 'x', toString: 'y' })).toBe(false);
    expect(guard(JSON.parse('{"a":"x","__proto__":{"polluted":true}}'))).toBe(false);
  });
});

describe('unwrap validates every reply by message type (issue 17 item 5)', () => {
  it('refuses a claims.get reply that is not an extraction result', () => {
    expect(() => unwrap('claims.get', { ok: true, data: { result: { found: true, page: '<img onerror>' } } })).toThrow(/invalid reply for claims.get/);
    expect(() => unwrap('claims.get', { ok: true, data: { result: {}, extra: 1 } })).toThrow(/invalid reply/);
  });
  it('refuses replies of every type that do not match their declared shape', () => {
    expect(() => unwrap('sites.status', { ok: true, data: { origin: 'https://a.example', enabled: 'yes', granted: true } })).toThrow(/invalid reply/);
    expect(() => unwrap('claims.verdicts', { ok: true, data: { verdicts: [{ status: 'bogus', tooltip: '' }] } })).toThrow(/invalid reply/);
    expect(() => unwrap('templates.insert', { ok: true, data: { ok: false, reason: 'maxlength' } })).toThrow(/invalid reply/);
    expect(() => unwrap('notes.changed', { ok: true, data: { due: -1 } })).toThrow(/invalid reply/);
  });
  it('passes valid replies through', () => {
    expect(unwrap('claims.verdicts', { ok: true, data: { verdicts: [{ status: 'valid', tooltip: 'ok', severity: 'info' }] } })).toEqual({
      verdicts: [{ status: 'valid', tooltip: 'ok', severity: 'info' }],
    });
    expect(unwrap('templates.insertIntoTab', { ok: true, data: { ok: true, flattened: true } })).toEqual({ ok: true, flattened: true });
    expect(unwrap('templates.insertIntoTab', { ok: true, data: { ok: false, reason: 'no-access' } })).toEqual({ ok: false, reason: 'no-access' });
  });
});

describe('createRouter', () => {
  const router = createRouter(
    {
      ping: () => ({ pong: true, version: '9' }),
      'sites.status': ({ origin }) => ({ origin, enabled: false, granted: false }),
      'sidepanel.open': () => ({ opened: true }),
    },
    ids,
  );
  const envelope = (type: string, data: unknown) => ({ rr: 1, type, data });

  it('answers a valid message', async () => {
    await expect(router(envelope('ping', {}), fromPage)).resolves.toEqual({ ok: true, data: { pong: true, version: '9' } });
  });

  it('ignores what is not ours so other listeners may answer', () => {
    expect(router({ hello: 1 }, fromPage)).toBeUndefined();
    expect(router(envelope('no.such.type', {}), fromPage)).toBeUndefined();
    expect(router(envelope('sites.list', {}), fromPage)).toBeUndefined(); // no handler here
    expect(router(envelope('toString', {}), fromPage)).toBeUndefined(); // prototype keys are not types
  });

  it('rejects invalid payloads', async () => {
    await expect(router(envelope('sites.status', { origin: 'ftp://x' }), fromPage)).resolves.toMatchObject({ ok: false });
    await expect(router(envelope('sites.status', { origin: 'https://a.example', more: true }), fromPage)).resolves.toMatchObject({ ok: false });
    await expect(router(envelope('ping', { x: 1 }), fromPage)).resolves.toMatchObject({ ok: false });
  });

  it('checks the sender: content scripts cannot call extension-only messages and vice versa', async () => {
    await expect(router(envelope('sites.status', { origin: 'https://a.example' }), fromContent)).resolves.toEqual({
      ok: false,
      error: 'sender not allowed for sites.status',
    });
    await expect(router(envelope('sidepanel.open', {}), fromPage)).resolves.toMatchObject({ ok: false });
    await expect(router(envelope('sidepanel.open', {}), fromContent)).resolves.toEqual({ ok: true, data: { opened: true } });
  });

  it('stays silent when a handler declines, so another frame can answer', () => {
    const declining = createRouter({ ping: () => NO_REPLY }, ids);
    expect(declining(envelope('ping', {}), fromPage)).toBeUndefined();
  });

  it('turns handler errors into error replies', async () => {
    const failing = createRouter({ ping: () => { throw new Error('boom'); } }, ids);
    await expect(failing(envelope('ping', {}), fromPage)).resolves.toEqual({ ok: false, error: 'boom' });
  });
});
