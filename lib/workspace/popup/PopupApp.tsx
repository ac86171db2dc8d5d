import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Header } from '@/lib/platform/views/Header';
import { openSidePanelForTab } from '@/lib/workspace/sidepanel-opener';
import { t } from '@/lib/platform/i18n';
import { getCodeTables } from '@/lib/codes/loaded-tables';
import { ConnectedLookup } from '@/lib/lookup/views/ConnectedLookup';
import { PopupVault } from '@/lib/notes/views/PopupVault';
import { pendingLookup, pendingPanelTab } from '@/lib/workspace/storage';

// Performance timeline read by `npm run bench:ui`: popup script start -> search box focused with
// tables ready -> first results on screen. Each mark once per page load.
const marked = new Set<string>();
function markOnce(name: 'rr:open' | 'rr:interactive' | 'rr:first-results'): void {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}

// Start reading the code tables while the page resolves its language and renders: the popup
// exists to look codes up, and this file only ever runs in the popup page.
void getCodeTables().catch(() => undefined);

export function App() {
  markOnce('rr:open');
  const [query, setQuery] = useState('');
  const [tabId, setTabId] = useState<number | undefined>();
  useEffect(() => {
    // Known before the click: Chrome opens the side panel only straight from the user gesture.
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id));
  }, []);

  const onTablesReady = useCallback(() => {
    if (document.activeElement?.getAttribute('role') === 'combobox') markOnce('rr:interactive');
  }, []);
  const onResultsShown = useCallback(() => markOnce('rr:first-results'), []);

  function openWorkspace() {
    const opening = openSidePanelForTab(tabId);
    // Carry the lookup over (session storage: memory only, cleared by the panel once read).
    void pendingPanelTab.setValue('lookup');
    if (query.trim()) void pendingLookup.setValue({ query: query.trim(), at: Date.now() });
    void opening.then(() => window.close(), () => undefined);
  }

  return (
    <div style={{ width: '34rem', maxWidth: '100%' }}>
      <Header iconUrl={browser.runtime.getURL('/icon/32.png')}>
        <button type="button" onClick={openWorkspace}>{t('lookup.popup.openWorkspace')}</button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t('app.options')}</button>
      </Header>
      <main className="app-main">
        <ConnectedLookup query={query} onQueryChange={setQuery} autoFocus onTablesReady={onTablesReady} onResultsShown={onResultsShown} />
        <PopupVault />
        <p className="muted">{t('app.tagline')}</p>
      </main>
    </div>
  );
}
