/**
 * The browser tab the workspace is about. In the real side panel that is the active tab of its
 * window; a page opened with `?tabId=N` (tests, "pop out" windows) follows that tab instead.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { originOf } from './origins';

export interface CurrentTab {
  tabId: number | null;
  url: string | null;
  origin: string | null;
}

function pinnedTabId(): number | null {
  const raw = new URLSearchParams(location.search).get('tabId');
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) ? n : null;
}

async function readTab(): Promise<CurrentTab> {
  const pinned = pinnedTabId();
  const tab = pinned !== null
    ? await browser.tabs.get(pinned).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const url = tab?.url ?? null;
  return { tabId: tab?.id ?? null, url, origin: originOf(url) };
}

export function useCurrentTab(): CurrentTab {
  const [tab, setTab] = useState<CurrentTab>({ tabId: null, url: null, origin: null });
  useEffect(() => {
    let alive = true;
    const refresh = () => void readTab().then((t) => alive && setTab(t));
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    const onUpdated = (_id: number, info: { url?: string; status?: string }) => {
      if (info.url || info.status === 'complete') refresh();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return tab;
}
