// Side panel "Templates" tab: wires components/templates/TemplatesTab to the panel's tab and claim,
// the stored templates and practice settings, the page insert (through the service worker) and the
// clipboard guard. The filled letter stays in component state; nothing here stores it.
import { useMemo } from 'react';
import { TemplatesTab as TemplatesView } from '@/lib/templates/views/TemplatesTab';
import { getLocale, t } from '@/lib/platform/i18n';
import { sendMessage } from '@/lib/platform/messaging';
import { MAX_INSERT_CHARS } from '@/lib/templates/messages';
import type { TabInsertOutcome } from '@/lib/templates/insert';
import { BUILT_IN_TEMPLATES, deleteUserTemplate, exportTemplates, importTemplates, saveUserTemplate, type Issue, type Template } from '@/lib/templates';
import { usePanel } from '@/lib/workspace/panel-context';
import { storedTemplateStore, useTemplateSettings } from '@/lib/templates/storage';
import { useClipboardGuard } from '@/lib/templates/views/use-clipboard-guard';
import { claimContextFrom } from '@/lib/notes/service';
import { notifyNotesChanged, pageNotesService, useVaultUnlocked } from '@/lib/notes/page-service';
import { useCallback } from 'react';
import { letterForDenial, localized } from '@/lib/templates';
import { focusClaim } from '@/lib/templates/focus';
import { denialGroups } from '@/lib/checks/next-actions';
import { flaggedCodesCited } from '@/lib/checks/letter-warnings';
import { LettersForDenials } from '@/lib/checks/views/LettersForDenials';
import { localizeFinding } from '@/lib/checks/render';
import { downloadFile } from '@/lib/platform/download';

const issuesText = (issues: Issue[]): string => issues.map((i) => t(i.key, i.params)).join(' ');

async function saveTemplate(template: Template): Promise<void> {
  const result = await saveUserTemplate(storedTemplateStore, template);
  if (!result.ok) throw new Error(issuesText(result.errors));
}

export function TemplatesTab() {
  const { tab, letterClaim, letterFindings: findings, pickLetterClaim, suggestedTemplateId, letterFocus, setLetterFocus, setSuggestedTemplateId } = usePanel();
  // The letter's own claim, kept across the pages of its site (the dispute form shows none).
  const wholeClaim = letterClaim.pinned?.claim ?? null;
  const claimOrigin = letterClaim.pinned?.origin ?? null;
  const settings = useTemplateSettings();
  const clipboard = useClipboardGuard();
  const templates = useMemo<Template[]>(() => [...BUILT_IN_TEMPLATES, ...settings.userTemplates], [settings.userTemplates]);
  // One letter per denial: each lists only the lines under its denial.
  const denials = useMemo(
    () => (wholeClaim ? denialGroups(wholeClaim, findings ?? [], { letterFor: (d) => letterForDenial(d, templates) }) : []),
    [wholeClaim, findings, templates],
  );
  const claim = useMemo(() => (wholeClaim ? focusClaim(wholeClaim, letterFocus?.lines ?? null) : null), [wholeClaim, letterFocus]);
  const templateName = (id: string) => {
    const tpl = templates.find((x) => x.id === id);
    return tpl ? localized(tpl.name, getLocale()) : id;
  };
  // Before it leaves: a code the checks flagged, cited in the letter.
  const warningsFor = useCallback(
    (text: string) => flaggedCodesCited(text, findings ?? []).map((c) => t('letters.flagged', { code: c.code, problem: localizeFinding(c.finding).message })),
    [findings],
  );

  async function insert(text: string, opts: { allowTruncate: boolean; confirmedOrigin: string | null }): Promise<TabInsertOutcome> {
    if (tab.tabId === null) return { ok: false, reason: 'no-access' };
    if (text.length > MAX_INSERT_CHARS) throw new Error(t('templates.status.tooLong', { count: text.length, max: MAX_INSERT_CHARS }));
    return sendMessage('templates.insertIntoTab', { tabId: tab.tabId, text, allowTruncate: opts.allowTruncate, claimOrigin, confirmedOrigin: opts.confirmedOrigin });
  }

  // "Save to notes": a filled letter is PHI, so it is kept only in the claim's encrypted notes,
  // and only while the vault is open for a claim with a number.
  const unlocked = useVaultUnlocked();
  const claimContext = claim ? claimContextFrom(claim) : null;
  const saveToNotes = unlocked && claimContext
    ? async (text: string, templateId: string | null) => {
      await pageNotesService().saveNote(
        { kind: templateId === 'call-note' ? 'call' : 'appeal', status: 'open', contact: '', referenceNumber: '', outcome: '', text, nextFollowUp: null, claimRef: claimContext.claimNumber, payer: claimContext.payer },
        claimContext,
      );
      notifyNotesChanged();
    }
    : undefined;

  async function copy(text: string, opts: { phi: boolean }): Promise<void> {
    const result = await clipboard.copy(text, opts);
    if (!result.ok) throw new Error(result.error);
  }

  if (!settings.loaded) return null;
  const activeKey = letterFocus && letterFocus.denials.length === 1 ? letterFocus.denials[0]! : null;
  const pinned = letterClaim.pinned;
  const offered = letterClaim.offered;
  return (
    <>
      {pinned && (
        <p className="tpl-note letter-claim" role="status">
          {t('templates.letterFor', { claim: pinned.claim.claimNumber ?? '—', payer: pinned.claim.payer ?? '—', origin: pinned.origin ?? '—' })}
        </p>
      )}
      {offered && (
        <p className="tpl-note letter-claim-offer">
          {t('templates.letterFor.offer', { claim: offered.claim.claimNumber ?? '—', payer: offered.claim.payer ?? '—' })}{' '}
          <button type="button" onClick={pickLetterClaim}>{t('templates.letterFor.use')}</button>
        </p>
      )}
      {denials.length > 1 || letterFocus ? (
        <LettersForDenials
          denials={denials}
          activeKey={activeKey}
          templateName={templateName}
          onChoose={(d) => {
            setLetterFocus({ templateId: d.templateId, denials: [d.key], lines: d.lines });
            setSuggestedTemplateId(d.templateId);
          }}
        />
      ) : null}
      {letterFocus && letterFocus.lines.length > 0 && (
        <p className="tpl-note letters-focus">
          {t('letters.focus', {
            lines: t('actions.lines', { count: letterFocus.lines.length, list: letterFocus.lines.map((l) => l + 1).join(', ') }),
            denials: letterFocus.denials.join(', ') || '—',
          })}{' '}
          <button type="button" className="link" onClick={() => setLetterFocus(null)}>{t('letters.focus.all')}</button>
        </p>
      )}
      <TemplatesView
        claim={claim}
        claimOrigin={claimOrigin}
        practice={settings.practice}
        locale={getLocale()}
        templates={templates}
        suggestedTemplateId={letterFocus?.templateId ?? suggestedTemplateId}
        warningsFor={warningsFor}
        onInsert={insert}
        onCopy={copy}
        onSaveToNotes={saveToNotes}
        onSaveUserTemplate={saveTemplate}
        onDeleteUserTemplate={async (id) => void (await deleteUserTemplate(storedTemplateStore, id))}
        onImport={(json) => importTemplates(storedTemplateStore, json)}
        onExport={() => downloadFile({ name: 'remit-ranger-templates.json', type: 'application/json', text: exportTemplates(settings.userTemplates, new Date().toISOString()) })}
      />
      {clipboard.clearFailed && <p role="alert" className="tpl-error">{t('templates.clipboard.clearFailed')}</p>}
    </>
  );
}
