import { beforeAll, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import type { FocusProbe } from './insert';
import { installInsertListener, PROBE_GLOBAL } from './insert-listener';

type Listener = (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined;

const fromExtension = (): Browser.runtime.MessageSender => ({ id: browser.runtime.id, url: browser.runtime.getURL('/background.js') });
const fromPage = (): Browser.runtime.MessageSender => ({ id: browser.runtime.id, url: 'https://portal.example/claims', tab: { id: 3 } as Browser.tabs.Tab });
const insertMessage = (data: unknown) => ({ rr: 1, type: 'templates.insert', data });

let listener: Listener;
let addCalls = 0;

beforeAll(() => {
  // The listener is captured once: like the real script, the module installs it once per frame.
  vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation(((fn: Listener) => {
    listener = fn;
    addCalls++;
  }) as never);
  installInsertListener(document);
  installInsertListener(document);
  vi.restoreAllMocks();
});

describe('insert listener', () => {
  it('installs one listener however often the script is injected', () => {
    expect(addCalls).toBe(1);
  });

  it('inserts into the focused field when the extension asks', async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.focus();
    expect(await listener(insertMessage({ text: 'Dear payer', allowTruncate: false }), fromExtension())).toEqual({ ok: true, data: { ok: true } });
    expect(ta.value).toBe('Dear payer');
  });

  it('refuses a page (content sender), an oversized text and extra keys, and types nothing', async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.focus();
    expect(await listener(insertMessage({ text: 'x', allowTruncate: false }), fromPage())).toEqual({ ok: false, error: 'sender not allowed for templates.insert' });
    expect(await listener(insertMessage({ text: 'x'.repeat(50_001), allowTruncate: false }), fromExtension())).toEqual({ ok: false, error: 'invalid payload for templates.insert' });
    expect(await listener(insertMessage({ text: 'x', allowTruncate: false, mode: 'replace' }), fromExtension())).toEqual({ ok: false, error: 'invalid payload for templates.insert' });
    expect(ta.value).toBe('');
  });

  it('leaves other messages to other listeners', () => {
    expect(listener({ rr: 1, type: 'ping', data: {} }, fromExtension())).toBeUndefined();
  });

  it('exposes the focus probe to executeScript', () => {
    document.body.innerHTML = '<input id="i" type="text">';
    (document.getElementById('i') as HTMLInputElement).focus();
    const probe = (globalThis as unknown as Record<string, () => FocusProbe>)[PROBE_GLOBAL]!();
    expect(probe).toMatchObject({ hasTarget: true, reachableFromParent: false, focusedFrameUrl: null });
  });
});
