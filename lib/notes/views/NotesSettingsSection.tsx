// Settings of the notes domain: the auto-lock delay (storage.local, not PHI) and the lock itself,
// so "Lock now" is at hand on every extension page.
import { IdleLockSettings } from './IdleLockSettings';
import { NotesLockControl } from './LockControl';
import { t } from '@/lib/platform/i18n';
import { pageNotesService } from '@/lib/notes/page-service';
import { saveIdleMinutes, useIdleMinutes } from '@/lib/notes/storage';

export function NotesSection() {
  const idleMinutes = useIdleMinutes();
  // The form keeps its own draft: mount it once storage has answered, so it starts from what is saved.
  if (idleMinutes === null) return null;
  return (
    <section aria-labelledby="notes-settings-title">
      <h2 id="notes-settings-title">{t('notes.settings.title')}</h2>
      <IdleLockSettings value={idleMinutes} onSave={async (m) => void (await saveIdleMinutes(m))} />
      <p className="muted">{t('notes.settings.lockHelp')}</p>
      <NotesLockControl service={pageNotesService()} idleMinutes={idleMinutes} />
    </section>
  );
}
