/**
 * Search across notes while unlocked. The index cannot help (the text is encrypted), so it decrypts
 * the most recent notes and filters in memory; `scanLimit` bounds the work on a large vault and the
 * result says when older notes were not searched.
 */
import type { VaultContext } from './context';
import { recentNotes } from './notes-store';
import { listItems } from './items-store';
import { normalizeClaimRef } from './claim-ref';
import type { FollowUpItem, Note } from './types';

export const DEFAULT_SCAN_LIMIT = 5_000;

export interface SearchResult {
  notes: Note[];
  /** True when the vault has more notes than were scanned. */
  truncated: boolean;
  failed: number;
  /** Every match (the in-memory index counts them all; `notes` shows the newest 100). */
  total?: number;
}

/** Lower-case, accents folded ("Réf" finds "ref"), claim-number separators ignored by the caller's words. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Every word of the query must appear in one of the note's searchable fields, or in the patient's
 * name on its claim's worklist item (notes themselves do not repeat the name).
 */
export function matchesQuery(note: Note, query: string, patientName?: string | null): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const haystack = fold([note.claimRef, note.payer ?? '', patientName ?? '', note.contact, note.referenceNumber, note.outcome, note.text, note.kind, note.status].join('\n'));
  const compact = haystack.replace(/[\s\-_./]+/g, '');
  return words.every((w) => haystack.includes(w) || compact.includes(w.replace(/[-_./]+/g, '')));
}

/**
 * The patient named on each claim's worklist item, folded, by normalized claim reference: what a
 * query word is also looked for in (notes do not repeat the name). Used by the scan below and by the
 * in-memory index.
 */
export function patientNamesByClaim(items: readonly FollowUpItem[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const item of items) if (item.patientName) names.set(normalizeClaimRef(item.claimRef), fold(item.patientName));
  return names;
}

export async function searchNotes(ctx: VaultContext, query: string, scanLimit = DEFAULT_SCAN_LIMIT, resultLimit = 100): Promise<SearchResult> {
  if (!query.trim()) return { notes: [], truncated: false, failed: 0 };
  const [opened, total, items] = await Promise.all([recentNotes(ctx, scanLimit), ctx.db.notes.count(), listItems(ctx)]);
  const patients = patientNamesByClaim(items.records);
  return {
    notes: opened.records.filter((n) => matchesQuery(n, query, patients.get(normalizeClaimRef(n.claimRef)))).slice(0, resultLimit),
    truncated: total > scanLimit,
    failed: opened.failed.length,
  };
}
