import type { ReactNode } from 'react';
import { t } from '@/lib/platform/i18n';

export function Header({ iconUrl, children }: { iconUrl: string; children?: ReactNode }) {
  return (
    <header className="app-header">
      <img src={iconUrl} alt="" />
      <h1>{t('app.name')}</h1>
      <div style={{ marginLeft: 'auto', display: 'flex', gap: '0.4rem' }}>{children}</div>
    </header>
  );
}
