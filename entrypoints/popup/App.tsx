import { browser } from 'wxt/browser';
import { Header } from '../../components/shell/Header';
import { t } from '../../lib/i18n';

export function App() {
  return (
    <div style={{ width: '30rem', maxWidth: '100%' }}>
      <Header iconUrl={browser.runtime.getURL('/icon/32.png')}>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t('app.options')}</button>
      </Header>
      <main className="app-main">
        <p className="muted">{t('app.tagline')}</p>
      </main>
    </div>
  );
}
