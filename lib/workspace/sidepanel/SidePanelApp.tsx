import { useCallback, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { Header } from '@/lib/platform/views/Header';
import { Tabs } from '@/lib/platform/views/Tabs';
import type { Claim } from '@/lib/claim/types';
import { t } from '@/lib/platform/i18n';
import { useCurrentTab } from '@/lib/sites/current-tab';
import { PanelContext, type PanelState } from '@/lib/workspace/panel-context';
import { usePendingPanelRequests } from '@/lib/workspace/pending';
import { useSiteAccess } from '@/lib/sites/site-access';
import { ClaimTab } from './ClaimTab';
import { LookupTab } from './LookupTab';
import { NotesTab } from './NotesTab';
import { TemplatesTab } from './TemplatesTab';
import { isPanelTab, type PanelTab } from '@/lib/workspace/storage';
import type { Finding } from '@/lib/checks/types';
import { type LetterFocus } from '@/lib/workspace/panel-context';
import { letterClaimKey, nextLetterClaim, NO_LETTER_CLAIM, pickOfferedClaim, type LetterClaimState } from '@/lib/templates/letter-claim';


export function App() {
  const requested = new URLSearchParams(location.search).get('tab');
  const initial: PanelTab = isPanelTab(requested) ? requested : 'claim';
  const [active, setActive] = useState<PanelTab>(initial);
  const [claim, setClaim] = useState<Claim | null>(null);
  const [lookupQuery, setLookupQuery] = useState('');
  const [suggestedTemplateId, setSuggestedTemplateId] = useState<string | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [letterFocus, setLetterFocus] = useState<LetterFocus | null>(null);
  const tab = useCurrentTab();
  const site = useSiteAccess(tab.origin, tab.tabId);
  const showTab = useCallback((id: PanelTab) => setActive(id), []);
  // The letter keeps its claim across the pages of its site (issue 17 item 1): lib/templates/letter-claim.ts.
  // Derived from each new page claim while rendering (React's pattern for state that follows a prop).
  const [letterClaim, setLetterClaim] = useState<LetterClaimState>(NO_LETTER_CLAIM);
  const [letterFindings, setLetterFindings] = useState<Finding[] | null>(null);
  const [seenPage, setSeenPage] = useState<{ claim: Claim | null; origin: string | null; findings: Finding[] | null }>({ claim: null, origin: null, findings: null });
  if (seenPage.claim !== claim || seenPage.origin !== tab.origin || seenPage.findings !== findings) {
    setSeenPage({ claim, origin: tab.origin, findings });
    const next = nextLetterClaim(letterClaim, { claim, origin: tab.origin });
    if (next !== letterClaim) setLetterClaim(next);
    // The findings shown beside the letter are those of its claim, even on a page that shows no claim.
    if (claim && findings && next.pinned && letterClaimKey(claim) === letterClaimKey(next.pinned.claim)) setLetterFindings(findings);
  }
  // The offered claim is the one on the page now: its findings are the page's.
  const pickLetterClaim = useCallback(() => {
    setLetterClaim(pickOfferedClaim);
    setLetterFocus(null);
    setLetterFindings(findings);
  }, [findings]);
  usePendingPanelRequests(showTab, setLookupQuery);

  const state = useMemo<PanelState>(
    () => ({
      tab, site, claim, setClaim, lookupQuery, setLookupQuery, showTab, suggestedTemplateId, setSuggestedTemplateId,
      findings, setFindings, letterFocus, setLetterFocus, letterClaim, letterFindings, pickLetterClaim,
    }),
    [tab, site, claim, lookupQuery, showTab, suggestedTemplateId, findings, letterFocus, letterClaim, letterFindings, pickLetterClaim],
  );

  return (
    <PanelContext.Provider value={state}>
      <Header iconUrl={browser.runtime.getURL('/icon/32.png')} />
      <Tabs
        label={t('tabs.label')}
        active={active}
        onChange={(id) => isPanelTab(id) && setActive(id)}
        tabs={[
          { id: 'claim', label: t('tabs.claim'), render: () => <ClaimTab /> },
          { id: 'notes', label: t('tabs.notes'), render: () => <NotesTab /> },
          { id: 'templates', label: t('tabs.templates'), render: () => <TemplatesTab /> },
          { id: 'lookup', label: t('tabs.lookup'), render: () => <LookupTab /> },
        ]}
      />
    </PanelContext.Provider>
  );
}
