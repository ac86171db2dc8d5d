/**
 * Picks the payer rule for a claim: the user's rules first (by payer name, or by payer type), then
 * the built-in default of the claim's payer type; first match wins.
 */
import type { Claim } from '@/lib/claim/types';
import { classifyClaimPayer, type PayerType } from './payer-type';
import { defaultRuleFor } from './defaults';
import type { PayerRule } from './types';

/**
 * Cost bounds: a rule is matched against page text (the payer name a portal shows), and a
 * pattern like `a*a*a*a*b` as a regular expression backtracks in O(n^k). Patterns are limited to
 * three wildcards and 100 characters (lib/deadlines/validate.ts refuses more, and a stored
 * rule beyond them matches nothing), the text to 300 characters, and matching is a linear scan.
 */
export const MAX_PATTERN_WILDCARDS = 3;
export const MAX_PATTERN_CHARS = 100;
const MAX_PAYER_TEXT = 300;

const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);

/** Does `parts` (the pieces between `*`) occur in order, starting and ending on word edges? */
function wildcardMatch(parts: readonly string[], hay: string): boolean {
  const startsWord = (i: number) => !isWordChar(hay[i - 1]);
  const endsWord = (j: number) => !isWordChar(hay[j]);
  const first = parts[0]!;
  if (parts.length === 1) {
    for (let i = hay.indexOf(first); i !== -1; i = hay.indexOf(first, i + 1)) {
      if (startsWord(i) && endsWord(i + first.length)) return true;
    }
    return false;
  }
  // The earliest first part that starts a word leaves the most room for the rest, and so on:
  // greedy leftmost is exact for the middle parts; only the last must also end a word.
  let at = -1;
  for (let i = hay.indexOf(first); i !== -1; i = hay.indexOf(first, i + 1)) {
    if (startsWord(i)) {
      at = i + first.length;
      break;
    }
  }
  if (at === -1) return false;
  for (const part of parts.slice(1, -1)) {
    const i = hay.indexOf(part, at);
    if (i === -1) return false;
    at = i + part.length;
  }
  const last = parts[parts.length - 1]!;
  if (last === '') return true;
  for (let i = hay.indexOf(last, at); i !== -1; i = hay.indexOf(last, i + 1)) {
    if (endsWord(i + last.length)) return true;
  }
  return false;
}

/**
 * `payerMatch`: alternatives separated by `|`; each matches whole words of the lower-cased text,
 * `*` matching any run of characters ("blue*shield"); a lone `*` matches every payer.
 */
export function payerMatches(pattern: string, text: string): boolean {
  if (pattern.length > MAX_PATTERN_CHARS * 10) return false;
  const haystack = text.slice(0, MAX_PAYER_TEXT).toLowerCase();
  return pattern.split('|').some((raw) => {
    const alt = raw.trim().toLowerCase();
    if (!alt || alt.length > MAX_PATTERN_CHARS) return false;
    if (alt === '*') return true;
    const parts = alt.split('*');
    if (parts.length - 1 > MAX_PATTERN_WILDCARDS) return false;
    return wildcardMatch(parts, haystack);
  });
}

/** Why a pattern is refused, or null when it is fine (used by the rule form and the importer). */
export function patternProblem(pattern: string): 'too-long' | 'too-many-wildcards' | null {
  for (const raw of pattern.split('|')) {
    const alt = raw.trim();
    if (alt.length > MAX_PATTERN_CHARS) return 'too-long';
    if (alt.split('*').length - 1 > MAX_PATTERN_WILDCARDS) return 'too-many-wildcards';
  }
  return null;
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
