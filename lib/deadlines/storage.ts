/**
 * The user's payer rules (filing and appeal windows), in storage.local: not PHI (payer-name
 * patterns and day counts). Re-validated on read, so a damaged or hand-edited setting never breaks
 * a deadline.
 */
import { storage } from 'wxt/utils/storage';
import { validatePayerRules, type PayerRule } from '@/lib/deadlines';

export const payerRulesItem = storage.defineItem<PayerRule[]>('local:claims.payerRules', { fallback: [] });
export async function readPayerRules(): Promise<PayerRule[]> {
  const raw = await payerRulesItem.getValue();
  return validatePayerRules(raw).rules;
}

/** The stored value as it is (the options editor shows broken rules so they can be fixed). */
export async function readRawPayerRules(): Promise<unknown> {
  return payerRulesItem.getValue();
}

/** Saves the user's rules in order; refuses the whole list when any rule is invalid. */
export async function savePayerRules(rules: readonly unknown[]): Promise<PayerRule[]> {
  const { rules: valid, errors } = validatePayerRules([...rules]);
  if (errors.length > 0) {
    throw new Error(`Payer rules not saved, invalid: ${errors.map((e) => `rule ${e.index + 1} ${e.field}`).join(', ')}`);
  }
  await payerRulesItem.setValue(valid);
  return valid;
}

