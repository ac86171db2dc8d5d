/**
 * The side panel's "Notes" tab: create or unlock the vault, then the current claim's notes and the
 * quick note form, search, the worklist with A/R aging, and backup tools. Props in, callbacks out:
 * the shell passes a NotesService (lib/notes/service.ts) built on IndexedDB and storage.session.
 */
import { useCallback, useRef, useState } from 'react';
import { t } from '@/lib/platform/i18n';
import type { ClaimContext, NotesService } from '@/lib/notes/service';
import { DEFAULT_IDLE_MINUTES } from '@/lib/notes/session';
import { ClaimNotes } from './ClaimNotes';
import { CreateVaultForm } from './CreateVaultForm';
import { errorText, isLockedError } from './error-text';
import { LockNowBar } from './LockControl';
import { SearchPanel } from './SearchPanel';
import { UnlockForm } from './UnlockForm';
import { useVaultState } from './use-vault-state';
import { VaultTools } from './VaultTools';
import type { DownloadFile } from '@/lib/platform/download';
import { WorklistPanel } from './WorklistPanel';
import './notes.css';

export interface NotesTabProps {
  service: NotesService;
  /** The claim read from the page (`claimContextFrom(claim)`), or null. Its number links the notes. */
  claim: ClaimContext | null;
  /** Today as an ISO day in the user's time zone (worklist and aging). */
  today: string;
  /** The idle auto-lock setting, shown on the lock screen. */
  idleMinutes?: number;
  /** Saves a file the user asked for (backup, CSV): the shell uses a Blob URL and a download. */
  onDownload(file: DownloadFile): void;
  /** Notes or follow-up items changed (save, edit, import): the shell recounts the toolbar badge. */
  onDataChanged?(): void;
  pollMs?: number;
}

/** User activity is reported at most this often (the service also throttles its writes). */
const ACTIVITY_INTERVAL_MS = 10_000;

export function NotesTab({ service, claim, today, idleMinutes = DEFAULT_IDLE_MINUTES, onDownload, onDataChanged, pollMs }: NotesTabProps) {
  const vault = useVaultState(service, pollMs);
  const [claimNumber, setClaimNumber] = useState(claim?.claimNumber ?? '');
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const lastActivity = useRef(0);
  const { markLocked } = vault;

  // A new claim page links its notes automatically (state derived from props during render, the
  // React-documented alternative to an effect).
  const [pageClaim, setPageClaim] = useState(claim?.claimNumber ?? null);
  if ((claim?.claimNumber ?? null) !== pageClaim) {
    setPageClaim(claim?.claimNumber ?? null);
    if (claim?.claimNumber) setClaimNumber(claim.claimNumber);
  }

  const onError = useCallback((err: unknown) => {
    if (isLockedError(err)) markLocked();
    else setError(errorText(err));
  }, [markLocked]);

  const onChanged = useCallback(() => {
    setError(null);
    setVersion((v) => v + 1);
    onDataChanged?.();
  }, [onDataChanged]);

  function onActivity(e: { isTrusted: boolean }) {
    // Only the user's own input counts (issue 17 item 3): a script-dispatched event is not a person.
    if (!e.isTrusted) return;
    const now = Date.now();
    if (vault.state !== 'unlocked' || now - lastActivity.current < ACTIVITY_INTERVAL_MS) return;
    lastActivity.current = now;
    service.touch().catch(onError);
  }

  let body;
  if (vault.state === 'loading') body = <p className="muted">{t('notes.loading')}</p>;
  else if (vault.state === 'no-vault') body = <CreateVaultForm onCreate={vault.create} />;
  else if (vault.state === 'locked') body = <UnlockForm onUnlock={vault.unlock} idleMinutes={idleMinutes} />;
  else {
    body = (
      <>
        <LockNowBar onLock={() => void vault.lock()} />
        {error && <p role="alert" className="notes-error">{error}</p>}
        <ClaimNotes
          service={service} claimNumber={claimNumber} onClaimNumberChange={setClaimNumber} claim={claim}
          version={version} onChanged={onChanged} onError={onError}
        />
        <SearchPanel service={service} onChanged={onChanged} onError={onError} />
        <WorklistPanel key={version} service={service} today={today} onPickClaim={setClaimNumber} onError={onError} />
        <VaultTools service={service} today={today} onDownload={onDownload} onChanged={onChanged} onError={onError} />
      </>
    );
  }

  return (
    <section className="notes-tab" aria-label={t('notes.region')} onKeyDown={onActivity} onPointerDown={onActivity}>
      {vault.error !== null && <p role="alert" className="notes-error">{errorText(vault.error)}</p>}
      {body}
    </section>
  );
}
