/**
 * Where the payer-rule choices live: storage.local (not PHI: a portal's origin, a payer's name and a
 * rule id). Read through readChoices so a hand-edited or old value cannot break the checks.
 */
import { storage } from 'wxt/utils/storage';
import { readChoices, withChoice, type PayerChoice } from './payer-choice';

export const payerChoicesItem = storage.defineItem<Record<string, PayerChoice>>('local:deadlines.payerChoices', { fallback: {} });

export async function readPayerChoices(): Promise<Record<string, PayerChoice>> {
  return readChoices(await payerChoicesItem.getValue());
}

/** Remembers (ruleId) or forgets (null) the rule for this site and payer name. */
export async function savePayerChoice(origin: string, payer: string | null, ruleId: string | null): Promise<void> {
  await payerChoicesItem.setValue(withChoice(await readPayerChoices(), origin, payer, ruleId, Date.now()));
}
