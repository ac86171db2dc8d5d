/**
 * One input per variable the letter still lacks, so the specialist fills the blanks once and the
 * letter re-renders. Values live only in the tab's state (they are PHI) and are never stored.
 */
import { hasKey, t } from '@/lib/platform/i18n';

export function variableLabel(name: string): string {
  const key = `templates.var.${name}`;
  return hasKey(key) ? t(key) : name;
}

export function MissingValues({ names, values, onChange }: {
  names: string[];
  values: Record<string, string>;
  onChange(name: string, value: string): void;
}) {
  if (names.length === 0) return null;
  return (
    <fieldset className="tpl-missing-values">
      <legend>{t('templates.missing.legend', { count: names.length })}</legend>
      {names.map((name) => (
        <label key={name} className="tpl-field">
          <span>{variableLabel(name)}</span>
          <input type="text" value={values[name] ?? ''} onChange={(e) => onChange(name, e.target.value)} />
        </label>
      ))}
    </fieldset>
  );
}
