import { describe, expect, it } from 'vitest';
import { createRouter, NO_REPLY, senderKind } from './messaging';

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
