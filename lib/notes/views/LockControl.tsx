/**
 * The lock in one place for the popup: "Lock now" while unlocked, the unlock form while locked.
 * The side panel's NotesTab shows the same controls around the notes.
 */
import { t } from '@/lib/platform/i18n';
import type { NotesService } from '@/lib/notes/service';
import { DEFAULT_IDLE_MINUTES } from '@/lib/notes/session';
import { UnlockForm } from './UnlockForm';
import { useVaultState } from './use-vault-state';

export function LockNowBar({ onLock }: { onLock(): void }) {
  return (
    <div className="notes-lockbar" role="group" aria-label={t('notes.unlocked')}>
      <span className="muted">{t('notes.unlocked')}</span>
      <button type="button" onClick={onLock}>{t('notes.lockNow')}</button>
    </div>
  );
}

interface Props {
  service: NotesService;
  idleMinutes?: number;
  pollMs?: number;
}

export function NotesLockControl({ service, idleMinutes = DEFAULT_IDLE_MINUTES, pollMs }: Props) {
  const vault = useVaultState(service, pollMs);
  if (vault.state === 'loading' || vault.state === 'no-vault') return null; // Created from the side panel.
  // Never takes the focus: in the popup typed codes must land in the search box, and the options
  // page must open at its top (the focused field would scroll it down to the notes section).
  if (vault.state === 'locked') return <UnlockForm onUnlock={vault.unlock} idleMinutes={idleMinutes} autoFocus={false} />;
  return <LockNowBar onLock={() => void vault.lock()} />;
}
