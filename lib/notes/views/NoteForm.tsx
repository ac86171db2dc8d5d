/**
 * The quick note form (a call by default: rep name, reference number, outcome, next follow-up).
 * It autosaves an encrypted draft per claim while typing, so a portal logout, a closed panel or a
 * locked vault loses nothing; the draft is removed once the note is saved.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { t } from '@/lib/platform/i18n';
import { normalizeClaimRef } from '@/lib/notes/claim-ref';
import type { ClaimContext, NotesService } from '@/lib/notes/service';
import { FOLLOW_UP_STATUSES, NOTE_KINDS, type Note, type NoteContent } from '@/lib/notes/types';
import { errorText, isLockedError } from './error-text';
import { kindLabel, statusLabel } from './labels';

/** Long enough not to write on every keystroke, short enough that a logout loses a few words at most. */
export const DRAFT_DELAY_MS = 800;

interface Props {
  service: NotesService;
  claimNumber: string;
  onClaimNumberChange(value: string): void;
  /** The claim on the page; its payer, dates and amount go with the note when the numbers match. */
  claim: ClaimContext | null;
  onSaved(note: Note): void;
  onError(error: unknown): void;
}

type Fields = Omit<NoteContent, 'nextFollowUp'> & { nextFollowUp: string; payer: string };

const EMPTY: Fields = { kind: 'call', status: 'pending', contact: '', referenceNumber: '', outcome: '', text: '', nextFollowUp: '', payer: '' };

function sameClaim(a: string, b: string | undefined): boolean {
  return !!b && normalizeClaimRef(a) !== '' && normalizeClaimRef(a) === normalizeClaimRef(b);
}

function hasContent(f: Fields): boolean {
  return !!(f.contact || f.referenceNumber || f.outcome || f.text || f.nextFollowUp);
}

