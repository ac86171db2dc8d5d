/**
 * The built-in payer rules, one per payer type: what applies when none of the user's rules matches.
 * Each can be customised: "Customize" opens the rule form with its values, saved as the user's own
 * rule for that payer type (tried before the default).
 */
import { DEFAULT_PAYER_RULES, type PayerRule } from '@/lib/deadlines';
import { t } from '@/lib/platform/i18n';
import { appealText, filingText, noteText, ruleName } from './describe-rule';
import { matchText } from './describe-rule';
import { ColumnHeads } from '@/lib/platform/views/ColumnHeads';

export function DefaultPayerRules({ rules = DEFAULT_PAYER_RULES, onCustomize }: { rules?: readonly PayerRule[]; onCustomize?(rule: PayerRule): void }) {
  return (
    <>
      <h4>{t('claimsSettings.defaults.title')}</h4>
      <p className="muted">{t('claimsSettings.defaults.intro')}</p>
      <table className="cs-table" aria-label={t('claimsSettings.defaults.table')}>
        <ColumnHeads columns={[t('claimsSettings.col.rule'), t('claimsSettings.col.match'), t('claimsSettings.col.filing'), t('claimsSettings.col.appeal'), t('claimsSettings.col.note'), onCustomize && <span key="customize" className="visually-hidden">{t('claimsSettings.defaults.customize')}</span>]} />
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
