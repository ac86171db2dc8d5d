/**
 * The decrypted worklist items of one page while unlocked (issue 17: with 10,000 claims, the
 * worklist and A/R aging must not decrypt every item each time the panel redraws). Memory only,
 * dropped with the keys on lock, like the search index.
 *
 * Each call asks only for the rows written since the newest one seen (`updatedAt`, indexed since
 * schema v3) and the row count, in one read transaction; no row is decrypted twice. A rewritten row
 * has a new IV (every seal draws a fresh one) and GCM tag, which tells which of those rows really
 * changed. When the count does not add up (a row removed, or one written by another page's backup
 * import with an older time), every row is read again (still decrypting only the changed ones).
 */
import type { Opened, VaultContext } from './context';
import { TamperedRecordError } from './errors';
import { openItem } from './items-store';
import type { FollowUpItem, ItemRow } from './types';

export interface ItemCache {
  /** Every item, as `listItems` returns them (tampered rows in `failed`, never cached). */
  list(ctx: VaultContext): Promise<Opened<FollowUpItem>>;
}

/** IV and GCM tag (the last 16 bytes of the ciphertext) as a string key. */
function sealKey(row: { iv: Uint8Array; ct: Uint8Array }): string {
  let out = '';
  for (const byte of row.iv) out += String.fromCharCode(byte);
  for (const byte of row.ct.subarray(-16)) out += String.fromCharCode(byte);
  return out;
}

export function createItemCache(): ItemCache {
  /** Opened items and tampered rows, by claim HMAC, with the IV and tag they were read with. */
  const opened = new Map<string, { seal: string; item: FollowUpItem }>();
  const tampered = new Map<string, string>();
  let newest = -Infinity;
  let loaded = false;

  /** Opens the rows that are new or changed (an unchanged tampered row is not tried again). */
  async function take(ctx: VaultContext, rows: ItemRow[]): Promise<void> {
    const fresh = rows.map((row) => ({ row, seal: sealKey(row) })).filter(({ row, seal }) => opened.get(row.claimRefHmac)?.seal !== seal && tampered.get(row.claimRefHmac) !== seal);
    const settled = await Promise.allSettled(fresh.map(({ row }) => openItem(ctx, row)));
    settled.forEach((outcome, i) => {
      const { row, seal } = fresh[i]!;
      if (outcome.status === 'fulfilled') {
        opened.set(row.claimRefHmac, { seal, item: outcome.value });
        tampered.delete(row.claimRefHmac);
      } else if (outcome.reason instanceof TamperedRecordError) {
        tampered.set(row.claimRefHmac, seal);
        opened.delete(row.claimRefHmac);
      } else throw outcome.reason;
    });
    for (const row of rows) newest = Math.max(newest, row.updatedAt);
  }

  async function reload(ctx: VaultContext): Promise<void> {
    const rows = await ctx.db.items.toArray();
    const present = new Set(rows.map((row) => row.claimRefHmac));
    for (const key of [...opened.keys(), ...tampered.keys()]) {
      if (!present.has(key)) {
        opened.delete(key);
        tampered.delete(key);
      }
    }
    await take(ctx, rows);
    loaded = true;
  }

  return {
    async list(ctx) {
      if (!loaded) await reload(ctx);
      else {
        const [changed, count] = await ctx.db.transaction('r', ctx.db.items, () => Promise.all([
          ctx.db.items.where('updatedAt').aboveOrEqual(newest).toArray(),
          ctx.db.items.count(),
        ]));
        await take(ctx, changed);
        if (opened.size + tampered.size !== count) await reload(ctx);
      }
      return {
        records: [...opened.values()].map((entry) => entry.item),
        failed: [...tampered.keys()].map((id) => ({ table: 'items', id })),
      };
    },
  };
}
