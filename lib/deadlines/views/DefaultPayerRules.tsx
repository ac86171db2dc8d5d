/**
 * The built-in payer rules, one per payer type: what applies when none of the user's rules matches.
 * Each can be customised: "Customize" opens the rule form with its values, saved as the user's own
 * rule for that payer type (tried before the default).
 */
import { DEFAULT_PAYER_RULES, type PayerRule } from '@/lib/deadlines';
import { t } from '@/lib/platform/i18n';
import { appealText, filingText, noteText, ruleName } from './describe-rule';
import { matchText } from './describe-rule';

export function DefaultPayerRules({ rules = DEFAULT_PAYER_RULES, onCustomize }: { rules?: readonly PayerRule[]; onCustomize?(rule: PayerRule): void }) {
  return (
    <>
      <h4>{t('claimsSettings.defaults.title')}</h4>
      <p className="muted">{t('claimsSettings.defaults.intro')}</p>
      <table className="cs-table" aria-label={t('claimsSettings.defaults.table')}>
        <thead>
          <tr>
            <th scope="col">{t('claimsSettings.col.rule')}</th>
            <th scope="col">{t('claimsSettings.col.match')}</th>
            <th scope="col">{t('claimsSettings.col.filing')}</th>
            <th scope="col">{t('claimsSettings.col.appeal')}</th>
            <th scope="col">{t('claimsSettings.col.note')}</th>
            {onCustomize && <th scope="col"><span className="visually-hidden">{t('claimsSettings.defaults.customize')}</span></th>}
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.id}>
              <th scope="row">{ruleName(r)}</th>
              <td>{matchText(r)}</td>
              <td>{filingText(r)}</td>
              <td>{appealText(r)}</td>
              <td>{noteText(r)}</td>
              {onCustomize && (
                <td>
                  <button type="button" aria-label={t('claimsSettings.defaults.customizeLabel', { label: ruleName(r) })} onClick={() => onCustomize(r)}>
                    {t('claimsSettings.defaults.customize')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
