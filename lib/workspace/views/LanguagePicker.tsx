import { t } from '@/lib/platform/i18n';

export type LanguageChoice = 'en' | 'fr' | null;

export function LanguagePicker({ value, onChange }: { value: LanguageChoice; onChange(v: LanguageChoice): void }) {
  return (
    <label>
      {t('options.language')}{' '}
      <select value={value ?? 'auto'} onChange={(e) => onChange(e.target.value === 'auto' ? null : (e.target.value as 'en' | 'fr'))}>
        <option value="auto">{t('options.language.auto')}</option>
        <option value="en">{t('options.language.en')}</option>
        <option value="fr">{t('options.language.fr')}</option>
      </select>
    </label>
  );
}
