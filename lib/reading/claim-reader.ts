/**
 * Claim reader in a portal page (every frame: Availity's claim app lives in an iframe). Runs only
 * where the user enabled Remit Ranger; stops when the site is disabled or the extension is
 * reloaded (context invalidated). It reads the page (lib/portals), watches single-page portals
 * (lib/reading/page/observe), draws badges and the chip (lib/page), and tells the side panel. The code
 * tables stay in the extension: badge verdicts come from the service worker.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { isClaimList } from '@/lib/claim/types';
import { resolveLocale, setLocale, t } from '@/lib/platform/i18n';
import { createRouter, NO_REPLY, sendMessage } from '@/lib/platform/messaging';
import { questionKey, type BadgeVerdict } from '@/lib/checks/verdict-contract';
import {
  claimKey, codeQuestions, highlightElement, locateCodes, observeClaimPage, renderBadges, renderClaimChip,
  type BadgeHandle, type ChipHandle,
} from './page/claims';
import { extractClaimPage } from './portals/extract';
import type { ExtractionResult } from './portals/types';
import { labelOf } from './teach/locate-label';
import { isSafeLabel, readerHints, type ReaderHints, type TeachableField } from './teach/mapping';
import { startPicking, type Picking } from './teach/pick';

const RUNNING = Symbol.for('remit-ranger.claim-reader');

/** The labels the user taught for this frame's site, from the worker (the reader reads no storage). */
const taughtHints = (): Promise<ReaderHints | null> => sendMessage('reading.context', {}).then((c) => readerHints(c.taught), () => null);

export function startClaimReader(ctx: ContentScriptContext): void {
  const w = window as unknown as Record<symbol, boolean>;
  // The script can be both registered and injected (on "Enable", at browser start, after a load):
  // run once per frame.
  if (w[RUNNING]) return;
  w[RUNNING] = true;
  // A newer copy of the script invalidates this one as it starts (WXT's context does that): let go
  // of the flag at once, so the newer copy runs instead of finding the place taken by a stopped one.
  ctx.onInvalidated(() => {
    w[RUNNING] = false;
  });
  void run(ctx).catch(() => {
    w[RUNNING] = false;
  });
}

