/**
 * Settings of the cross-checks, in storage.local (not PHI: payer-name patterns, day counts, rule ids).
 * Values are re-validated on read, so a damaged or hand-edited setting never breaks a check.
 * The imported X12 lists live in IndexedDB (lib/claims/x12-import.ts); `officialListsChanged` tells
 * the pages holding them that an import or removal happened.
 */
import { storage } from 'wxt/utils/storage';
import { validatePayerRules, type PayerRule } from '../claims/deadlines';
import type { CheckSettings } from '../claims/check';
import { decodeCptFile } from '../codes/cpt-import';
import {
  importX12List, listImports, loadOfficialLists, removeX12List, X12Db, type CsvError, type X12ImportMeta, type X12List,
} from '../claims/x12-import';
import { errorMessage } from '../errors';
import { loadEditsIndex } from '../edits/local';

export const payerRulesItem = storage.defineItem<PayerRule[]>('local:claims.payerRules', { fallback: [] });
export const disabledRulesItem = storage.defineItem<string[]>('local:claims.disabledRules', { fallback: [] });
/** Time of the last X12 list import or removal; watch it to reload `officialLists`. */
export const officialListsChanged = storage.defineItem<string | null>('local:claims.officialListsChangedAt', { fallback: null });

export async function readPayerRules(): Promise<PayerRule[]> {
  const raw = await payerRulesItem.getValue();
  return validatePayerRules(raw).rules;
}

export async function readDisabledRules(): Promise<string[]> {
  const raw = await disabledRulesItem.getValue();
  return Array.isArray(raw) ? raw.filter((r): r is string => typeof r === 'string') : [];
}

async function withDb<T>(db: X12Db | undefined, fn: (db: X12Db) => Promise<T>): Promise<T> {
  const d = db ?? new X12Db();
  try {
    return await fn(d);
  } finally {
    // An open connection would block "Delete all local data" (deleteDatabase waits for it).
    if (!db) d.close();
  }
}

/** Everything checkClaim needs besides the claim and the tables. */
export async function readCheckSettings(): Promise<CheckSettings> {
  const [payerRules, disabledRules, officialLists, edits] = await Promise.all([
    readPayerRules(),
    readDisabledRules(),
    withDb(undefined, loadOfficialLists).catch(() => null),
    // Imported NCCI edits (lib/edits); unreadable edits leave the ncci-* rules silent, not the checks broken.
    loadEditsIndex().catch(() => null),
  ]);
  return { payerRules, disabledRules, officialLists, edits };
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

export async function saveDisabledRules(ids: readonly string[]): Promise<void> {
  await disabledRulesItem.setValue([...new Set(ids)]);
}

/** The CARC list is about 60 KB and the RARC list a few hundred; far larger is the wrong file. */
export const MAX_X12_FILE_BYTES = 5 * 1024 * 1024;

export type OfficialListOutcome =
  | { ok: true; meta: X12ImportMeta }
  | { ok: false; reason: 'invalid'; fileName: string; errors: CsvError[] }
  | { ok: false; reason: 'too-big'; fileName: string; bytes: number }
  | { ok: false; reason: 'save-failed'; fileName: string; error: string };

/** Reads, checks and stores a chosen file, all or nothing (a bad file leaves the previous list). */
export async function importOfficialListFile(
  list: X12List,
  file: { name: string; size: number; bytes: () => Promise<Uint8Array> },
  options: { db?: X12Db; now?: Date } = {},
): Promise<OfficialListOutcome> {
  const fileName = file.name;
  if (file.size > MAX_X12_FILE_BYTES) return { ok: false, reason: 'too-big', fileName, bytes: file.size };
  // Exports saved from a spreadsheet on Windows are often windows-1252, not UTF-8.
  const text = decodeCptFile(await file.bytes());
  let result;
  try {
    result = await withDb(options.db, (db) => importX12List(db, list, text, fileName, options.now));
  } catch (e) {
    return { ok: false, reason: 'save-failed', fileName, error: errorMessage(e) };
  }
  if (!result.ok) return { ok: false, reason: 'invalid', fileName, errors: result.errors };
  await officialListsChanged.setValue(result.meta.importedAt);
  return result;
}

export async function removeOfficialList(list: X12List, options: { db?: X12Db; now?: Date } = {}): Promise<void> {
  await withDb(options.db, (db) => removeX12List(db, list));
  await officialListsChanged.setValue((options.now ?? new Date()).toISOString());
}

export function officialListImports(db?: X12Db): Promise<X12ImportMeta[]> {
  return withDb(db, listImports);
}
