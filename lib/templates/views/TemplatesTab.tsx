/**
 * The Templates tab: pick a letter (the one the denial playbook suggests comes first), see it
 * filled from the claim with blanks highlighted, fill the blanks, adjust the final text, then
 * insert it into the portal's field, copy it, or save it into the claim's encrypted notes.
 *
 * Props in, callbacks out: the shell does the messaging (insert runs in the portal tab's content
 * script), the clipboard, the storage of user templates and the notes vault. A filled letter is
 * PHI: it lives in this component's state only, and is stored nowhere unless saved to notes.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Claim } from '@/lib/claim/types';
import { t, type Locale, type MessageKey } from '@/lib/platform/i18n';
import type { TabInsertOutcome } from '@/lib/templates/insert';
import {
  buildVariables, copyTemplate, holdsPhi, localized, missingVariables, render, uniqueTemplateId,
  type ImportResult, type PracticeSettings, type Template,
} from '@/lib/templates';
import { letterClaimKey } from '@/lib/templates/letter-claim';
import { ImportExport } from './ImportExport';
import { MaxLengthWarning, type MaxLengthProblem } from './MaxLengthWarning';
import { MissingValues } from './MissingValues';
import { TemplateEditor } from './TemplateEditor';
import { TemplatePreview } from './TemplatePreview';
import './templates.css';
import { localIsoDay } from '@/lib/platform/dates';
import { errorMessage } from '@/lib/platform/errors';

export interface TemplatesTabProps {
  claim: Claim | null;
  practice: PracticeSettings;
  /** UI language (labels, template names). */
  locale: Locale;
  /**
   * Language a letter starts in: English by default whatever the UI language, since US payers read
   * English; the user can switch it per letter.
   */
  letterLocale?: Locale;
  /** Built-ins and the user's templates, in display order. */
  templates: Template[];
  suggestedTemplateId?: string | null;
  /** ISO date for {{today}}; defaults to the local date. */
  today?: string;
  /** The site the letter's claim was read on (the shell keeps it across the pages of that site). */
  claimOrigin?: string | null;
  /**
   * Inserts into the focused field of the portal tab (the insert script's `insertIntoFocusedField`).
   * `confirmedOrigin`: the user agreed to insert on that site although the claim was read on another.
   */
  onInsert(text: string, opts: { allowTruncate: boolean; confirmedOrigin: string | null }): Promise<TabInsertOutcome>;
  /** `phi`: the text holds patient data, so the shell schedules the clipboard clear. */
  onCopy(text: string, opts: { phi: boolean }): Promise<void> | void;
  /** Absent when no claim is open or the vault is locked: the button is then hidden. */
  /** Saves the final text into the claim's encrypted notes; `templateId` tells a call note from a letter. */
  onSaveToNotes?(text: string, templateId: string | null): Promise<void> | void;
  onSaveUserTemplate(template: Template): Promise<void> | void;
  onDeleteUserTemplate(id: string): Promise<void> | void;
  onImport(json: string): Promise<ImportResult>;
  onExport(): void;
  /** Problems with the text about to leave (codes the checks flagged that it cites), already in words. */
  warningsFor?(text: string): string[];
}

type Status = { kind: 'ok' | 'error'; text: string } | null;
/** A question before the letter leaves: blanks still in it, or a field on another site than the claim's. */
type Ask = { kind: 'blanks'; action: 'insert' | 'copy' } | { kind: 'origin'; origin: string; allowTruncate: boolean } | null;

/** Why nothing was inserted, in words that say what to do next. */
const REFUSAL_KEYS = {
  'no-target': 'templates.status.noTarget',
  'not-editable': 'templates.status.notEditable',
  'no-access': 'templates.status.noAccess',
} as const;

function orderTemplates(templates: Template[], suggested: string | null | undefined): Template[] {
  const first = templates.find((x) => x.id === suggested);
  return first ? [first, ...templates.filter((x) => x !== first)] : templates;
}