async function run(ctx: ContentScriptContext): Promise<void> {
  // By message, not from storage: a content script runs in a portal's renderer and is given no
  // storage access (issue 17 item 4). The worker answers for this frame's URL.
  const { enabled, language } = await sendMessage('sites.context', {});
  // Replaced by a newer copy while asking: that one reads the page.
  if (ctx.isInvalid) return;
  if (!enabled) {
    (window as unknown as Record<symbol, boolean>)[RUNNING] = false;
    return;
  }
  setLocale(resolveLocale(language, navigator.language));

  let current: ExtractionResult | null = null;
  // What the user taught the reader on this site (labels only), asked again when the worker says it changed.
  let hints: ReaderHints | null = await taughtHints();
  let picking: Picking | null = null;
  let badges: BadgeHandle | null = null;
  let chip: ChipHandle | null = null;
  let generation = 0;

  const clear = () => {
    generation++; // a draw still waiting for the extension's answer must not paint after this
    badges?.dispose();
    badges = null;
    chip?.dispose();
    chip = null;
  };

  async function draw(result: ExtractionResult): Promise<void> {
    const gen = ++generation;
    badges?.dispose();
    badges = null;
    if (!result.found) {
      chip?.dispose();
      chip = null;
      return;
    }
    const label = isClaimList(result.page)
      ? t('claims.chip.listLabel', { count: result.page.claims.length })
      : t('claims.chip.label');
    if (chip) chip.update(label);
    else {
      chip = renderClaimChip(document, {
        label,
        ariaLabel: t('claims.chip.aria'),
        dismissLabel: t('claims.chip.dismiss'),
        // Chrome opens the side panel only from a user gesture it can trace; when it refuses,
        // say where to open it instead of failing silently.
        onOpen: () =>
          void sendMessage('sidepanel.open', {}).then(
            (r) => !r.opened && chip?.update(t('claims.chip.useToolbar')),
            () => chip?.update(t('claims.chip.useToolbar')),
          ),
      });
    }
    if (isClaimList(result.page)) return;
    const located = locateCodes(document, result);
    if (located.length === 0) return;
    const questions = codeQuestions(located);
    const { verdicts } = await sendMessage('claims.verdicts', { claim: result.page, questions, unsure: result.unsure ?? [] });
    if (gen !== generation) return; // the page moved on while the extension answered
    const byKey = new Map<string, BadgeVerdict>();
    questions.forEach((q, i) => verdicts[i] && byKey.set(questionKey(q), verdicts[i]));
    const fallback: BadgeVerdict = { status: 'unknown', tooltip: t('claims.badge.unknown') };
    badges = renderBadges(document, located, (system, code, dos) => byKey.get(questionKey({ system, code, dos })) ?? fallback);
  }

  const router = createRouter({
    // Frames without a claim stay silent so the frame that has one answers the side panel.
    'claims.get': () => (current?.found ? { result: current } : NO_REPLY),
    // Something the reader depends on changed (a site disabled, a label taught, a payer rule chosen):
    // stop unless this frame is still on an enabled site, else read with the new labels and redraw
    // (a payer rule changes the deadlines, so the badges' worst findings).
    'sites.recheck': async () => {
      const still = await sendMessage('sites.context', {}).then((c) => c.enabled, () => false);
      if (!still) {
        stop();
        return { running: false };
      }
      hints = await taughtHints();
      observation.flush();
      if (current?.found) void draw(current).catch(() => undefined);
      return { running: true };
    },
    'claims.highlight': ({ selector }) => (highlightElement(document, selector) ? { shown: true } : NO_REPLY),
    // "Read this page again": read now whatever the observer thinks, redraw, and answer like claims.get.
    'claims.reread': () => {
      current = extractClaimPage(document, location.href, undefined, hints);
      void draw(current).catch(() => undefined);
      return current.found ? { result: current } : NO_REPLY;
    },
    'reading.pick': ({ field }) => {
      if (!current?.found) return NO_REPLY;
      picking?.dispose();
      picking = startPicking(document, (el) => {
        picking = null;
        void teachFrom(el, field);
      }, () => (picking = null));
      return { started: true };
    },
  });

  /**
   * Has the worker store the label of the element the user clicked for `field`, if it is a label
   * (never a value: checked here against the page's identifying values, and again by the worker's
   * shape check). The worker files it under this frame's host as the browser reports it.
   */
  async function teachFrom(el: Element, field: TeachableField): Promise<void> {
    const found = labelOf(el);
    const values = current ? pageValues(current) : [];
    let stored = Boolean(found && isSafeLabel(found.label, values));
    if (found && stored) {
      const entry = { field, label: found.label, structure: found.structure, taughtOn: new Date().toISOString().slice(0, 10) };
      stored = await sendMessage('reading.teach', { entry }).then((r) => r.stored, () => false);
    }
    await sendMessage('reading.picked', { field, stored }).catch(() => undefined);
  }
  browser.runtime.onMessage.addListener(router);

  const observation = observeClaimPage<ExtractionResult>({
    doc: document,
    extract: () => extractClaimPage(document, location.href, undefined, hints),
    key: claimKey,
    signal: ctx.signal,
    onChange: (result) => {
      const had = current?.found ?? false;
      current = result;
      // A frame that never had a claim does not disturb the panel; one that lost it says so.
      if (result.found || had) void sendMessage('claims.changed', { result }).catch(() => undefined);
      void draw(result).catch(() => undefined);
    },
    onSettled: (result, changed) => {
      // Portals that re-render the same claim drop our badges with their old cells: draw again.
      if (!changed && badges && !badges.intact()) void draw(result).catch(() => undefined);
    },
    onStop: () => stop(),
  });

  function stop() {
    picking?.dispose();
    picking = null;
    observation.dispose();
    browser.runtime.onMessage.removeListener(router);
    clear();
    current = null;
    (window as unknown as Record<symbol, boolean>)[RUNNING] = false;
  }

  ctx.onInvalidated(stop);
}

// Fields that identify a person or a claim: a "label" containing one of their values is refused.
const IDENTIFYING = /^(?:claims\[\d+\]\.)?(?:claimNumber|patientAccountNumber|memberId|patientName|patientDob|checkNumber)$/;

/** The identifying texts the reader took from the page (names, identifiers, birth dates). */
function pageValues(result: ExtractionResult): string[] {
  const out: string[] = [];
  for (const p of result.provenance) if (p.text && IDENTIFYING.test(p.path)) out.push(p.text);
  return out.slice(0, 5000);
}
