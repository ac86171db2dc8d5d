/**
 * Settings of the cross-checks, in storage.local (not PHI: rule ids). Values are re-validated on
 * read, so a damaged or hand-edited setting never breaks a check. `readCheckSettings` gathers what
 * the checks need from the deadlines (payer rules) and denials (imported X12 lists) domains.
 */
import { storage } from 'wxt/utils/storage';
import { readPayerRules } from '@/lib/deadlines/storage';
import { readOfficialLists } from '@/lib/denials/storage';
import { loadEditsIndex } from '@/lib/edits/local';
import type { CheckSettings } from './types';

export const disabledRulesItem = storage.defineItem<string[]>('local:claims.disabledRules', { fallback: [] });
export async function readDisabledRules(): Promise<string[]> {
  const raw = await disabledRulesItem.getValue();
  return Array.isArray(raw) ? raw.filter((r): r is string => typeof r === 'string') : [];
}

/** Everything checkClaim needs besides the claim and the tables. */
export async function readCheckSettings(): Promise<CheckSettings> {
  const [payerRules, disabledRules, officialLists, edits] = await Promise.all([
    readPayerRules(),
    readDisabledRules(),
    readOfficialLists(),
    // Imported NCCI edits (lib/edits); unreadable edits leave the ncci-* rules silent, not the checks broken.
    loadEditsIndex().catch(() => null),
  ]);
  return { payerRules, disabledRules, officialLists, edits };
}

export async function saveDisabledRules(ids: readonly string[]): Promise<void> {
  await disabledRulesItem.setValue([...new Set(ids)]);
}

