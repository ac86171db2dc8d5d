/**
 * "A payer rule you can see": the specialist picks which payer rule gives a claim's deadlines,
 * once per site and payer name ("Example Health Plan" on this portal is a Medicaid plan), and every
 * later claim of that payer on that site uses it. Pure: the choices map in, rules out; the storage
 * item lives in choice-storage.ts.
 *
 * A chosen rule goes first among the user's rules with a match-all pattern: the settings it is
 * applied to are built for one claim whose site and payer name already matched the choice, so the
 * deadlines, the findings and the badges all use it, and nothing else changes.
 */
import { DEFAULT_PAYER_RULES, type PayerRule } from '@/lib/deadlines';
import { isRecord } from '@/lib/platform/validate';

export interface PayerChoice {
  ruleId: string;
  /** When the choice was made (epoch ms): the newest wins if two panels disagree. */
  at: number;
}

export type PayerChoices = Readonly<Record<string, PayerChoice>>;

/** Lower-case, single spaces, trimmed: "EXAMPLE  Health plan " and "Example Health Plan" are one payer. */
export function normalizePayerName(payer: string | null | undefined): string {
  return (payer ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The key of a choice: the site (top-level origin) and the payer name as the page shows it ('' when none). */
export function choiceKey(origin: string, payer: string | null | undefined): string {
  return `${origin}|${normalizePayerName(payer)}`;
}

/** Keeps well-formed entries only: storage is user-reachable and may hold anything. */
export function readChoices(raw: unknown): Record<string, PayerChoice> {
  if (!isRecord(raw)) return {};
  const out: Record<string, PayerChoice> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.length > 600 || !isRecord(value)) continue;
    if (typeof value.ruleId !== 'string' || value.ruleId.length > 200 || typeof value.at !== 'number') continue;
    out[key] = { ruleId: value.ruleId, at: value.at };
  }
  return out;
}

/** A new map with the choice set (ruleId) or forgotten (null: back to automatic matching). */
export function withChoice(choices: PayerChoices, origin: string, payer: string | null | undefined, ruleId: string | null, now: number): Record<string, PayerChoice> {
  const next = { ...choices };
  const key = choiceKey(origin, payer);
  if (ruleId === null) delete next[key];
  else next[key] = { ruleId, at: now };
  return next;
}

/** Every rule one can choose: the user's, then the built-in defaults. */
export function choosableRules(userRules: readonly PayerRule[]): PayerRule[] {
  return [...userRules, ...DEFAULT_PAYER_RULES];
}

/** The rule chosen for this site and payer, or null (none chosen, or the rule no longer exists). */
export function chosenRule(choices: PayerChoices, origin: string | null, payer: string | null | undefined, userRules: readonly PayerRule[]): PayerRule | null {
  if (!origin) return null;
  const choice = choices[choiceKey(origin, payer)];
  if (!choice) return null;
  return choosableRules(userRules).find((r) => r.id === choice.ruleId) ?? null;
}

/**
 * The user's rules with the chosen one first, matching this claim whatever its payer text and
 * whatever payer type the page suggests (the user's choice overrides the classifier).
 */
export function rulesWithChoice(userRules: readonly PayerRule[], chosen: PayerRule | null): PayerRule[] {
  if (!chosen) return [...userRules];
  const { payerType: _ignored, ...rule } = chosen;
  return [{ ...rule, payerMatch: '*' }, ...userRules];
}

export function isBuiltInRule(rule: Pick<PayerRule, 'id'>): boolean {
  return DEFAULT_PAYER_RULES.some((r) => r.id === rule.id);
}
