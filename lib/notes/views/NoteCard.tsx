/** One note: what was said, who, reference #, next follow-up; its revision history; an edit that adds a revision. */
import { useState } from 'react';
import { formatDate, t } from '@/lib/platform/i18n';
import type { NotesService } from '@/lib/notes/service';
import { FOLLOW_UP_STATUSES, type FollowUpStatus, type Note, type NoteRevision } from '@/lib/notes/types';
import { errorText, isLockedError } from './error-text';
import { formatTimestamp, kindLabel, statusLabel } from './labels';

interface Props {
  note: Note;
  service: NotesService;
  onChanged(): void;
  onError(error: unknown): void;
  /** Search results show the claim number; a claim's own list does not need it. */
  showClaim?: boolean;
}

export function NoteCard({ note, service, onChanged, onError, showClaim = false }: Props) {
  const [history, setHistory] = useState<NoteRevision[] | null>(null);
  const [historyFailed, setHistoryFailed] = useState(0);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [status, setStatus] = useState<FollowUpStatus>(note.status);
  const [error, setError] = useState<string | null>(null);

  async function toggleHistory() {
    if (history) return setHistory(null);
    try {
      const opened = await service.history(note.id);
      setHistory(opened.records);
      setHistoryFailed(opened.failed.length);
    } catch (err) {
      onError(err);
    }
  }

  async function saveEdit() {
    try {
      await service.editNote(note.id, { text, status });
      setEditing(false);
      setHistory(null);
      onChanged();
    } catch (err) {
      if (isLockedError(err)) onError(err);
      else setError(errorText(err));
    }
  }

  return (
    <article className="notes-note" aria-label={formatTimestamp(note.createdAt)}>
      <p className="muted">
        {showClaim && <strong>{note.claimRef} · </strong>}
        {t('notes.note.meta', { date: formatTimestamp(note.createdAt), kind: kindLabel(note.kind), status: statusLabel(note.status) })}
        {note.updatedAt !== note.createdAt && ` · ${t('notes.note.edited', { date: formatTimestamp(note.updatedAt) })}`}
      </p>
      {note.contact && <p>{t('notes.note.contact', { contact: note.contact })}</p>}
      {note.referenceNumber && <p>{t('notes.note.reference', { reference: note.referenceNumber })}</p>}
      {note.outcome && <p>{t('notes.note.outcome', { outcome: note.outcome })}</p>}
      {note.text && <p className="notes-text">{note.text}</p>}
      {note.nextFollowUp && <p>{t('notes.note.next', { date: formatDate(note.nextFollowUp) })}</p>}

      {editing ? (
        <div className="notes-edit">
          <label>
            {t('notes.edit.text')}
            <textarea value={text} rows={4} onChange={(e) => setText(e.target.value)} />
          </label>
          <label>
            {t('notes.form.status')}
            <select value={status} onChange={(e) => setStatus(e.target.value as FollowUpStatus)}>
              {FOLLOW_UP_STATUSES.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
            </select>
          </label>
          {error && <p role="alert" className="notes-error">{error}</p>}
          <button type="button" className="primary" onClick={() => void saveEdit()}>{t('notes.edit.save')}</button>{' '}
          <button type="button" onClick={() => { setEditing(false); setText(note.text); setStatus(note.status); }}>{t('notes.edit.cancel')}</button>
        </div>
      ) : (
        <p className="notes-actions">
          <button type="button" aria-expanded={history !== null} onClick={() => void toggleHistory()}>
            {history ? t('notes.history.hide') : t('notes.history.show')}
          </button>{' '}
          <button type="button" onClick={() => setEditing(true)}>{t('notes.edit')}</button>
        </p>
      )}

      {history && (
        <section aria-label={t('notes.history.title')}>
          <h4>{t('notes.history.title')}</h4>
          <ol className="notes-history">
            {history.map((r) => (
              <li key={r.id}>
                <span className="muted">{t('notes.history.entry', { date: formatTimestamp(r.createdAt), status: statusLabel(r.status) })}</span>
                <span className="notes-text"> {r.text || r.outcome}</span>
              </li>
            ))}
          </ol>
          {historyFailed > 0 && <p role="alert" className="notes-error">{t('notes.list.failed', { count: historyFailed })}</p>}
        </section>
      )}
    </article>
  );
}
