/** Looks up a CARC (with its group) or a RARC in the playbook, falling back to imported lists. */
import type { AdjustmentGroup } from '@/lib/claim/types';
import { CARC_ENTRIES } from './carc';
import { GROUPS } from './groups';
import { RARC_ENTRIES } from './rarc';
import type { Explanation, OfficialLists, PlaybookEntry } from './types';

let carcIndex: Map<string, PlaybookEntry> | null = null;
let rarcIndex: Map<string, PlaybookEntry> | null = null;

function index(entries: readonly PlaybookEntry[]): Map<string, PlaybookEntry> {
  return new Map(entries.map((e) => [e.code, e]));
}

/** "co-045" -> "45", " n130 " -> "N130": portals print codes with padding and in any case. */
export function normaliseAdjustmentCode(code: string): string {
  const trimmed = code.trim().toUpperCase().replace(/^(CO|PR|OA|PI|CR)[\s-]+/, '');
  return /^\d+$/.test(trimmed) ? String(Number(trimmed)) : trimmed;
}

export function lookupCarc(code: string): PlaybookEntry | null {
  carcIndex ??= index(CARC_ENTRIES);
  return carcIndex.get(normaliseAdjustmentCode(code)) ?? null;
}

export function lookupRarc(code: string): PlaybookEntry | null {
  rarcIndex ??= index(RARC_ENTRIES);
  return rarcIndex.get(code.trim().toUpperCase()) ?? null;
}

export function explainAdjustment(group: AdjustmentGroup | null, code: string, official?: OfficialLists | null): Explanation {
  const normalised = normaliseAdjustmentCode(code);
  const groupInfo = group ? GROUPS[group] : null;
  const entry = lookupCarc(normalised);
  if (entry) return { inPlaybook: true, code: normalised, group: groupInfo, entry };
  return { inPlaybook: false, code: normalised, group: groupInfo, official: official?.carc.get(normalised) ?? null };
}

export function explainRemark(code: string, official?: OfficialLists | null): Explanation {
  const normalised = code.trim().toUpperCase();
  const entry = lookupRarc(normalised);
  if (entry) return { inPlaybook: true, code: normalised, group: null, entry };
  return { inPlaybook: false, code: normalised, group: null, official: official?.rarc.get(normalised) ?? null };
}
