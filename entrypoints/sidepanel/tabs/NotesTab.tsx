// Side panel "Notes" tab: wires components/notes/NotesTab to the page's notes service (IndexedDB of
// the extension origin + storage.session), the claim read from the page (with its timely-filing and
// appeal deadlines, so the worklist orders claims by what is due first), the auto-lock setting,
// downloads (backup, CSV) and the toolbar badge. Nothing here holds a note.
import { useEffect, useMemo, useState } from 'react';
import { NotesTab as NotesView } from '../../../components/notes/NotesTab';
import { claimDeadlines, type PayerRule } from '../../../lib/claims/deadlines';
import { localIsoDay } from '../../../lib/dates';
import { claimContextFrom, type ClaimContext } from '../../../lib/notes/service';
import { payerRulesItem, readPayerRules } from '../../../lib/ui/claims-storage';
import { downloadFile, notifyNotesChanged, useNotesService } from '../../../lib/ui/notes-service';
import { usePanel } from '../../../lib/ui/panel-context';
import { useCheckSettings } from '../../../lib/ui/findings';
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
    const deadlines = claimDeadlines(claim, { payerRules }, localIsoDay()).map((d) => ({ kind: d.kind, date: d.due, label: d.rule.label }));
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
