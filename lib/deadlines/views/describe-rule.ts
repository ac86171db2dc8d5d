/** How a payer rule reads in options: its name, the payers it matches, its two windows, its note. */
import type { PayerRule } from '@/lib/deadlines';
import { hasKey, t } from '@/lib/platform/i18n';
import type { PayerTypeResult } from '@/lib/deadlines/payer-type';

/** Built-in rules carry a catalog key (translated); the user's own rules carry their own label. */
export function ruleName(rule: PayerRule): string {
  return rule.labelKey && hasKey(rule.labelKey) ? t(rule.labelKey) : rule.label;
}

/** "medicare|cms" -> "medicare, cms"; a lone "*" -> "every payer". */
export function patternText(pattern: string): string {
  const alts = pattern.split('|').map((a) => a.trim()).filter(Boolean);
  return alts.includes('*') ? t('claimsSettings.matchAll') : alts.join(', ');
}

/** What a rule applies to: its payer type and/or its name pattern. */
export function matchText(rule: PayerRule): string {
  const pattern = rule.payerMatch.split('|').some((a) => a.trim()) ? patternText(rule.payerMatch) : '';
  const type = rule.payerType ? t('claimsSettings.matchType', { type: t(`payerType.${rule.payerType}`) }) : '';
  return [type, pattern].filter(Boolean).join(' · ');
}

export function filingText(rule: PayerRule): string {
  const window = rule.timelyFilingMonths != null
    ? t('claimsSettings.window.months', { count: rule.timelyFilingMonths })
    : t('claimsSettings.window.days', { count: rule.timelyFilingDays ?? 0 });
  return t(`claimsSettings.filing.${rule.timelyFilingFrom}`, { window });
}

export function appealText(rule: PayerRule): string {
  const base = t(`claimsSettings.appeal.${rule.appealFrom}`, { days: rule.appealDays });
  return rule.receiptDays ? `${base} ${t('claimsSettings.appeal.receipt', { days: rule.receiptDays })}` : base;
}

/** The rule's caution ("per contract", "check your state") and its next appeal level, if any. */
export function noteText(rule: PayerRule): string {
  const parts: string[] = [];
  if (rule.noteKey && hasKey(rule.noteKey)) parts.push(t(rule.noteKey));
  if (rule.secondLevelDays) parts.push(t('claimsSettings.secondLevel', { days: rule.secondLevelDays }));
  if (rule.sourceKey && hasKey(rule.sourceKey)) parts.push(t('claimsSettings.source', { source: t(rule.sourceKey) }));
  parts.push(t('claimsSettings.counting'));
  return parts.join(' ');
}

/** "Payer type: Medicare Advantage (plan name says “gold plus”)": the classifier's answer and why. */
export function payerTypeText(result: PayerTypeResult): string {
  const params = result.reason.params ?? {};
  const key = `payerType.reason.${result.reason.kind}`;
  const reason = hasKey(key) ? t(key, params) : result.reason.kind;
  const part = params.partBy === 'assumed' ? ` ${t('payerType.reason.partAssumed')}` : params.partBy === 'claim-type' ? ` ${t('payerType.reason.partByClaimType')}` : '';
  return t('claimsSettings.tester.payerType', { type: t(`payerType.${result.type}`), reason: reason + part, confidence: t(`payerType.confidence.${result.confidence}`) });
}
