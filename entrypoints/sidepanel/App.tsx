import { useState } from 'react';
import { browser } from 'wxt/browser';
import { Header } from '../../components/shell/Header';
import { Tabs } from '../../components/shell/Tabs';
import { SiteAccess } from '../../components/sites/SiteAccess';
import { t } from '../../lib/i18n';
import { useCurrentTab } from '../../lib/ui/current-tab';
import { useSiteAccess } from '../../lib/ui/site-access';

export function App() {
  const initial = new URLSearchParams(location.search).get('tab') ?? 'claim';
  const [active, setActive] = useState(initial);
  const tab = useCurrentTab();
  const site = useSiteAccess(tab.origin, tab.tabId);

  return (
    <>
      <Header iconUrl={browser.runtime.getURL('/icon/32.png')} />
      <Tabs
        label={t('tabs.label')}
        active={active}
        onChange={setActive}
        tabs={[
          {
            id: 'claim',
            label: t('tabs.claim'),
            render: () => (
              <SiteAccess
                origin={tab.origin}
                enabled={site.status?.enabled ?? false}
                busy={site.busy || (tab.origin !== null && site.status === null)}
                error={site.error}
                onEnable={() => void site.enable()}
                onDisable={() => void site.disable()}
              />
            ),
          },
          { id: 'notes', label: t('tabs.notes'), render: () => null },
          { id: 'templates', label: t('tabs.templates'), render: () => null },
          { id: 'lookup', label: t('tabs.lookup'), render: () => null },
        ]}
      />
    </>
  );
}
