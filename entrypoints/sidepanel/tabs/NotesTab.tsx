// Side panel "Notes" tab: wires components/notes/NotesTab to the page's notes service (IndexedDB of
// the extension origin + storage.session), the claim read from the page, the auto-lock setting,
// downloads (backup, CSV) and the toolbar badge. Nothing here holds a note.
import { useMemo } from 'react';
import { NotesTab as NotesView } from '../../../components/notes/NotesTab';
import { localIsoDay } from '../../../lib/notes/dates';
import { claimContextFrom } from '../../../lib/notes/service';
import { downloadFile, notifyNotesChanged, useNotesService } from '../../../lib/ui/notes-service';
import { usePanel } from '../../../lib/ui/panel-context';

export function NotesTab() {
  const { claim } = usePanel();
  const { service, idleMinutes } = useNotesService();
  const context = useMemo(() => (claim ? claimContextFrom(claim) : null), [claim]);
  return (
    <NotesView
      service={service}
      claim={context}
      // Recomputed at each render: a panel left open overnight moves to the new day at its next render.
      today={localIsoDay()}
      idleMinutes={idleMinutes}
      onDownload={downloadFile}
      onDataChanged={notifyNotesChanged}
    />
  );
}
