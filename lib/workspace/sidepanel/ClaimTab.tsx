// Side panel "Claim" tab: site access, the claim read from the page, what to do next, its lines,
// the claim's notes, the payer rule behind its deadlines, and its cross-check findings.
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { createRouter } from '@/lib/platform/messaging';
import type { SiteMappings } from '@/lib/reading/teach/mapping';
import { forgetTaught, readMappings, saveTaught, taughtMappingsItem } from '@/lib/reading/teach/store';
import { TeachReader, type PickOutcome } from '@/lib/reading/views/TeachReader';
import { ClaimView } from '@/lib/reading/views/ClaimView';
import { FindingsList } from '@/lib/checks/views/FindingsList';
import { SiteAccess } from '@/lib/sites/views/SiteAccess';
import { isClaimList } from '@/lib/claim/types';
import { t } from '@/lib/platform/i18n';
import { sendToTab } from '@/lib/platform/messaging';
import { useClaimFeed } from '@/lib/reading/claim-feed';
import { useFindings } from '@/lib/checks/panel-findings';
import { usePanel } from '@/lib/workspace/panel-context';
import { useClipboardGuard } from '@/lib/templates/views/use-clipboard-guard';
import { useCallback } from 'react';
import { getLocale } from '@/lib/platform/i18n';
import { useCheckSettings } from '@/lib/checks/panel-findings';
import { PayerRulePanel } from '@/lib/deadlines/views/PayerRulePanel';
import { chosenRule } from '@/lib/deadlines/payer-choice';
import { savePayerChoice } from '@/lib/deadlines/choice-storage';
import { localIsoDay } from '@/lib/platform/dates';
import { useTemplateSettings } from '@/lib/templates/storage';
import { BUILT_IN_TEMPLATES, letterForDenial, localized } from '@/lib/templates';
import { nextActions } from '@/lib/checks/next-actions';
import { findingAnchor, foldFindings } from '@/lib/checks/fold';
import { NextActions } from '@/lib/checks/views/NextActions';
import { ClaimNotesSummary } from '@/lib/notes/views/ClaimNotesSummary';
import { pageNotesService, useNotesVersion, useVaultUnlocked } from '@/lib/notes/page-service';

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
  const { tab, site, setClaim, showTab, setSuggestedTemplateId, setFindings, setLetterFocus } = usePanel();
  const enabled = site.status?.enabled ?? false;
  const { result, reread, rereading } = useClaimFeed(tab.tabId, enabled);
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
  const settings = useTemplateSettings();
  const unlocked = useVaultUnlocked();
  const notesVersion = useNotesVersion();
  // The claim the other tabs work on: the detail, or the first claim of a results list.
  const claim = useMemo(() => (result?.found ? (isClaimList(result.page) ? (result.page.claims[0] ?? null) : result.page) : null), [result]);
  useEffect(() => setClaim(claim), [claim, setClaim]);
  const detail = claim && result && !isClaimList(result.page) ? claim : null;
  const { findings, error } = useFindings(detail, tab.origin, detail ? result?.unsure : undefined);
  const checkSettings = useCheckSettings();
  const userRules = checkSettings.settings?.payerRules ?? [];
  useEffect(() => setFindings(findings), [findings, setFindings]);

  const templates = useMemo(() => [...BUILT_IN_TEMPLATES, ...settings.userTemplates], [settings.userTemplates]);
  const actions = useMemo(
    () => (detail && findings ? nextActions(detail, findings, { letterFor: (d) => letterForDenial(d, templates) }) : null),
    [detail, findings, templates],
  );
  const folded = useMemo(() => (findings ? foldFindings(findings) : []), [findings]);

  // The letter the Templates tab offers first: the first denial's, never a deadline's.
  useEffect(() => {
    setSuggestedTemplateId(actions?.denials.find((d) => d.templateId)?.templateId ?? null);
    setLetterFocus(null);
  }, [actions, setSuggestedTemplateId, setLetterFocus]);

  const highlight = useCallback((selector: string) => {
    if (tab.tabId !== null) void sendToTab(tab.tabId, 'claims.highlight', { selector }).catch(() => undefined);
  }, [tab.tabId]);

  if (!tab.origin) {
    return <SiteAccess origin={null} enabled={false} onEnable={() => undefined} onDisable={() => undefined} />;
  }
  const findingsSlot = detail ? (
    error ? <p role="alert">{t('common.error', { message: error })}</p>
      : findings ? (
        <FindingsList
          findings={findings}
          onSuggestTemplate={(id) => {
            // The letter answers that denial: it lists only the lines under it.
            const denial = actions?.denials.find((d) => d.templateId === id);
            setSuggestedTemplateId(id);
            setLetterFocus(denial ? { templateId: id, denials: [denial.key], lines: denial.lines } : null);
            showTab('templates');
          }}
        />
      ) : <p className="muted">{t('common.loading')}</p>
  ) : undefined;
  const actionsSlot = actions && findings ? (
    <NextActions
      result={actions}
      findings={findings}
      anchorFor={(i) => findingAnchor(folded, i)}
      templateName={(id) => {
        const tpl = templates.find((x) => x.id === id);
        return tpl ? localized(tpl.name, getLocale()) : id;
      }}
      onOpenLetter={(a) => {
        setLetterFocus({ templateId: a.templateId, denials: a.denials, lines: a.lines });
        setSuggestedTemplateId(a.templateId);
        showTab('templates');
      }}
      onShowLine={(line) => {
        // The line's denial on the page, else any value read from that line.
        const sources = result?.provenance ?? [];
        const p = sources.find((s) => s.path.startsWith(`lines[${line}].adjustments`)) ?? sources.find((s) => s.path.startsWith(`lines[${line}].`));
        if (p) highlight(p.selector);
      }}
    />
  ) : undefined;
  return (
    <>
      <ClaimView
        result={enabled ? result : null}
        siteEnabled={enabled}
        onEnableSite={() => void site.enable()}
        // Claim JSON is PHI: cleared from the clipboard after the configured delay.
        onCopyJson={(json) => void clipboard.copy(json, { phi: true })}
        onHighlight={highlight}
        onReread={() => void reread()}
        rereading={rereading}
        actionsSlot={actionsSlot}
        payerSlot={detail && checkSettings.settings ? (
          <PayerRulePanel
            claim={detail}
            origin={tab.origin}
            userRules={userRules}
            chosen={chosenRule(checkSettings.choices, tab.origin, detail.payer, userRules)}
            today={localIsoDay()}
            // Remembered in storage; the findings and this panel follow through the storage watch.
            onChoose={(ruleId) => { if (tab.origin) void savePayerChoice(tab.origin, detail.payer, ruleId); }}
          />
        ) : undefined}
        notesSlot={detail ? (
          <ClaimNotesSummary service={pageNotesService()} claimNumber={detail.claimNumber} unlocked={unlocked} version={notesVersion} onOpenNotes={() => showTab('notes')} />
        ) : undefined}
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
