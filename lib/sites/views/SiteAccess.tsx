/** "Enable on this site" / "Disable on this site" for the page in the current tab. */
import { t } from '@/lib/platform/i18n';

export interface SiteAccessProps {
  /** Origin of the current tab, or null for pages the extension can never read (chrome://, PDFs, the new-tab page). */
  origin: string | null;
  enabled: boolean;
  busy?: boolean;
  error?: string | null;
  onEnable(): void;
  onDisable(): void;
}

export function SiteAccess({ origin, enabled, busy, error, onEnable, onDisable }: SiteAccessProps) {
  if (!origin) return <p className="empty">{t('site.unsupported')}</p>;
  return (
    <section aria-label={t('site.region')}>
      {enabled ? (
        <p>
          {t('site.enabledOn', { origin })}{' '}
          <button type="button" onClick={onDisable} disabled={busy}>{t('site.disable')}</button>
        </p>
      ) : (
        <div className="empty">
          <p>{t('site.notEnabled', { origin })}</p>
          <p className="muted">{t('site.whyAsk')}</p>
          <button type="button" className="primary" onClick={onEnable} disabled={busy}>{t('site.enable')}</button>
        </div>
      )}
      {error && <p role="alert" style={{ color: 'var(--error)' }}>{error}</p>}
    </section>
  );
}