export function TemplatesTab(props: TemplatesTabProps) {
  const { claim, practice, templates, suggestedTemplateId } = props;
  const ordered = useMemo(() => orderTemplates(templates, suggestedTemplateId), [templates, suggestedTemplateId]);
  const [selectedId, setSelectedId] = useState<string | undefined>(suggestedTemplateId ?? templates[0]?.id);
  const [language, setLanguage] = useState<Locale>(props.letterLocale ?? 'en');
  const [values, setValues] = useState<Record<string, string>>({});
  const [draftText, setDraftText] = useState('');
  const [edited, setEdited] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [warning, setWarning] = useState<MaxLengthProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<Template | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [ask, setAsk] = useState<Ask>(null);
  // The other site the user agreed to insert this claim's letter on; forgotten with the claim.
  const [confirmedOrigin, setConfirmedOrigin] = useState<string | null>(null);
  const claimIdentity = `${claim ? letterClaimKey(claim) : ''}|${props.claimOrigin ?? ''}`;
  const [lastIdentity, setLastIdentity] = useState(claimIdentity);
  if (claimIdentity !== lastIdentity) {
    setLastIdentity(claimIdentity);
    setConfirmedOrigin(null);
    setAsk(null);
  }
  const today = props.today ?? localIsoDay();

  // A new suggestion (another claim or line) selects its template (state derived from a prop change,
  // as React recommends, instead of an effect).
  const [lastSuggestion, setLastSuggestion] = useState(suggestedTemplateId);
  if (suggestedTemplateId !== lastSuggestion) {
    setLastSuggestion(suggestedTemplateId);
    if (suggestedTemplateId) setSelectedId(suggestedTemplateId);
  }

  const selected = ordered.find((x) => x.id === selectedId) ?? ordered[0];

  const result = useMemo(() => {
    if (!selected) return null;
    const entered = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
    return render(selected, buildVariables(claim, practice, entered), { locale: language, today });
  }, [selected, claim, practice, values, language, today]);

  // Missing names come from the rendering without typed values, so a field being typed into stays.
  const blanks = useMemo(() => {
    if (!selected) return [];
    const bare = render(selected, buildVariables(claim, practice), { locale: language, today });
    return missingVariables(bare).filter((n) => n !== 'today');
  }, [selected, claim, practice, language, today]);

  // The final text follows the template until the user edits it; then it is theirs.
  const finalText = edited ? draftText : result?.text ?? '';
  // Blanks still in the text about to leave: {{tags}} the user has not filled or removed.
  const blanksLeft = (finalText.match(/\{\{[^{}]*\}\}/g) ?? []).length;
  const { warningsFor } = props;
  const flagged = useMemo(() => warningsFor?.(finalText) ?? [], [warningsFor, finalText]);

  function select(id: string): void {
    setSelectedId(id);
    setWarning(null);
    setStatus(null);
    setConfirmDelete(false);
  }

  const phi = (result ? holdsPhi(result.segments) : false) || edited || Object.values(values).some((v) => v.trim() !== '');

  async function insert(allowTruncate: boolean, opts: { blanksOk?: boolean; origin?: string | null } = {}): Promise<void> {
    // A letter with {{blanks}} left would reach the payer with them: ask first (issue 17 item 1).
    if (blanksLeft > 0 && !opts.blanksOk) {
      setAsk({ kind: 'blanks', action: 'insert' });
      return;
    }
    const origin = opts.origin ?? confirmedOrigin;
    setAsk(null);
    setBusy(true);
    setStatus(null);
    try {
      const outcome = await props.onInsert(finalText, { allowTruncate, confirmedOrigin: origin });
      if (outcome.ok) {
        setWarning(null);
        const parts = [t('templates.status.inserted')];
        if (outcome.cut) parts.push(t('templates.status.insertedCut', { cut: outcome.cut.length }));
        if (outcome.flattened) parts.push(t('templates.status.flattened'));
        setStatus({ kind: 'ok', text: parts.join(' ') });
      } else if (outcome.reason === 'maxlength') {
        setWarning({ maxLength: outcome.maxLength, wouldCut: outcome.wouldCut, fits: outcome.fits, limitSource: outcome.limitSource });
      } else if (outcome.reason === 'other-origin') {
        setAsk({ kind: 'origin', origin: outcome.origin, allowTruncate });
      } else if (outcome.reason === 'not-enabled') {
        setStatus({ kind: 'error', text: t('templates.status.notEnabled', { origin: outcome.origin }) });
      } else {
        setStatus({ kind: 'error', text: t(REFUSAL_KEYS[outcome.reason]) });
      }
    } catch (err) {
      setStatus({ kind: 'error', text: t('templates.status.insertFailed', { message: errorMessage(err) }) });
    } finally {
      setBusy(false);
    }
  }

  async function run(action: () => Promise<void> | void, okKey: MessageKey, failKey: MessageKey): Promise<void> {
    setStatus(null);
    try {
      await action();
      setStatus({ kind: 'ok', text: t(okKey) });
    } catch (err) {
      setStatus({ kind: 'error', text: t(failKey, { message: errorMessage(err) }) });
    }
  }

  function copyLetter(blanksOk = false): void {
    if (blanksLeft > 0 && !blanksOk) {
      setAsk({ kind: 'blanks', action: 'copy' });
      return;
    }
    setAsk(null);
    void run(() => props.onCopy(finalText, { phi }), phi ? 'templates.status.copiedPhi' : 'templates.status.copied', 'templates.status.copyFailed');
  }

  function onFinalKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): void {
    // Ctrl/Cmd+Enter: insert without reaching for the mouse.
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!busy) void insert(false);
    }
  }

  async function copyToMine(): Promise<void> {
    if (!selected) return;
    const copy = copyTemplate(selected, templates.map((x) => x.id));
    await run(async () => {
      await props.onSaveUserTemplate(copy);
      setSelectedId(copy.id);
      setEditing(copy);
    }, 'templates.status.copiedTemplate', 'templates.status.saveFailed');
  }

  function newTemplate(): void {
    const name = t('templates.newName');
    setEditing({
      id: uniqueTemplateId(name, templates.map((x) => x.id)),
      builtIn: false,
      name: { en: '', fr: '', [language]: name },
      body: { en: '', fr: '' },
      denialCodes: [],
    });
  }

  async function saveEdited(template: Template): Promise<void> {
    await props.onSaveUserTemplate(template);
    setEditing(null);
    setSelectedId(template.id);
    setEdited(false);
    setStatus({ kind: 'ok', text: t('templates.status.savedTemplate') });
  }

  async function remove(): Promise<void> {
    if (!selected || selected.builtIn) return;
    const id = selected.id;
    await run(async () => {
      await props.onDeleteUserTemplate(id);
      setConfirmDelete(false);
      setSelectedId(ordered.find((x) => x.id !== id)?.id);
    }, 'templates.status.deletedTemplate', 'templates.status.saveFailed');
  }

  if (editing) {
    return (
      <section className="tpl-tab" aria-label={t('templates.title')}>
        <TemplateEditor key={editing.id} template={editing} language={language} onSave={saveEdited} onCancel={() => setEditing(null)} />
      </section>
    );
  }

  return (
    <section className="tpl-tab" aria-label={t('templates.title')}>
      <div className="tpl-row">
        <label className="tpl-field">
          <span>{t('templates.pick')}</span>
          <select value={selected?.id ?? ''} onChange={(e) => select(e.target.value)}>
            {ordered.map((x) => (
              <option key={x.id} value={x.id}>
                {x.id === suggestedTemplateId
                  ? t('templates.suggested', { name: localized(x.name, props.locale) })
                  : localized(x.name, props.locale)}
                {x.builtIn ? '' : ` ${t('templates.mine')}`}
              </option>
            ))}
          </select>
        </label>
        <label className="tpl-field">
          <span>{t('templates.letterLanguage')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as Locale)}>
            <option value="en">{t('templates.language.en')}</option>
            <option value="fr">{t('templates.language.fr')}</option>
          </select>
        </label>
      </div>

      <div className="tpl-actions">
        {selected?.builtIn && <button type="button" onClick={() => void copyToMine()}>{t('templates.action.copyToMine')}</button>}
        {selected && !selected.builtIn && (
          <>
            <button type="button" onClick={() => setEditing(selected)}>{t('templates.action.edit')}</button>
            {confirmDelete ? (
              <button type="button" onClick={() => void remove()}>{t('templates.action.confirmDelete')}</button>
            ) : (
              <button type="button" onClick={() => setConfirmDelete(true)}>{t('templates.action.delete')}</button>
            )}
          </>
        )}
        <button type="button" onClick={newTemplate}>{t('templates.action.new')}</button>
      </div>

      {!claim && <p className="tpl-note">{t('templates.noClaim')}</p>}

      {result && (
        <>
          <h2>{t('templates.preview')}</h2>
          <TemplatePreview segments={result.segments} />
          <MissingValues
            names={blanks}
            values={values}
            onChange={(name, value) => setValues((prev) => ({ ...prev, [name]: value }))}
          />
        </>
      )}

      <label className="tpl-field">
        <span>{t('templates.finalText')}</span>
        <textarea
          className="tpl-final"
          rows={12}
          value={finalText}
          onChange={(e) => { setDraftText(e.target.value); setEdited(true); setWarning(null); }}
          onKeyDown={onFinalKeyDown}
        />
      </label>
      <p className="tpl-note">
        {t('templates.length', { count: finalText.length })}
        {blanksLeft > 0 && ` ${t('templates.stillMissing', { count: blanksLeft })}`}
      </p>
      {edited && (
        <div className="tpl-actions">
          <span className="tpl-note">{t('templates.editedNote')}</span>
          <button type="button" onClick={() => setEdited(false)}>{t('templates.action.reset')}</button>
        </div>
      )}

      {flagged.length > 0 && (
        <ul className="tpl-flagged" role="alert">
          {flagged.map((w) => <li key={w}>{w}</li>)}
        </ul>
      )}

      <div className="tpl-actions">
        <button type="button" className="primary" disabled={busy || finalText.trim() === ''} onClick={() => void insert(false)}
          aria-keyshortcuts="Control+Enter">
          {t('templates.action.insert')}
        </button>
        <button type="button" disabled={finalText.trim() === ''} onClick={() => copyLetter()}>
          {t('templates.action.copy')}
        </button>
        {props.onSaveToNotes && (
          <button type="button" disabled={finalText.trim() === ''}
            onClick={() => void run(() => props.onSaveToNotes!(finalText, selected?.id ?? null), 'templates.status.savedToNotes', 'templates.status.saveFailed')}>
            {t('templates.action.saveToNotes')}
          </button>
        )}
      </div>

      {ask?.kind === 'blanks' && (
        <div className="tpl-ask" role="alertdialog" aria-label={t('templates.ask.blanks', { count: blanksLeft })}>
          <p>{t('templates.ask.blanks', { count: blanksLeft })}</p>
          <div className="tpl-actions">
            <button type="button" onClick={() => (ask.action === 'insert' ? void insert(false, { blanksOk: true }) : copyLetter(true))}>
              {t(ask.action === 'insert' ? 'templates.ask.blanks.insert' : 'templates.ask.blanks.copy')}
            </button>
            <button type="button" onClick={() => setAsk(null)}>{t('templates.ask.blanks.back')}</button>
          </div>
        </div>
      )}
      {ask?.kind === 'origin' && (
        <div className="tpl-ask" role="alertdialog" aria-label={t('templates.ask.origin.title')}>
          <p>{t('templates.ask.origin', { claim: claim?.claimNumber ?? '—', claimOrigin: props.claimOrigin ?? '—', origin: ask.origin })}</p>
          <div className="tpl-actions">
            <button type="button" onClick={() => {
              setConfirmedOrigin(ask.origin);
              void insert(ask.allowTruncate, { blanksOk: true, origin: ask.origin });
            }}>
              {t('templates.ask.origin.confirm', { origin: ask.origin })}
            </button>
            <button type="button" onClick={() => setAsk(null)}>{t('templates.ask.cancel')}</button>
          </div>
        </div>
      )}
      {warning && <MaxLengthWarning problem={warning} busy={busy} onInsertCut={() => void insert(true, { blanksOk: true })} onDismiss={() => setWarning(null)} />}
      <p role="status" className={status?.kind === 'error' ? 'tpl-error' : 'tpl-ok'}>{status?.text ?? ''}</p>

      <ImportExport onImport={props.onImport} onExport={props.onExport} />
    </section>
  );
}
