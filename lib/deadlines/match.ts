/**
 * Picks the payer rule for a claim: the user's rules first (by payer name, or by payer type), then
 * the built-in default of the claim's payer type; first match wins.
 */
import type { Claim } from '@/lib/claim/types';
import { classifyClaimPayer, type PayerType } from './payer-type';
import { defaultRuleFor } from './defaults';
import type { PayerRule } from './types';

/**
 * `payerMatch`: alternatives separated by `|`; each matches whole words of the lower-cased text,
 * `*` matching any run of characters ("blue*shield"); a lone `*` matches every payer.
 */
export function payerMatches(pattern: string, text: string): boolean {
  const haystack = text.toLowerCase();
  return pattern.split('|').some((raw) => {
    const alt = raw.trim().toLowerCase();
    if (!alt) return false;
    if (alt === '*') return true;
    const body = alt.split('*').map((part) => part.replace(/[.+?^${}()[\]\\]/g, '\\$&')).join('.*');
    return new RegExp(`(?:^|[^a-z0-9])${body}(?:$|[^a-z0-9])`).test(haystack);
  });
}

/** Text a rule is matched against: the payer name and the portal id (MAC and Medicaid portals). */
export function payerText(claim: Pick<Claim, 'payer' | 'portal'>): string {
  return `${claim.payer ?? ''} ${claim.portal}`;
}

/** A user rule matches by name when it has a pattern, by payer type when it has one, both when both. */
function userRuleMatches(rule: PayerRule, text: string, type: PayerType): boolean {
  const hasPattern = rule.payerMatch.split('|').some((p) => p.trim());
  if (rule.payerType && rule.payerType !== type) return false;
  return hasPattern ? payerMatches(rule.payerMatch, text) : !!rule.payerType;
}

type ClaimForRule = Pick<Claim, 'payer' | 'portal'> & Partial<Pick<Claim, 'memberId' | 'lines' | 'claimType' | 'typeOfBill' | 'placeOfService'>>;

export function payerTypeOf(claim: ClaimForRule): PayerType {
  return classifyClaimPayer({ memberId: null, lines: [], ...claim }).type;
}

export function findPayerRule(claim: ClaimForRule, userRules: readonly PayerRule[] = []): PayerRule {
  const text = payerText(claim);
  const type = payerTypeOf(claim);
  for (const rule of userRules) if (userRuleMatches(rule, text, type)) return rule;
  return defaultRuleFor(type);
}
