/** The notes of one claim (the one on the page, or typed), newest first, and the form to add one. */
import { useEffect, useState } from 'react';
import { t } from '@/lib/platform/i18n';
import { normalizeClaimRef } from '@/lib/notes/claim-ref';
import type { Opened } from '@/lib/notes/context';
import type { ClaimContext, NotesService } from '@/lib/notes/service';
import type { Note } from '@/lib/notes/types';
import { NoteCard } from './NoteCard';
import { NoteForm } from './NoteForm';

interface Props {
  service: NotesService;
  claimNumber: string;
  onClaimNumberChange(value: string): void;
  claim: ClaimContext | null;
  /** Bumped by the parent whenever notes may have changed (a save, an import). */
  version: number;
  onChanged(): void;
  onError(error: unknown): void;
}

/** Wait this long after the last keystroke in "Claim number" before decrypting that claim's notes. */
const LOOKUP_DELAY_MS = 250;

type ListProps = Pick<Props, 'service' | 'claimNumber' | 'onChanged' | 'onError'>;

/** Keyed by claim and version, so it starts empty for each claim and reloads after each change. */
function NoteList({ service, claimNumber, onChanged, onError }: ListProps) {
  const [opened, setOpened] = useState<Opened<Note> | null>(null);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      service.notesForClaim(claimNumber).then((o) => { if (!cancelled) setOpened(o); }, (err: unknown) => { if (!cancelled) onError(err); });
    }, LOOKUP_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [service, claimNumber, onError]);

  if (!opened) return <p className="muted">{t('notes.loading')}</p>;
  return (
    <>
      {opened.records.length === 0 && opened.failed.length === 0 && <p className="empty">{t('notes.list.empty')}</p>}
      {opened.failed.length > 0 && <p role="alert" className="notes-error">{t('notes.list.failed', { count: opened.failed.length })}</p>}
      {opened.records.map((n) => <NoteCard key={`${n.id}:${n.revisionId}`} note={n} service={service} onChanged={onChanged} onError={onError} />)}
    </>
  );
}

export function ClaimNotes({ service, claimNumber, onClaimNumberChange, claim, version, onChanged, onError }: Props) {
  const hasClaim = normalizeClaimRef(claimNumber) !== '';
  const title = hasClaim ? t('notes.list.title', { claim: claimNumber }) : t('notes.list.noClaim');
  return (
    <>
      <NoteForm service={service} claimNumber={claimNumber} onClaimNumberChange={onClaimNumberChange} claim={claim} onSaved={onChanged} onError={onError} />
      <section className="notes-card" aria-label={title}>
        {hasClaim ? <h3>{title}</h3> : <p className="empty">{title}</p>}
        {hasClaim && (
          <NoteList key={`${normalizeClaimRef(claimNumber)}|${version}`} service={service} claimNumber={claimNumber} onChanged={onChanged} onError={onError} />
        )}
      </section>
    </>
  );
}
