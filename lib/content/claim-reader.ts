/**
 * Claim reader in a portal page: runs only where the user enabled Remit Ranger, stops when the
 * site is disabled or the extension is reloaded (context invalidated).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { sendMessage } from '../messaging';
import { isUrlEnabled } from '../sites';
import { enabledSites } from '../storage-items';
import { createChip, type Chip } from './chip';

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
  if (!isUrlEnabled(location.href, await enabledSites.getValue())) return;
  let chip: Chip | null = null;
  if (window.top === window) {
    chip = createChip(document, () => void sendMessage('sidepanel.open', {}).catch(() => undefined));
    chip.update('idle', t('app.name'), t('app.openWorkspace'));
  }
  const stop = () => {
    chip?.remove();
    chip = null;
    (window as unknown as Record<symbol, boolean>)[RUNNING] = false;
  };
  ctx.onInvalidated(stop);
  const unwatch = enabledSites.watch((list) => {
    if (!isUrlEnabled(location.href, list ?? [])) {
      unwatch();
      stop();
    }
  });
  ctx.onInvalidated(unwatch);
  void browser; // (browser glue used by the extraction step)
}
