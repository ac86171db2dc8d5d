/**
 * The popup's notes lock, self-contained: "Lock now" while unlocked, the unlock form while locked,
 * nothing before a vault exists (it is created in the side panel). The page glue hook
 * (lib/notes/page-service.ts) supplies the service and the auto-lock setting.
 */
import { useNotesService } from '@/lib/notes/page-service';
import { NotesLockControl } from './LockControl';

export function PopupVault() {
  const { service, idleMinutes } = useNotesService();
  return <NotesLockControl service={service} idleMinutes={idleMinutes} />;
}
