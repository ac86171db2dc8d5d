/**
 * Encrypted autosave of the note form, one draft per claim: a portal logout, a closed tab or a
 * crash of the side panel loses at most the last keystrokes before the autosave.
 */
import type { VaultContext } from './context';
import { normalizeClaimRef } from './claim-ref';
import { claimRefKey } from './notes-store';
import { seal, unseal } from './sealing';
import type { NoteContent } from './types';

/** The form as typed: nothing validated yet (a draft may be half a sentence). */
export interface Draft {
  claimRef: string;
  payer: string | null;
  content: Partial<NoteContent>;
  updatedAt: number;
}

const NO_CLAIM = 'no-claim';

async function draftId(ctx: VaultContext, claimRef: string | null): Promise<string> {
  return claimRef && normalizeClaimRef(claimRef) ? claimRefKey(ctx, claimRef) : NO_CLAIM;
}

export async function saveDraft(ctx: VaultContext, claimRef: string | null, draft: Omit<Draft, 'updatedAt'>): Promise<Draft> {
  const id = await draftId(ctx, claimRef);
  const full: Draft = { ...draft, updatedAt: ctx.now() };
  await ctx.db.drafts.put({ id, updatedAt: full.updatedAt, ...(await seal(ctx.keys, 'drafts', id, full)) });
  return full;
}

/** The draft, or null if none (or if it no longer authenticates: a draft is not worth an error). */
export async function loadDraft(ctx: VaultContext, claimRef: string | null): Promise<Draft | null> {
  const id = await draftId(ctx, claimRef);
  const row = await ctx.db.drafts.get(id);
  if (!row) return null;
  try {
    return await unseal<Draft>(ctx.keys, 'drafts', id, row);
  } catch {
    return null;
  }
}

/**
 * Removes the draft after its note was saved, unless it was autosaved again after `savedFrom`
 * (the user kept typing in another tab): that newer text must survive.
 */
export async function clearDraft(ctx: VaultContext, claimRef: string | null, savedFrom = Number.POSITIVE_INFINITY): Promise<void> {
  const id = await draftId(ctx, claimRef);
  await ctx.db.transaction('rw', ctx.db.drafts, async () => {
    const row = await ctx.db.drafts.get(id);
    if (row && row.updatedAt <= savedFrom) await ctx.db.drafts.delete(id);
  });
}
