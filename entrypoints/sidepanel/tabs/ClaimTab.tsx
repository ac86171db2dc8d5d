// Side panel "Claim" tab: site access, the claim read from the page, its cross-check findings.
import { useEffect, useMemo, useState } from 'react';
import { ClaimView } from '../../../components/claim/ClaimView';
import { FindingsList } from '../../../components/findings/FindingsList';
import { SiteAccess } from '../../../components/sites/SiteAccess';
import { isClaimList } from '../../../lib/claims/types';
import { t } from '../../../lib/i18n';
import { browser } from 'wxt/browser';
import { createRouter, sendToTab } from '../../../lib/messaging';
import { useClaimFeed } from '../../../lib/ui/claim-feed';
import { useFindings } from '../../../lib/ui/findings';
import { usePanel } from '../../../lib/ui/panel-context';
import { useClipboardGuard } from '../../../lib/ui/use-clipboard-guard';
import type { SiteMappings } from '../../../lib/reading/teach/mapping';
import { forgetTaught, readMappings, saveTaught, taughtMappingsItem } from '../../../lib/reading/teach/store';
import { TeachReader, type PickOutcome } from '../../../lib/reading/views/TeachReader';

/** Taught reader mappings, kept in step with storage (options may delete them meanwhile). */
function useMappings(): SiteMappings {
  const [all, setAll] = useState<SiteMappings>({});
  useEffect(() => {
    const load = () => void readMappings().then(setAll, () => undefined);
    load();
    return taughtMappingsItem.watch(load);
  }, []);
  return all;
}

const hostOf = (origin: string | null) => {
  try {
    return origin ? new URL(origin).host : null;
  } catch {
    return null;
  }
};

export function ClaimTab() {
  const { tab, site, setClaim, showTab, setSuggestedTemplateId } = usePanel();
  const enabled = site.status?.enabled ?? false;
  const { result } = useClaimFeed(tab.tabId, enabled);
  const clipboard = useClipboardGuard();
  const mappings = useMappings();
  const host = hostOf(tab.origin);
  // What became of the user's click in the page ("Teach the reader"), from that tab only.
  const [pick, setPick] = useState<PickOutcome | null>(null);
  useEffect(() => {
    const router = createRouter({
      'reading.picked': (data, sender) => {
        if (sender.tab?.id === tab.tabId) setPick({ ...data, at: Date.now() });
        return { received: true };
      },
    });
    browser.runtime.onMessage.addListener(router);
    return () => browser.runtime.onMessage.removeListener(router);
  }, [tab.tabId]);

  // The claim the other tabs work on: the detail, or the first claim of a results list.
  const claim = useMemo(() => (result?.found ? (isClaimList(result.page) ? (result.page.claims[0] ?? null) : result.page) : null), [result]);
  useEffect(() => setClaim(claim), [claim, setClaim]);
  const detail = claim && result && !isClaimList(result.page) ? claim : null;
  const { findings, error } = useFindings(detail, detail ? result?.unsure : undefined);
  useEffect(() => {
    setSuggestedTemplateId(findings?.find((f) => f.templateId)?.templateId ?? null);
  }, [findings, setSuggestedTemplateId]);

  if (!tab.origin) {
    return <SiteAccess origin={null} enabled={false} onEnable={() => undefined} onDisable={() => undefined} />;
  }

  const findingsSlot = detail ? (
    error ? <p role="alert">{t('common.error', { message: error })}</p>
      : findings ? (
        <FindingsList
          findings={findings}
          onSuggestTemplate={(id) => {
            setSuggestedTemplateId(id);
            showTab('templates');
          }}
        />
      ) : <p className="muted">{t('common.loading')}</p>
  ) : undefined;

  return (
    <>
      <ClaimView
        result={enabled ? result : null}
        siteEnabled={enabled}
        onEnableSite={() => void site.enable()}
        // Claim JSON is PHI: cleared from the clipboard after the configured delay.
        onCopyJson={(json) => void clipboard.copy(json, { phi: true })}
        onHighlight={(selector) => {
          if (tab.tabId !== null) void sendToTab(tab.tabId, 'claims.highlight', { selector }).catch(() => undefined);
        }}
        findingsSlot={findingsSlot}
        teachSlot={host && tab.tabId !== null ? (
          <TeachReader
            taught={mappings[host] ?? []}
            outcome={pick}
            onPick={(field) => sendToTab(tab.tabId!, 'reading.pick', { field }).then((r) => r.started, () => false)}
            onAbsent={(field) => void saveTaught(host, { field, label: '', structure: 'absent', taughtOn: new Date().toISOString().slice(0, 10) })}
            onForget={(field) => void forgetTaught(host, field)}
          />
        ) : undefined}
      />
      {enabled && (
        <SiteAccess origin={tab.origin} enabled busy={site.busy} error={site.error} onEnable={() => void site.enable()} onDisable={() => void site.disable()} />
      )}
      {!enabled && site.error && <p role="alert">{site.error}</p>}
    </>
  );
}
