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
import { DEADLINE_KINDS, FOLLOW_UP_STATUSES, NOTE_KINDS, type Deadline, type FollowUpItem, type ItemRow, type LastAction } from './types';

type ItemPayload = Omit<FollowUpItem, 'status' | 'updatedAt'>;

export async function openItem(ctx: VaultContext, row: ItemRow): Promise<FollowUpItem> {
  const p = await unseal<ItemPayload>(ctx.keys, 'items', row.claimRefHmac, row);
  return { ...p, status: row.status, updatedAt: row.updatedAt };
}

/** Deadlines a claim carries at most (timely filing, appeal levels, reconsideration: a handful). */
export const MAX_DEADLINES = 20;
const MAX_PAYER = 200;
const MAX_LABEL = 200;
/** Larger than any claim a practice bills; also keeps a hand-edited backup from storing 1e308. */
const MAX_AMOUNT = 100_000_000;

function day(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !isIsoDate(value)) throw new VaultError('bad-input', `"${String(value).slice(0, 40)}" is not a date (YYYY-MM-DD)`);
  return value;
}

function cleanLastAction(value: unknown): LastAction | null {
  if (value === null || value === undefined) return null;
  const a = value as Partial<Record<keyof LastAction, unknown>>;
  if (typeof a !== 'object' || !(NOTE_KINDS as readonly unknown[]).includes(a.kind) || !Number.isSafeInteger(a.at) || (a.at as number) < 0
    || typeof a.outcome !== 'string' || a.outcome.length > MAX_LABEL) {
    throw new VaultError('bad-input', 'The last action of a worklist item is not valid');
  }
  return { kind: a.kind as LastAction['kind'], at: a.at as number, outcome: a.outcome };
}

/**
 * Rebuilds an item field by field with types and lengths (an item may come from a backup file,
 * where a valid tag proves who wrote it, not what it holds): nothing else rides along into the
 * sealed record.
 */
export function cleanItem(raw: Omit<FollowUpItem, 'updatedAt'>): Omit<FollowUpItem, 'updatedAt'> {
  if (typeof raw !== 'object' || raw === null) throw new VaultError('bad-input', 'A worklist item is not an object');
  const item = raw as Partial<Record<keyof FollowUpItem, unknown>>;
  if (!(FOLLOW_UP_STATUSES as readonly unknown[]).includes(item.status)) throw new VaultError('bad-input', `Unknown status "${String(item.status)}"`);
  const amount = item.amount ?? null;
  if (amount !== null && (typeof amount !== 'number' || !Number.isFinite(amount) || Math.abs(amount) > MAX_AMOUNT)) {
    throw new VaultError('bad-input', 'The amount is not a number');
  }
  const payer = item.payer ?? null;
  if (payer !== null && (typeof payer !== 'string' || payer.length > MAX_PAYER)) throw new VaultError('bad-input', `The payer must be text of at most ${MAX_PAYER} characters`);
  const rawDeadlines = item.deadlines ?? [];
  if (!Array.isArray(rawDeadlines) || rawDeadlines.length > MAX_DEADLINES) throw new VaultError('bad-input', `A claim has at most ${MAX_DEADLINES} deadlines`);
  const deadlines: Deadline[] = rawDeadlines.map((d: Partial<Record<keyof Deadline, unknown>>) => {
    if (typeof d !== 'object' || d === null || !DEADLINE_KINDS.includes(d.kind as string)) throw new VaultError('bad-input', `Unknown deadline kind "${String(d?.kind)}"`);
    if (typeof d.date !== 'string' || !isIsoDate(d.date)) throw new VaultError('bad-input', `Deadline "${String(d.date).slice(0, 40)}" is not a date (YYYY-MM-DD)`);
    if (d.label !== undefined && (typeof d.label !== 'string' || d.label.length > MAX_LABEL)) throw new VaultError('bad-input', 'A deadline label is too long');
    const kind = d.kind as Deadline['kind'];
    return d.label ? { kind, date: d.date, label: d.label } : { kind, date: d.date };
  });
  const patientName = item.patientName ?? null;
  if (patientName !== null && (typeof patientName !== 'string' || patientName.length > MAX_PAYER)) throw new VaultError('bad-input', `The patient name must be text of at most ${MAX_PAYER} characters`);
  const lastAction = cleanLastAction(item.lastAction);
  return {
    claimRef: cleanClaimRef(item.claimRef),
    payer,
    ...(patientName !== null ? { patientName } : {}),
    ...(lastAction ? { lastAction } : {}),
    serviceDate: day(item.serviceDate),
    amount,
    status: item.status as FollowUpItem['status'],
    nextFollowUp: day(item.nextFollowUp),
    deadlines,
  };
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
