/**
 * "A payer rule you can see" (Claim tab): the payer type, the rule that gave each deadline (its
 * name, its windows, whether it is a built-in default), and a one-step change of the rule for this
 * payer, remembered for the site and the payer name (lib/deadlines/payer-choice.ts).
 *
 * Payer type: until issue 12's classifier (lib/deadlines/payer-type.ts `classifyPayer`) is merged,
 * the type shown is the label of the rule that matched; see `payerType` below.
 */
import { useId } from 'react';
import { claimDeadlines, findPayerRule, type PayerRule } from '@/lib/deadlines';
import type { Claim } from '@/lib/claim/types';
import { formatDate, t, tOr } from '@/lib/platform/i18n';
import { appealText, filingText, noteText, ruleName } from './describe-rule';
import { choosableRules, isBuiltInRule, rulesWithChoice } from '@/lib/deadlines/payer-choice';
import './payer-rule.css';
import { classifyClaimPayer } from '@/lib/deadlines/payer-type';

export interface PayerRulePanelProps {
  claim: Claim;
  /** The tab's site; no choice can be remembered without one. */
  origin: string | null;
  userRules: readonly PayerRule[];
  /** The rule chosen for this site and payer name, or null (matched automatically). */
  chosen: PayerRule | null;
  today: string;
  /** A rule id to remember, or null to go back to automatic matching. */
  onChoose(ruleId: string | null): void;
  busy?: boolean;
}

/** What kind of payer this is. Issue 12 plugs `classifyPayer(claim)` in here; until then, the matched rule's name. */
/** The payer type the page suggests (lib/deadlines/payer-type.ts), in the UI language. */
function payerType(claim: Claim): string {
  const { type } = classifyClaimPayer(claim);
  return tOr(`payerType.${type}`, type);
}

export function PayerRulePanel({ claim, origin, userRules, chosen, today, onChoose, busy }: PayerRulePanelProps) {
  const selectId = useId();
  const automatic = findPayerRule(claim, userRules);
  const rule = chosen ?? automatic;
  const deadlines = claimDeadlines(claim, { payerRules: rulesWithChoice(userRules, chosen) }, today);
  const note = noteText(rule);
  // Never a guessed window: without the determination date the appeal deadline is unknown.
  const appealUnknown = !deadlines.some((d) => d.kind === 'appeal') && !claim.paidDate;
  return (
    <section className="payer-rule" aria-labelledby={`${selectId}-title`} data-rule={rule.id}>
      <h3 id={`${selectId}-title`}>{t('payerRule.title')}</h3>
      <p>
        <span>{t('payerRule.payer', { payer: claim.payer ?? t('payerRule.payer.none') })}</span>
        {' · '}<span data-field="payer-type">{t('payerRule.type', { type: payerType(claim) })}</span>
      </p>
      <p className="payer-rule-name">
        <strong data-field="rule-name">{ruleName(rule)}</strong>{' '}
        <span className="payer-rule-tag">{isBuiltInRule(rule) ? t('payerRule.default') : t('payerRule.mine')}</span>{' '}
        <span className="muted">{chosen ? t('payerRule.chosen') : t('payerRule.automatic')}</span>
      </p>
      <ul className="payer-rule-windows">
        <li>{filingText(rule)}</li>
        <li>{appealText(rule)}</li>
      </ul>
      {deadlines.length > 0 || appealUnknown ? (
        <ul className="payer-rule-deadlines">
          {appealUnknown && (
            // Never a guessed window: without the determination date the appeal deadline is unknown.
            <li data-deadline="appeal-unknown" className="payer-rule-unknown">{t('payerRule.deadline.appeal.unknown')}</li>
          )}
          {deadlines.map((d) => (
            <li key={d.kind} data-deadline={d.kind}>
              {t(`payerRule.deadline.${d.kind}`, { date: formatDate(d.due) })}{' '}
              <span className={d.daysLeft < 0 ? 'payer-rule-closed' : 'muted'}>
                {d.daysLeft < 0 ? t('payerRule.closed') : t('payerRule.daysLeft', { count: d.daysLeft })}
              </span>
            </li>
          ))}
        </ul>
      ) : <p className="muted">{t('payerRule.noDeadline')}</p>}
      {note && <p className="muted">{note}</p>}
      {origin && (
        <p className="payer-rule-change">
          <label htmlFor={selectId}>{t('payerRule.change')}</label>{' '}
          <select id={selectId} value={chosen?.id ?? ''} disabled={busy} onChange={(e) => onChoose(e.target.value || null)}>
            <option value="">{t('payerRule.auto', { rule: ruleName(automatic) })}</option>
            {choosableRules(userRules).map((r) => (
              <option key={r.id} value={r.id}>{ruleName(r)}{isBuiltInRule(r) ? '' : ` ${t('payerRule.mine')}`}</option>
            ))}
          </select>
          <span className="muted">
            {claim.payer
              ? t('payerRule.remembered', { site: origin.replace(/^https?:\/\//, ''), payer: claim.payer })
              : t('payerRule.remembered.noPayer', { site: origin.replace(/^https?:\/\//, '') })}
          </span>
        </p>
      )}
    </section>
  );
}
