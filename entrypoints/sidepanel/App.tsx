import { useCallback, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { Header } from '../../components/shell/Header';
import { Tabs } from '../../components/shell/Tabs';
import type { Claim } from '../../lib/claims/types';
import type { Finding } from '../../lib/claims/check/types';
import { t } from '../../lib/i18n';
import { useCurrentTab } from '../../lib/ui/current-tab';
import { PanelContext, type LetterFocus, type PanelState } from '../../lib/ui/panel-context';
import { usePendingPanelRequests } from '../../lib/ui/pending';
import { useSiteAccess } from '../../lib/ui/site-access';
import { ClaimTab } from './tabs/ClaimTab';
import { LookupTab } from './tabs/LookupTab';
import { NotesTab } from './tabs/NotesTab';
import { TemplatesTab } from './tabs/TemplatesTab';

type PanelTab = PanelState extends { showTab(tab: infer T): void } ? T : never;

export function App() {
  const initial = (new URLSearchParams(location.search).get('tab') ?? 'claim') as PanelTab;
  const [active, setActive] = useState<PanelTab>(initial);
  const [claim, setClaim] = useState<Claim | null>(null);
  const [lookupQuery, setLookupQuery] = useState('');
  const [suggestedTemplateId, setSuggestedTemplateId] = useState<string | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [letterFocus, setLetterFocus] = useState<LetterFocus | null>(null);
  const tab = useCurrentTab();
  const site = useSiteAccess(tab.origin, tab.tabId);
  const showTab = useCallback((id: PanelTab) => setActive(id), []);
  usePendingPanelRequests(showTab, setLookupQuery);

  const state = useMemo<PanelState>(
    () => ({
      tab, site, claim, setClaim, lookupQuery, setLookupQuery, showTab, suggestedTemplateId, setSuggestedTemplateId,
      findings, setFindings, letterFocus, setLetterFocus,
    }),
    [tab, site, claim, lookupQuery, showTab, suggestedTemplateId, findings, letterFocus],
  );

  return (
    <PanelContext.Provider value={state}>
      <Header iconUrl={browser.runtime.getURL('/icon/32.png')} />
      <Tabs
        label={t('tabs.label')}
        active={active}
        onChange={(id) => setActive(id as PanelTab)}
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
