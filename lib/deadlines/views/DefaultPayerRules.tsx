/** The built-in payer rules, read-only: what applies when none of the user's rules matches. */
import { DEFAULT_PAYER_RULES, type PayerRule } from '@/lib/deadlines';
import { t } from '@/lib/platform/i18n';
import { appealText, filingText, noteText, patternText, ruleName } from './describe-rule';

export function DefaultPayerRules({ rules = DEFAULT_PAYER_RULES }: { rules?: readonly PayerRule[] }) {
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
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.id}>
              <th scope="row">{ruleName(r)}</th>
              <td>{patternText(r.payerMatch)}</td>
              <td>{filingText(r)}</td>
              <td>{appealText(r)}</td>
              <td>{noteText(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
