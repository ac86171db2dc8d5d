// Side panel "Claim" tab: site access, the claim read from the page, what to do next, its lines,
// the claim's notes, the payer rule behind its deadlines, and its cross-check findings.
import { useEffect, useMemo } from 'react';
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

export function ClaimTab() {
  const { tab, site, setClaim, showTab, setSuggestedTemplateId, setFindings, setLetterFocus } = usePanel();
  const enabled = site.status?.enabled ?? false;
  const { result, reread, rereading } = useClaimFeed(tab.tabId, enabled);
  const clipboard = useClipboardGuard();
  const settings = useTemplateSettings();
  const unlocked = useVaultUnlocked();
  const notesVersion = useNotesVersion();
  // The claim the other tabs work on: the detail, or the first claim of a results list.
  const claim = useMemo(() => (result?.found ? (isClaimList(result.page) ? (result.page.claims[0] ?? null) : result.page) : null), [result]);
  useEffect(() => setClaim(claim), [claim, setClaim]);
  const detail = claim && result && !isClaimList(result.page) ? claim : null;
  const { findings, error } = useFindings(detail, tab.origin);
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
      />
      {enabled && (
        <SiteAccess origin={tab.origin} enabled busy={site.busy} error={site.error} onEnable={() => void site.enable()} onDisable={() => void site.disable()} />
      )}
      {!enabled && site.error && <p role="alert">{site.error}</p>}
    </>
  );
}
