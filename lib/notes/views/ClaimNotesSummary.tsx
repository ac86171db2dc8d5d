/**
 * The claim's notes in the Claim tab: how many, and the last one, so a specialist sees what was
 * already done before calling again; "Add a note" opens the Notes tab on this claim. Notes are
 * encrypted: while the vault is locked nothing about them can be read (not even the count), so it
 * says so and offers to unlock in the Notes tab.
 */
import { useEffect, useState } from 'react';
import { formatDate, t } from '@/lib/platform/i18n';
import type { NotesService } from '@/lib/notes/service';
import type { Note } from '@/lib/notes/types';
import './claim-notes.css';

export interface ClaimNotesSummaryProps {
  service: Pick<NotesService, 'notesForClaim'>;
  claimNumber: string | null;
  unlocked: boolean;
  /** Opens the Notes tab (where the note form is already on this claim). */
  onOpenNotes(): void;
  /** Grows when notes change (lib/notes/page-service.ts useNotesVersion): read them again. */
  version?: number;
}

/** Local day of a timestamp, as an ISO day for formatDate. */
const dayOf = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function ClaimNotesSummary({ service, claimNumber, unlocked, onOpenNotes, version = 0 }: ClaimNotesSummaryProps) {
  const [state, setState] = useState<{ key: string; notes: Note[] | null; failed: boolean } | null>(null);
  const key = `${claimNumber ?? ''}|${unlocked}|${version}`;
  useEffect(() => {
    if (!unlocked || !claimNumber) return;
    let alive = true;
    service.notesForClaim(claimNumber).then(
      (o) => alive && setState({ key, notes: o.records, failed: o.failed.length > 0 }),
      () => alive && setState({ key, notes: null, failed: true }),
    );
    return () => {
      alive = false;
    };
  }, [service, claimNumber, unlocked, key]);
  if (!claimNumber) return null;
  const current = state?.key === key ? state : null;
  const notes = current?.notes ?? null;
  const last = notes ? [...notes].sort((a, b) => b.updatedAt - a.updatedAt)[0] : undefined;
  return (
    <section className="claim-notes-summary" aria-labelledby="claim-notes-title">
      <h3 id="claim-notes-title">{t('claimNotes.title')}</h3>
      {!unlocked ? (
        <p className="muted">
          {t('claimNotes.locked')}{' '}
          <button type="button" className="link" onClick={onOpenNotes}>{t('claimNotes.unlock')}</button>
        </p>
      ) : !current ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          <p>
            <span data-notes-count={notes?.length ?? 0}>{t('claimNotes.count', { count: notes?.length ?? 0 })}</span>
            {current.failed && <span role="alert"> {t('claimNotes.failed')}</span>}
          </p>
          {last && (
            <p className="claim-notes-last">
              <strong>{t('claimNotes.last', { date: formatDate(dayOf(last.updatedAt)), kind: t(`notes.kind.${last.kind}`) })}</strong>{' '}
              {[last.outcome, last.text].filter((s) => s.trim()).join(' — ').slice(0, 240)}
              {last.nextFollowUp && <> {' · '}{t('claimNotes.next', { date: formatDate(last.nextFollowUp) })}</>}
            </p>
          )}
          <button type="button" onClick={onOpenNotes}>{t('claimNotes.add')}</button>
        </>
      )}
    </section>
  );
}
