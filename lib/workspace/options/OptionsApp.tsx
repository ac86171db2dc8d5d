import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Header } from '@/lib/platform/views/Header';
import { LanguagePicker, type LanguageChoice } from '@/lib/workspace/views/LanguagePicker';
import { WipeData } from '@/lib/workspace/views/WipeData';
import { t } from '@/lib/platform/i18n';
import { sendMessage } from '@/lib/platform/messaging';
import { enabledSites } from '@/lib/sites/storage';
import { uiLanguage } from '@/lib/platform/i18n/language';
import { wipeAllLocalData } from '@/lib/workspace/wipe';
import { SECTIONS } from './sections';

export function App() {
  const [language, setLanguage] = useState<LanguageChoice>(null);
  const [sites, setSites] = useState<string[]>([]);
  // Bumped after "Delete all local data": every section mounts again and reads the now empty stores.
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    void uiLanguage.getValue().then(setLanguage);
    void enabledSites.getValue().then(setSites);
    return enabledSites.watch((v) => setSites(v ?? []));
  }, []);

  return (
    <div style={{ maxWidth: '48rem', margin: '0 auto' }}>
      <Header iconUrl={browser.runtime.getURL('/icon/32.png')} />
      <main className="app-main">
        <h2>{t('options.language')}</h2>
        <LanguagePicker value={language} onChange={(v) => { setLanguage(v); void uiLanguage.setValue(v); }} />

        <h2>{t('options.sites')}</h2>
        {sites.length === 0 ? (
          <p className="muted">{t('options.sites.none')}</p>
        ) : (
          <ul>
            {sites.map((origin) => (
              <li key={origin}>
                {origin}{' '}
                <button type="button" onClick={() => void sendMessage('sites.disable', { origin })}>{t('site.disable')}</button>
              </li>
            ))}
          </ul>
        )}

        {SECTIONS.map((Section, i) => <Section key={`${generation}-${i}`} />)}

        <h2>{t('options.privacy')}</h2>
        <p>{t('options.privacy.text')}</p>
        <WipeData onWipe={async () => {
          const report = await wipeAllLocalData();
          setGeneration((g) => g + 1);
          return report;
        }} />
      </main>
    </div>
  );
}
