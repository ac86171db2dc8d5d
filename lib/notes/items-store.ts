/**
 * The worklist: one follow-up item per claim, keyed by the claim's HMAC. Saving a note updates its
 * claim's item (status and next follow-up from the note, service date / amount / deadlines from
 * the claim page when known).
 */
import type { NotesDb } from './db';
import type { Opened, VaultContext } from './context';
import { isIsoDate } from '@/lib/platform/dates';
import { VaultError } from './errors';
import { claimRefKey } from './notes-store';
import { cleanClaimRef } from './note-input';
import { openRows, seal, unseal } from './sealing';
import { DEADLINE_KINDS, FOLLOW_UP_STATUSES, type Deadline, type FollowUpItem, type ItemRow } from './types';

type ItemPayload = Omit<FollowUpItem, 'status' | 'updatedAt'>;

async function openItem(ctx: VaultContext, row: ItemRow): Promise<FollowUpItem> {
  const p = await unseal<ItemPayload>(ctx.keys, 'items', row.claimRefHmac, row);
  return { ...p, status: row.status, updatedAt: row.updatedAt };
}

export function cleanItem(item: Omit<FollowUpItem, 'updatedAt'>): Omit<FollowUpItem, 'updatedAt'> {
  if (!(FOLLOW_UP_STATUSES as readonly string[]).includes(item.status)) throw new VaultError('bad-input', `Unknown status "${item.status}"`);
  for (const day of [item.serviceDate, item.nextFollowUp]) {
    if (day !== null && !isIsoDate(day)) throw new VaultError('bad-input', `"${day}" is not a date (YYYY-MM-DD)`);
  }
  if (item.amount !== null && typeof item.amount !== 'number') throw new VaultError('bad-input', 'The amount is not a number');
  if (item.amount !== null && !Number.isFinite(item.amount)) throw new VaultError('bad-input', 'The amount is not a number');
  const deadlines: Deadline[] = (item.deadlines ?? []).map((d) => {
    if (!DEADLINE_KINDS.includes(d.kind)) throw new VaultError('bad-input', `Unknown deadline kind "${String(d.kind)}"`);
    if (!isIsoDate(d.date)) throw new VaultError('bad-input', `Deadline "${d.date}" is not a date (YYYY-MM-DD)`);
    return d.label ? { kind: d.kind, date: d.date, label: d.label } : { kind: d.kind, date: d.date };
  });
  return { ...item, claimRef: cleanClaimRef(item.claimRef), deadlines };
}

/** Builds a row without writing it (also used by backup import inside its own transaction). */
export async function sealItem(ctx: VaultContext, item: FollowUpItem): Promise<ItemRow> {
  const claimRefHmac = await claimRefKey(ctx, item.claimRef);
  const { status, updatedAt, ...payload } = item;
  const row: ItemRow = { claimRefHmac, status, updatedAt, ...(await seal(ctx.keys, 'items', claimRefHmac, payload)) };
  if (item.nextFollowUp) row.nextFollowUpDay = item.nextFollowUp;
  return row;
}

export async function putItem(ctx: VaultContext, item: Omit<FollowUpItem, 'updatedAt'>): Promise<FollowUpItem> {
  const full = { ...cleanItem(item), updatedAt: ctx.now() };
  await ctx.db.items.put(await sealItem(ctx, full));
  return full;
}

export async function getItem(ctx: VaultContext, claimRef: string): Promise<FollowUpItem | null> {
  const row = await ctx.db.items.get(await claimRefKey(ctx, claimRef));
  return row ? openItem(ctx, row) : null;
}

/** Merges what is new (non-null) into the claim's item, creating it if needed. */
export async function mergeItem(
  ctx: VaultContext,
  claimRef: string,
  changes: Partial<Omit<FollowUpItem, 'claimRef' | 'updatedAt'>>,
): Promise<FollowUpItem> {
  let existing: FollowUpItem | null = null;
  try {
    existing = await getItem(ctx, claimRef);
  } catch {
    existing = null; // A tampered item is replaced by a fresh one rather than blocking the note.
  }
  const base: Omit<FollowUpItem, 'updatedAt'> = existing ?? {
    claimRef, payer: null, serviceDate: null, amount: null, status: 'open', nextFollowUp: null, deadlines: [],
  };
  const merged = { ...base };
  for (const [key, value] of Object.entries(changes) as [keyof typeof changes, unknown][]) {
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
      (merged as Record<string, unknown>)[key] = value;
    }
  }
  if ('nextFollowUp' in changes && changes.nextFollowUp === null) merged.nextFollowUp = null;
  return putItem(ctx, merged);
}

export async function listItems(ctx: VaultContext): Promise<Opened<FollowUpItem>> {
  const rows = await ctx.db.items.toArray();
  return openRows('items', rows, (r) => r.claimRefHmac, (r) => openItem(ctx, r));
}

/** Open items due on or before `today`: works while locked (toolbar badge), no decryption. */
export async function countDue(db: NotesDb, today: string): Promise<number> {
  return db.items
    .where('nextFollowUpDay')
    .belowOrEqual(today)
    .filter((row) => row.status !== 'resolved')
    .count();
}

/**
 * After the v1 -> v2 upgrade: fills `nextFollowUpDay` in rows the upgrade flagged, now that the
 * key is available. Returns how many rows it fixed. Tampered rows stay flagged and are skipped.
 */
export async function backfillFollowUpDays(ctx: VaultContext): Promise<number> {
  const rows = await ctx.db.items.where('reindex').equals(1).toArray();
  let fixed = 0;
  for (const row of rows) {
    let payload: ItemPayload;
    try {
      payload = await unseal<ItemPayload>(ctx.keys, 'items', row.claimRefHmac, row);
    } catch {
      continue;
    }
    await ctx.db.items.where('claimRefHmac').equals(row.claimRefHmac).modify((r) => {
      delete r.reindex;
      if (payload.nextFollowUp) r.nextFollowUpDay = payload.nextFollowUp;
      else delete r.nextFollowUpDay;
    });
    fixed++;
  }
  return fixed;
}
