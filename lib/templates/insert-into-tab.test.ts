import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { enabledSites } from '@/lib/sites/storage';
import type { FocusProbe } from './insert';
import { chooseInsertFrame, insertGate, insertIntoTab, INSERT_SCRIPT_FILE, type FrameProbe } from './insert-into-tab';

function frame(frameId: number, over: Partial<FocusProbe> = {}): FrameProbe {
  return {
    frameId,
    probe: { hasTarget: false, hasFocus: false, reachableFromParent: false, url: `https://f${frameId}.example/`, focusedFrameUrl: null, ...over },
  };
}

describe('chooseInsertFrame', () => {
  it('takes the top frame when its focus is on a field', () => {
    expect(chooseInsertFrame([frame(0, { hasTarget: true }), frame(3)])).toBe(0);
  });

  it('answers null when no frame has a focused field', () => {
    expect(chooseInsertFrame([frame(0), frame(3)])).toBeNull();
    expect(chooseInsertFrame([])).toBeNull();
  });

  it('never lets a same-origin child answer: its parent reaches into it (else the text would go in twice)', () => {
    expect(chooseInsertFrame([frame(0), frame(2, { hasTarget: true, reachableFromParent: true })])).toBeNull();
    expect(chooseInsertFrame([frame(0, { hasTarget: true }), frame(2, { hasTarget: true, reachableFromParent: true })])).toBe(0);
  });

  it('prefers the frame whose document has the system focus', () => {
    expect(chooseInsertFrame([frame(0, { hasTarget: true }), frame(5, { hasTarget: true, hasFocus: true })])).toBe(5);
  });

  it('follows the focus from the top into cross-origin frames by URL, past stale fields', () => {
    const frames = [
      frame(0, { focusedFrameUrl: 'https://f7.example/' }),
      // Stale: the user typed here before clicking into frame 7.
      frame(4, { hasTarget: true }),
      frame(7, { focusedFrameUrl: 'https://f9.example/' }),
      frame(9, { hasTarget: true }),
    ];
    expect(chooseInsertFrame(frames)).toBe(9);
  });

  it('ignores a stale field in a frame when the top frame focus is on neither a field nor a frame', () => {
    expect(chooseInsertFrame([frame(0), frame(4, { hasTarget: true })])).toBeNull();
  });

  it('falls back to the single candidate when the URL trail breaks (redirected frame) or the top is out of reach', () => {
    expect(chooseInsertFrame([frame(0, { focusedFrameUrl: 'https://old.example/' }), frame(4, { hasTarget: true })])).toBe(4);
    expect(chooseInsertFrame([frame(4, { hasTarget: true })])).toBe(4);
    expect(chooseInsertFrame([frame(4, { hasTarget: true }), frame(5, { hasTarget: true })])).toBeNull();
  });
});

const stubSend = (reply: () => Promise<unknown>) =>
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(reply as unknown as typeof browser.tabs.sendMessage);

