/**
 * Settings of the cross-checks, in storage.local (not PHI: payer-name patterns, day counts, rule ids).
 * Values are re-validated on read, so a damaged or hand-edited setting never breaks a check.
 */
import { storage } from 'wxt/utils/storage';
import { validatePayerRules, type PayerRule } from '../claims/deadlines';
import type { CheckSettings } from '../claims/check';
import { loadOfficialLists, X12Db } from '../claims/x12-import';

export const payerRulesItem = storage.defineItem<PayerRule[]>('local:claims.payerRules', { fallback: [] });
export const disabledRulesItem = storage.defineItem<string[]>('local:claims.disabledRules', { fallback: [] });

export async function readPayerRules(): Promise<PayerRule[]> {
  const raw = await payerRulesItem.getValue();
  return validatePayerRules(raw).rules;
}

export async function readDisabledRules(): Promise<string[]> {
  const raw = await disabledRulesItem.getValue();
  return Array.isArray(raw) ? raw.filter((r): r is string => typeof r === 'string') : [];
}

/** Everything checkClaim needs besides the claim and the tables. */
export async function readCheckSettings(): Promise<CheckSettings> {
  const [payerRules, disabledRules, officialLists] = await Promise.all([
    readPayerRules(),
    readDisabledRules(),
    loadOfficialLists(new X12Db()).catch(() => null),
  ]);
  return { payerRules, disabledRules, officialLists };
}
