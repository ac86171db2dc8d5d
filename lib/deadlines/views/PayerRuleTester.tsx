/** "Which rule would apply to this payer?": the same matcher the checks use, on the saved rules. */
import { useId, useState } from 'react';
import { findPayerRule, type PayerRule } from '@/lib/deadlines';
import { t } from '@/lib/platform/i18n';
import { appealText, filingText, ruleName } from './describe-rule';
import { classifyPayer } from '@/lib/deadlines/payer-type';
import { payerTypeText } from './describe-rule';

export function PayerRuleTester({ userRules }: { userRules: readonly PayerRule[] }) {
  const id = useId();
  const [payer, setPayer] = useState('');
  const name = payer.trim();
  // The portal id is also matched on claims; a typed name stands for the whole text here.
  const rule = name ? findPayerRule({ payer: name, portal: '' }, userRules) : null;
  const position = rule ? userRules.indexOf(rule) : -1;
  return (
    <div className="cs-tester">
      <div className="cs-field">
        <label htmlFor={id}><span>{t('claimsSettings.tester.label')}</span></label>
        <input id={id} type="search" autoComplete="off" value={payer} aria-describedby={`${id}-help`} onChange={(e) => setPayer(e.target.value)} />
        <p id={`${id}-help`} className="muted cs-help">{t('claimsSettings.tester.help')}</p>
      </div>
      <div role="status" aria-label={t('claimsSettings.tester.result')}>
        {rule && (
          <>
            <p>
              {t('claimsSettings.tester.applies', {
                label: ruleName(rule),
                source: position >= 0 ? t('claimsSettings.tester.user', { n: position + 1 }) : t('claimsSettings.tester.default'),
              })}
            </p>
            <ul>
              <li>{t('claimsSettings.tester.filing', { text: filingText(rule) })}</li>
              <li>{t('claimsSettings.tester.appeal', { text: appealText(rule) })}</li>
              <li>{payerTypeText(classifyPayer({ payer: name }))}</li>
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
