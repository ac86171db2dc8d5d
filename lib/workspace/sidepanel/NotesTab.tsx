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
import { notifyNotesChanged, useNotesService } from '@/lib/notes/page-service';
import { downloadFile } from '@/lib/platform/download';
import { usePanel } from '@/lib/workspace/panel-context';
import { useCheckSettings } from '@/lib/checks/panel-findings';
import { chosenRule, rulesWithChoice } from '@/lib/deadlines/payer-choice';

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
  const { claim, tab } = usePanel();
  const { service, idleMinutes } = useNotesService();
  const userRules = usePayerRules();
  const { choices } = useCheckSettings();
  // The rule chosen in the Claim tab for this site and payer gives the worklist's deadlines too.
  const payerRules = useMemo(() => rulesWithChoice(userRules, chosenRule(choices, tab.origin, claim?.payer, userRules)), [userRules, choices, tab.origin, claim?.payer]);
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
