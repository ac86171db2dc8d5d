// Side panel "Notes" tab: wires components/notes/NotesTab to the page's notes service (IndexedDB of
// the extension origin + storage.session), the claim read from the page (with its timely-filing and
// appeal deadlines, so the worklist orders claims by what is due first), the auto-lock setting,
// downloads (backup, CSV) and the toolbar badge. Nothing here holds a note.
import { useEffect, useMemo, useState } from 'react';
import { NotesTab as NotesView } from '@/lib/notes/views/NotesTab';
import { claimDeadlines, type PayerRule } from '@/lib/deadlines';
import { localIsoDay } from '@/lib/platform/dates';
import { claimContextFrom, type ClaimContext } from '@/lib/notes/service';
import { payerRulesItem, readPayerRules } from '@/lib/deadlines/storage';
import { downloadFile, notifyNotesChanged, useNotesService } from '@/lib/notes/page-service';
import { usePanel } from '@/lib/workspace/panel-context';

function usePayerRules(): PayerRule[] {
  const [rules, setRules] = useState<PayerRule[]>([]);
  useEffect(() => {
    const load = () => void readPayerRules().then(setRules, () => setRules([]));
    load();
    return payerRulesItem.watch(load);
  }, []);
  return rules;
}

export function NotesTab() {
  const { claim } = usePanel();
  const { service, idleMinutes } = useNotesService();
  const payerRules = usePayerRules();
  const context = useMemo<ClaimContext | null>(() => {
    const base = claim ? claimContextFrom(claim) : null;
    if (!claim || !base) return null;
    // Notes know filing and appeal deadlines; a Medicare reopening or Part A adjustment window is filed as "other".
    const deadlines = claimDeadlines(claim, { payerRules }, localIsoDay())
      .map((d) => ({ kind: d.kind === 'timely-filing' || d.kind === 'appeal' ? d.kind : 'other' as const, date: d.due, label: d.rule.label }));
    return { ...base, deadlines };
  }, [claim, payerRules]);
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
