/** Picks the payer rule for a claim: the user's rules first, then the defaults; first match wins. */
import type { Claim } from '@/lib/claim/types';
import { DEFAULT_PAYER_RULES } from './defaults';
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

export function findPayerRule(claim: Pick<Claim, 'payer' | 'portal'>, userRules: readonly PayerRule[] = []): PayerRule {
  const text = payerText(claim);
  for (const rule of [...userRules, ...DEFAULT_PAYER_RULES]) {
    if (payerMatches(rule.payerMatch, text)) return rule;
  }
  // Unreachable while the commercial default matches '*'; kept so a bad edit cannot crash checks.
  return DEFAULT_PAYER_RULES[DEFAULT_PAYER_RULES.length - 1]!;
}
