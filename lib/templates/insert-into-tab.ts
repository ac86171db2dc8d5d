/**
 * "Insert into page" from the side panel: put the letter into the field the user last focused in
 * the portal tab, whatever frame it is in, exactly once.
 *
 * The insert script is injected into every frame on demand (the site may not be enabled: access
 * then comes from activeTab, granted by the toolbar button, the context-menu entry or the
 * shortcut). Every frame is asked where its focus is, one frame is chosen, and only that frame
 * receives the text.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from '@/lib/platform/messaging';
import { isUrlEnabled, originOf, originsToEnable } from '@/lib/sites/origins';
import { enabledSites } from '@/lib/sites/storage';
import { PROBE_GLOBAL } from './insert-listener';
import type { FocusProbe, TabInsertOutcome } from './insert';

/** Output of entrypoints/insert-text.ts (WXT builds an unlisted script as /<name>.js). */
export const INSERT_SCRIPT_FILE = '/insert-text.js';

export interface FrameProbe {
  frameId: number;
  probe: FocusProbe;
}

/**
 * The frame that holds the focus, or null when it cannot be told (then nothing is inserted and the
 * user is asked to click into the field again: a letter typed into the wrong field is worse).
 *
 * 1. A frame whose document has the system focus (the page, not the side panel, was focused).
 * 2. Otherwise follow the focus from the top frame: its focused field, or the cross-origin frame
 *    its focus went into, and on down by URL. A frame's `activeElement` outlives the focus moving
 *    to another frame, so a field is trusted only at the end of that chain.
 * 3. Without the top frame (no access to it) or when a frame's URL changed since it loaded: the
 *    single frame with a focused field, if there is exactly one.
 */
export function chooseInsertFrame(frames: readonly FrameProbe[]): number | null {
  const roots = frames.filter((f) => !f.probe.reachableFromParent);
  const candidates = roots.filter((f) => f.probe.hasTarget);
  if (candidates.length === 0) return null;
  const focused = candidates.filter((f) => f.probe.hasFocus);
  if (focused.length === 1) return focused[0]!.frameId;

  const top = roots.find((f) => f.frameId === 0);
  if (top) {
    const seen = new Set<number>();
    for (let at: FrameProbe | undefined = top; at && !seen.has(at.frameId); ) {
      seen.add(at.frameId);
      if (at.probe.hasTarget) return at.frameId;
      const next: string | null = at.probe.focusedFrameUrl;
      // The top's focus is on no field and in no frame: any other frame's field is stale.
      if (next === null) return null;
      const into: FrameProbe[] = roots.filter((f) => f.probe.url === next && !seen.has(f.frameId));
      at = into.length === 1 ? into[0] : undefined;
    }
  }
  return candidates.length === 1 ? candidates[0]!.frameId : null;
}

function isFocusProbe(v: unknown): v is FocusProbe {
  return typeof v === 'object' && v !== null && typeof (v as FocusProbe).hasTarget === 'boolean' && typeof (v as FocusProbe).url === 'string';
}

/** Runs in each frame (serialised by executeScript: no closure, only its argument). */
function callProbe(name: string): unknown {
  const probe = (globalThis as unknown as Record<string, unknown>)[name];
  return typeof probe === 'function' ? (probe as () => unknown)() : null;
}

/** Chrome's wording when a tab does not exist; anything else from executeScript means no access. */
const NO_TAB = /no tab with id/i;

async function probeFrames(tabId: number): Promise<FrameProbe[] | 'no-access'> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [INSERT_SCRIPT_FILE] });
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: callProbe, args: [PROBE_GLOBAL] });
    return results.flatMap((r) => (isFocusProbe(r.result) ? [{ frameId: r.frameId, probe: r.result }] : []));
  } catch (err) {
    // "Cannot access contents of the page", chrome:// pages, the web store, file:// without the switch.
    if (err instanceof Error && NO_TAB.test(err.message)) throw err;
    return 'no-access';
  }
}

/**
 * May the letter go into a field of the frame at `frameUrl`? Only on an enabled site (a letter
 * carries PHI: a page the user never enabled gets none, whatever access activeTab gave), and on
 * another site than the letter's claim only once the user confirmed that very origin. The hosts a
 * site's claim pages are framed from (enabled with it) count as the same site.
 */
export function insertGate(
  frameUrl: string,
  enabled: readonly string[],
  opts: { claimOrigin: string | null; confirmedOrigin: string | null },
): { ok: true } | { ok: false; reason: 'not-enabled' | 'other-origin'; origin: string } {
  const origin = originOf(frameUrl);
  if (!origin || !isUrlEnabled(frameUrl, enabled)) return { ok: false, reason: 'not-enabled', origin: origin ?? frameUrl.slice(0, 300) };
  if (!opts.claimOrigin || opts.confirmedOrigin === origin) return { ok: true };
  const sameSite = origin === opts.claimOrigin || originsToEnable(opts.claimOrigin).includes(origin);
  return sameSite ? { ok: true } : { ok: false, reason: 'other-origin', origin };
}

export async function insertIntoTab(
  tabId: number,
  text: string,
  opts: { allowTruncate: boolean; claimOrigin: string | null; confirmedOrigin: string | null },
): Promise<TabInsertOutcome> {
  const frames = await probeFrames(tabId);
  if (frames === 'no-access') return { ok: false, reason: 'no-access' };
  const frameId = chooseInsertFrame(frames);
  if (frameId === null) return { ok: false, reason: 'no-target' };
  // The URL our insert script read in the frame's isolated world (not the page's own word).
  const url = frames.find((f) => f.frameId === frameId)!.probe.url;
  const gate = insertGate(url, await enabledSites.getValue(), opts);
  if (!gate.ok) return gate;
  return sendToTab(tabId, 'templates.insert', { text, allowTruncate: opts.allowTruncate }, frameId);
}
