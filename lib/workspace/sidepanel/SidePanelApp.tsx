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

type PanelTab = PanelState extends { showTab(tab: infer T): void } ? T : never;

export function App() {
  const initial = (new URLSearchParams(location.search).get('tab') ?? 'claim') as PanelTab;
  const [active, setActive] = useState<PanelTab>(initial);
  const [claim, setClaim] = useState<Claim | null>(null);
  const [lookupQuery, setLookupQuery] = useState('');
  const [suggestedTemplateId, setSuggestedTemplateId] = useState<string | null>(null);
  const tab = useCurrentTab();
  const site = useSiteAccess(tab.origin, tab.tabId);
  const showTab = useCallback((id: PanelTab) => setActive(id), []);
  usePendingPanelRequests(showTab, setLookupQuery);

  const state = useMemo<PanelState>(
    () => ({ tab, site, claim, setClaim, lookupQuery, setLookupQuery, showTab, suggestedTemplateId, setSuggestedTemplateId }),
    [tab, site, claim, lookupQuery, showTab, suggestedTemplateId],
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
