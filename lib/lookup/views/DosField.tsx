import { useId } from 'react';
import { t } from '@/lib/platform/i18n';

/** Date of service: badges and ranking answer for this day. Empty means "no date" (no validity badges). */
export function DosField({ value, today, onChange }: { value: string; today: string; onChange(value: string): void }) {
  const id = useId();
  return (
    <div className="lk-dos">
      <label htmlFor={id}>{t('lookup.dos.label')}</label>
      <input id={id} type="date" value={value} min="1979-01-01" max="2099-12-31" onChange={(e) => onChange(e.target.value)} />
      {value !== today && (
        <button type="button" onClick={() => onChange(today)}>
          {t('lookup.dos.today')}
        </button>
      )}
    </div>
  );
}
