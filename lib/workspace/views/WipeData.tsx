/** "Delete all local data" with a typed confirmation, so one stray click never wipes a vault. */
import { useState } from 'react';
import { t } from '@/lib/platform/i18n';

export function WipeData({ onWipe }: { onWipe(): Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [typed, setTyped] = useState('');
  const [done, setDone] = useState(false);
  if (done) return <p role="status">{t('options.wipe.done')}</p>;
  if (!asking) return <button type="button" onClick={() => setAsking(true)}>{t('options.wipe')}</button>;
  return (
    <div role="group" aria-label={t('options.wipe')}>
      <p>{t('options.wipe.confirm')}</p>
      <label>
        {t('options.wipe.confirmLabel')}{' '}
        <input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      </label>{' '}
      <button
        type="button"
        className="primary"
        disabled={typed !== 'DELETE'}
        onClick={() => void onWipe().then(() => setDone(true))}
      >
        {t('options.wipe')}
      </button>{' '}
      <button type="button" onClick={() => { setAsking(false); setTyped(''); }}>{t('options.wipe.cancel')}</button>
    </div>
  );
}