describe('insertIntoTab', () => {
  type Exec = typeof browser.scripting.executeScript;
  const NO_CLAIM = { allowTruncate: false, claimOrigin: null, confirmedOrigin: null };
  beforeEach(async () => {
    await enabledSites.setValue(['https://f0.example', 'https://f3.example']);
  });

  function stubScripting(probes: FrameProbe[] | Error) {
    const calls: unknown[] = [];
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (injection: Parameters<Exec>[0]) => {
      calls.push(injection);
      if (probes instanceof Error) throw probes;
      if ('files' in injection && injection.files) return [];
      return probes.map((p) => ({ frameId: p.frameId, documentId: `d${p.frameId}`, result: p.probe }));
    }) as unknown as Exec);
    return calls;
  }

  it('injects the script in every frame, probes, and sends the text to the chosen frame only', async () => {
    const calls = stubScripting([frame(0, { focusedFrameUrl: 'https://f3.example/' }), frame(3, { hasTarget: true })]);
    const send = stubSend(async () => ({ ok: true, data: { ok: true } }));
    expect(await insertIntoTab(12, 'Dear payer', NO_CLAIM)).toEqual({ ok: true });
    expect(calls[0]).toEqual({ target: { tabId: 12, allFrames: true }, files: [INSERT_SCRIPT_FILE] });
    expect(calls[1]).toMatchObject({ target: { tabId: 12, allFrames: true }, args: ['remitRangerInsertProbe'] });
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(12, { rr: 1, type: 'templates.insert', data: { text: 'Dear payer', allowTruncate: false } }, { frameId: 3 });
  });

  it('answers no-target without sending anything when no frame holds a focused field', async () => {
    stubScripting([frame(0)]);
    const send = stubSend(async () => undefined);
    expect(await insertIntoTab(12, 'x', NO_CLAIM)).toEqual({ ok: false, reason: 'no-target' });
    expect(send).not.toHaveBeenCalled();
  });

  it('answers no-access when the page may not be scripted', async () => {
    stubScripting(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    expect(await insertIntoTab(12, 'x', NO_CLAIM)).toEqual({ ok: false, reason: 'no-access' });
  });

  it('lets a closed tab surface as an error', async () => {
    stubScripting(new Error('No tab with id: 12.'));
    await expect(insertIntoTab(12, 'x', NO_CLAIM)).rejects.toThrow(/No tab with id/);
  });

  it('passes on the maxlength refusal of the frame', async () => {
    stubScripting([frame(0, { hasTarget: true })]);
    const refusal = { ok: false, reason: 'maxlength', maxLength: 5, limitSource: 'attribute', fits: 'Dear ', wouldCut: 'payer' };
    stubSend(async () => ({ ok: true, data: refusal }));
    expect(await insertIntoTab(12, 'Dear payer', NO_CLAIM)).toEqual(refusal);
  });

  it('sends nothing into a frame of a site that is not enabled, nor into another site than the claim\'s unless confirmed', async () => {
    await enabledSites.setValue(['https://f0.example']);
    stubScripting([frame(0, { focusedFrameUrl: 'https://f3.example/' }), frame(3, { hasTarget: true })]);
    const send = stubSend(async () => ({ ok: true, data: { ok: true } }));
    expect(await insertIntoTab(12, 'x', NO_CLAIM)).toEqual({ ok: false, reason: 'not-enabled', origin: 'https://f3.example' });
    await enabledSites.setValue(['https://f0.example', 'https://f3.example']);
    const forClaim = { allowTruncate: false, claimOrigin: 'https://f0.example', confirmedOrigin: null };
    expect(await insertIntoTab(12, 'x', forClaim)).toEqual({ ok: false, reason: 'other-origin', origin: 'https://f3.example' });
    expect(send).not.toHaveBeenCalled();
    expect(await insertIntoTab(12, 'x', { ...forClaim, confirmedOrigin: 'https://f3.example' })).toEqual({ ok: true });
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('insertGate: where a letter may go (issue 17 item 1)', () => {
  const enabled = ['https://portal.example.com', 'https://apps.availity.com', 'https://www.availity.com'];
  const none = { claimOrigin: null, confirmedOrigin: null };
  it('refuses a field on a site that is not enabled, whatever access the tab gave', () => {
    expect(insertGate('https://evil.example.net/form', enabled, none)).toEqual({ ok: false, reason: 'not-enabled', origin: 'https://evil.example.net' });
    expect(insertGate('http://portal.example.com/form', enabled, none)).toMatchObject({ ok: false, reason: 'not-enabled' });
    expect(insertGate('about:blank', enabled, none)).toMatchObject({ ok: false, reason: 'not-enabled' });
  });
  it('lets a letter without a claim, or one for this site, go into an enabled site', () => {
    expect(insertGate('https://portal.example.com/dispute', enabled, none)).toEqual({ ok: true });
    expect(insertGate('https://portal.example.com/dispute', enabled, { claimOrigin: 'https://portal.example.com', confirmedOrigin: null })).toEqual({ ok: true });
  });
  it('asks before another site than the claim\'s, and goes ahead once that origin is confirmed', () => {
    const opts = { claimOrigin: 'https://portal.example.com', confirmedOrigin: null };
    expect(insertGate('https://apps.availity.com/appeal', enabled, opts)).toEqual({ ok: false, reason: 'other-origin', origin: 'https://apps.availity.com' });
    expect(insertGate('https://apps.availity.com/appeal', enabled, { ...opts, confirmedOrigin: 'https://apps.availity.com' })).toEqual({ ok: true });
    // Confirming one origin does not open another.
    expect(insertGate('https://www.availity.com/x', enabled, { ...opts, confirmedOrigin: 'https://apps.availity.com' })).toMatchObject({ reason: 'other-origin' });
  });
  it('treats the hosts a portal frames its claim pages from as the same site', () => {
    expect(insertGate('https://apps.availity.com/claim', enabled, { claimOrigin: 'https://www.availity.com', confirmedOrigin: null })).toEqual({ ok: true });
  });
});
