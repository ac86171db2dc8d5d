/**
 * The decrypted worklist items of one page while unlocked (issue 17: with 10,000 claims, the
 * worklist and A/R aging must not decrypt every item each time the panel redraws). Memory only,
 * dropped with the keys on lock, like the search index.
 *
 * Every call still reads the item rows (ciphertext only, no decryption): a row another page
 * rewrote has a new IV (every seal draws a fresh one) and GCM tag, so comparing them finds exactly
 * the rows to decrypt again, and rows gone from the table (a wipe, a rotation) leave the list with
 * them. A row changed in storage keeping both would be served as the authentic version this page
 * opened; it cannot decrypt to anything else anyway.
 */
import type { Opened, VaultContext } from './context';
import { TamperedRecordError } from './errors';
import { openItem } from './items-store';
import type { FollowUpItem } from './types';

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
  let opened = new Map<string, { iv: string; item: FollowUpItem }>();
  return {
    async list(ctx) {
      const rows = await ctx.db.items.toArray();
      const ivs = rows.map(sealKey);
      const settled = await Promise.allSettled(rows.map((row, i) => {
        const known = opened.get(row.claimRefHmac);
        return known && known.iv === ivs[i] ? known.item : openItem(ctx, row);
      }));
      const next = new Map<string, { iv: string; item: FollowUpItem }>();
      const result: Opened<FollowUpItem> = { records: [], failed: [] };
      settled.forEach((outcome, i) => {
        const row = rows[i]!;
        if (outcome.status === 'fulfilled') {
          result.records.push(outcome.value);
          next.set(row.claimRefHmac, { iv: ivs[i]!, item: outcome.value });
        } else if (outcome.reason instanceof TamperedRecordError) result.failed.push({ table: 'items', id: row.claimRefHmac });
        else throw outcome.reason;
      });
      opened = next;
      return result;
    },
  };
}
