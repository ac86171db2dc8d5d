/**
 * "Enable on this site" from an extension page: request the host permission (needs the click's
 * user gesture, so it must happen here and not in the service worker), then let the service
 * worker register the claim reader, and run it in the open tab right away so no reload is needed.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/platform/i18n';
import { sendMessage } from '@/lib/platform/messaging';
import { type SiteStatus } from './messages';
import { matchPatternFor, originsToEnable } from './origins';
import { CLAIM_SCRIPT_FILE } from './background';

export function useSiteAccess(origin: string | null, tabId: number | null) {
  // Status is kept with the origin it answers for, so switching tabs never shows another site's state.
  const [known, setStatus] = useState<SiteStatus | null>(null);
  const status = known && known.origin === origin ? known : null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (origin) void sendMessage('sites.status', { origin }).then(setStatus, (e: Error) => setError(e.message));
  }, [origin]);

  const enable = useCallback(async () => {
    if (!origin) return;
    setBusy(true);
    setError(null);
    try {
      // One prompt for the portal and the hosts its claim pages are framed from.
      const origins = originsToEnable(origin).map(matchPatternFor);
      const granted = (await browser.permissions.contains({ origins })) || (await browser.permissions.request({ origins }));
      if (!granted) {
        setError(t('site.denied'));
        return;
      }
      setStatus(await sendMessage('sites.enable', { origin }));
      if (tabId !== null) {
        await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [`/${CLAIM_SCRIPT_FILE}`] }).catch(() => undefined);
      }
    } catch (e) {
      setError(t('common.error', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  }, [origin, tabId]);

  const disable = useCallback(async () => {
    if (!origin) return;
    setBusy(true);
    try {
      setStatus(await sendMessage('sites.disable', { origin }));
    } catch (e) {
      setError(t('common.error', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  }, [origin]);

  return { status, busy, error, enable, disable };
}