export function NoteForm({ service, claimNumber, onClaimNumberChange, claim, onSaved, onError }: Props) {
  const id = useId();
  const pagePayer = sameClaim(claimNumber, claim?.claimNumber) ? claim?.payer ?? '' : '';
  const [fields, setFields] = useState<Fields>(() => ({ ...EMPTY, payer: pagePayer }));
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /**
   * The claim the typed fields belong to (issue 17 item 1). It follows the claim on screen while
   * nothing is typed; once the user types, it stays, and a page that moves to another claim gets a
   * question (keep on its claim, move, discard) instead of the fields silently changing claim.
   */
  const [draftClaim, setDraftClaim] = useState(claimNumber);
  if (!dirty && draftClaim !== claimNumber) setDraftClaim(claimNumber);
  const moved = dirty && normalizeClaimRef(draftClaim) !== normalizeClaimRef(claimNumber);
  const latest = useRef({ fields, dirty, claimNumber: draftClaim });
  useEffect(() => {
    latest.current = { fields, dirty, claimNumber: draftClaim };
  });

  // The page's payer fills the field until the user types another one.
  const [payerFrom, setPayerFrom] = useState(pagePayer);
  if (pagePayer !== payerFrom) {
    setPayerFrom(pagePayer);
    if (!dirty) setFields((f) => ({ ...f, payer: pagePayer }));
  }

  /** True once the draft is stored (encrypted). */
  const saveDraftFor = useCallback(async (f: Fields, c: string): Promise<boolean> => {
    if (!hasContent(f)) return false;
    try {
      const { payer, nextFollowUp, ...content } = f;
      await service.saveDraft(c || null, { claimRef: c, payer: payer || null, content: { ...content, nextFollowUp: nextFollowUp || null } });
      return true;
    } catch (err) {
      if (!isLockedError(err)) onError(err);
      return false;
    }
  }, [service, onError]);

  // Restore the claim's draft when the claim changes and nothing is typed yet.
  useEffect(() => {
    let cancelled = false;
    if (latest.current.dirty) return;
    service.loadDraft(claimNumber || null).then((draft) => {
      if (cancelled || latest.current.dirty) return;
      // No draft for this claim: whatever another claim's draft showed goes.
      if (!draft) return void setFields((f) => (hasContent(f) ? { ...EMPTY, payer: f.payer } : f));
      setFields({ ...EMPTY, ...draft.content, nextFollowUp: draft.content.nextFollowUp ?? '', payer: draft.payer ?? '' });
      setMessage(t('notes.form.draftRestored'));
    }, (err: unknown) => { if (!isLockedError(err)) onError(err); });
    return () => { cancelled = true; };
  }, [service, claimNumber, onError]);

  // Autosave the draft a moment after the last keystroke.
  useEffect(() => {
    // Not while saving: a draft written after the note would bring the saved text back later.
    if (!dirty || busy || moved) return;
    let live = true;
    const timer = setTimeout(() => {
      // Said quietly in the status line, so the user knows a logout or a closed panel is safe now.
      void saveDraftFor(fields, draftClaim).then((saved) => { if (saved && live) setMessage(t('notes.form.draftSaved')); });
    }, DRAFT_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [fields, dirty, busy, moved, draftClaim, saveDraftFor]);

  /** Starts afresh on the claim now on screen, restoring its own draft if it has one. */
  async function startOnScreenClaim(): Promise<void> {
    setFields({ ...EMPTY, payer: pagePayer });
    setDirty(false);
    setDraftClaim(claimNumber);
    const draft = await service.loadDraft(claimNumber || null).catch(() => null);
    if (draft) {
      setFields({ ...EMPTY, ...draft.content, nextFollowUp: draft.content.nextFollowUp ?? '', payer: draft.payer ?? '' });
      setMessage(t('notes.form.draftRestored'));
    }
  }

  async function resolveMove(choice: 'keep' | 'move' | 'discard'): Promise<void> {
    const from = draftClaim;
    if (choice === 'keep') {
      await saveDraftFor(fields, from);
      setMessage(t('notes.form.move.kept', { claim: from }));
      await startOnScreenClaim();
    } else if (choice === 'move') {
      await service.clearDraft(from || null).catch(() => undefined);
      setDraftClaim(claimNumber);
    } else {
      await service.clearDraft(from || null).catch(() => undefined);
      await startOnScreenClaim();
    }
  }

  // Closing the panel mid-sentence: write the draft right away. A closed side panel or tab does not
  // unmount React, so the page's hide event starts the write too (best effort: the document may be
  // gone before IndexedDB commits, which is why the autosave above does not wait for it).
  useEffect(() => {
    const flush = () => {
      if (latest.current.dirty) void saveDraftFor(latest.current.fields, latest.current.claimNumber);
    };
    const onHidden = () => { if (document.visibilityState === 'hidden') flush(); };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [saveDraftFor]);

  function set<K extends keyof Fields>(key: K, value: Fields[K]) {
    setFields((f) => ({ ...f, [key]: value }));
    setDirty(true);
    setMessage(null);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    // Never a note with fields typed for another claim: the question above must be answered first.
    if (moved) return;
    setBusy(true);
    setError(null);
    const { payer, nextFollowUp, ...content } = fields;
    try {
      const note = await service.saveNote(
        { ...content, claimRef: draftClaim, payer: payer || null, nextFollowUp: nextFollowUp || null },
        sameClaim(draftClaim, claim?.claimNumber) ? claim : null,
      );
      setFields({ ...EMPTY, payer: pagePayer });
      setDirty(false);
      setMessage(t('notes.form.saved'));
      onSaved(note);
    } catch (err) {
      // The text stays in the form and in the draft: a failed save never loses it.
      setError(errorText(err));
      void saveDraftFor(fields, draftClaim);
      if (isLockedError(err)) onError(err);
    } finally {
      setBusy(false);
    }
  }

  const field = (key: 'payer' | 'contact' | 'referenceNumber' | 'outcome', label: string) => (
    <div className="notes-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={fields[key]} autoComplete="off" onChange={(e) => set(key, e.target.value)} />
    </div>
  );
  const choice = <K extends 'kind' | 'status'>(key: K, label: string, options: readonly Fields[K][], labelOf: (v: Fields[K]) => string) => (
    <div className="notes-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={fields[key]} onChange={(e) => set(key, e.target.value as Fields[K])}>
        {options.map((o) => <option key={o} value={o}>{labelOf(o)}</option>)}
      </select>
    </div>
  );

  return (
    <form className="notes-card" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('notes.form.title')}</h3>
      <div className="notes-field">
        <label htmlFor={`${id}-claim`}>{t('notes.form.claimNumber')}</label>
        <input id={`${id}-claim`} value={moved ? draftClaim : claimNumber} autoComplete="off" spellCheck={false} readOnly={moved} onChange={(e) => {
          // Typed by the user: the draft goes with the claim number they type.
          setDraftClaim(e.target.value);
          onClaimNumberChange(e.target.value);
        }} />
      </div>
      {moved && (
        <div role="alertdialog" aria-label={t('notes.form.move.title')} className="notes-warning">
          <p>{t('notes.form.move.question', { from: draftClaim, to: claimNumber })}</p>
          <button type="button" className="primary" onClick={() => void resolveMove('keep')}>{t('notes.form.move.keep', { claim: draftClaim })}</button>{' '}
          <button type="button" onClick={() => void resolveMove('move')}>{t('notes.form.move.move', { claim: claimNumber })}</button>{' '}
          <button type="button" onClick={() => void resolveMove('discard')}>{t('notes.form.move.discard')}</button>
        </div>
      )}
      <div className="notes-row">
        {choice('kind', t('notes.form.kind'), NOTE_KINDS, kindLabel)}
        {field('payer', t('notes.form.payer'))}
      </div>
      <div className="notes-row">
        {field('contact', t('notes.form.contact'))}
        {field('referenceNumber', t('notes.form.reference'))}
      </div>
      {field('outcome', t('notes.form.outcome'))}
      <div className="notes-field">
        <label htmlFor={`${id}-text`}>{t('notes.form.text')}</label>
        <textarea id={`${id}-text`} value={fields.text} rows={4} onChange={(e) => set('text', e.target.value)} />
      </div>
      <div className="notes-row">
        <div className="notes-field">
          <label htmlFor={`${id}-next`}>{t('notes.form.nextFollowUp')}</label>
          <input id={`${id}-next`} type="date" value={fields.nextFollowUp} onChange={(e) => set('nextFollowUp', e.target.value)} />
        </div>
        {choice('status', t('notes.form.status'), FOLLOW_UP_STATUSES, statusLabel)}
      </div>
      {error && <p role="alert" className="notes-error">{error}</p>}
      {message && <p role="status" className="muted">{message}</p>}
      <button type="submit" className="primary" disabled={busy || moved}>{busy ? t('notes.form.saving') : t('notes.form.save')}</button>
    </form>
  );
}
