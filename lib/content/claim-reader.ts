/**
 * Claim reader in a portal page (every frame: Availity's claim app lives in an iframe). Runs only
 * where the user enabled Remit Ranger; stops when the site is disabled or the extension is
 * reloaded (context invalidated). It reads the page (lib/portals), watches single-page portals
 * (lib/page/observe), draws badges and the chip (lib/page), and tells the side panel. The code
 * tables stay in the extension: badge verdicts come from the service worker.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { isClaimList } from '../claims/types';
import { resolveLocale, setLocale, t } from '../i18n';
import { createRouter, NO_REPLY, sendMessage } from '../messaging';
import {
  claimKey, codeQuestions, highlightElement, locateCodes, observeClaimPage, questionKey, renderBadges, renderClaimChip,
  type BadgeHandle, type BadgeVerdict, type ChipHandle,
} from '../page/claims';
import { extractClaimPage } from '../portals/extract';
import type { ExtractionResult } from '../portals/types';

const RUNNING = Symbol.for('remit-ranger.claim-reader');

export function startClaimReader(ctx: ContentScriptContext): void {
  const w = window as unknown as Record<symbol, boolean>;
  // The script can be both registered and injected on "Enable": run once per frame.
  if (w[RUNNING]) return;
  w[RUNNING] = true;
  void run(ctx).catch(() => {
    w[RUNNING] = false;
  });
}

async function run(ctx: ContentScriptContext): Promise<void> {
  // By message, not from storage: a content script runs in a portal's renderer and is given no
  // storage access it does not need (issue 17 item 4). The worker answers for this frame's URL.
  const { enabled, language } = await sendMessage('sites.context', {});
  if (!enabled) {
    (window as unknown as Record<symbol, boolean>)[RUNNING] = false;
    return;
  }
  setLocale(resolveLocale(language, navigator.language));

  let current: ExtractionResult | null = null;
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
    const { verdicts } = await sendMessage('claims.verdicts', { claim: result.page, questions });
    if (gen !== generation) return; // the page moved on while the extension answered
    const byKey = new Map<string, BadgeVerdict>();
    questions.forEach((q, i) => verdicts[i] && byKey.set(questionKey(q), verdicts[i]));
    const fallback: BadgeVerdict = { status: 'unknown', tooltip: t('claims.badge.unknown') };
    badges = renderBadges(document, located, (system, code, dos) => byKey.get(questionKey({ system, code, dos })) ?? fallback);
  }

  const router = createRouter({
    // Frames without a claim stay silent so the frame that has one answers the side panel.
    'claims.get': () => (current?.found ? { result: current } : NO_REPLY),
    // A site was disabled somewhere: stop here unless this frame is still on an enabled site.
    'sites.recheck': async () => {
      const still = await sendMessage('sites.context', {}).then((c) => c.enabled, () => false);
      if (!still) stop();
      return { running: still };
    },
    'claims.highlight': ({ selector }) => (highlightElement(document, selector) ? { shown: true } : NO_REPLY),
  });
  browser.runtime.onMessage.addListener(router);

  const observation = observeClaimPage<ExtractionResult>({
    doc: document,
    extract: () => extractClaimPage(document, location.href),
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
    observation.dispose();
    browser.runtime.onMessage.removeListener(router);
    clear();
    current = null;
    (window as unknown as Record<symbol, boolean>)[RUNNING] = false;
  }

  ctx.onInvalidated(stop);
}
