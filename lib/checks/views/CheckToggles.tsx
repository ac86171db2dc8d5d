/**
 * One switch per cross-check rule; a switched-off rule's findings are not shown. Ids the list does
 * not know (a rule removed in a later version) stay in the saved list: harmless, and not lost.
 */
import { useId, useState } from 'react';
import { hasKey, t, tOr } from '@/lib/platform/i18n';
import { errorMessage } from '@/lib/platform/errors';

export const ruleTitle = (id: string): string => tOr(`claimsSettings.rule.${id}.name`, id);

export function CheckToggles({ rules, disabled, onChange }: {
  /** The registry's rules (`RULES` from lib/checks), in their order. */
  rules: readonly { id: string }[];
  disabled: readonly string[];
  onChange(disabled: string[]): Promise<void> | void;
}) {
  const base = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const off = new Set(disabled);

  async function toggle(id: string, on: boolean) {
    const next = on ? disabled.filter((d) => d !== id) : [...disabled, id];
    setFailure(null);
    try {
      await onChange(next);
    } catch (e) {
      setFailure(t('claimsSettings.checks.saveFailed', { error: errorMessage(e) }));
    }
  }

  return (
    <>
      <p className="muted">{t('claimsSettings.checks.intro')}</p>
      <ul className="cs-checks" aria-label={t('claimsSettings.checks.list')}>
        {rules.map(({ id }) => {
          const desc = `${base}-${id}`;
          const on = !off.has(id);
          return (
            <li key={id}>
              <label>
                <input type="checkbox" role="switch" checked={on} aria-checked={on} aria-describedby={desc} onChange={(e) => void toggle(id, e.target.checked)} />{' '}
                <span>{ruleTitle(id)}</span>
              </label>
              {hasKey(`claimsSettings.rule.${id}.description`) && <p id={desc} className="muted cs-help">{tOr(`claimsSettings.rule.${id}.description`, '')}</p>}
            </li>
          );
        })}
      </ul>
      {failure && <p role="alert" className="cs-error">{failure}</p>}
    </>
  );
}
