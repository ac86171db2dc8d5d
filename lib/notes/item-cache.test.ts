import { afterEach, describe, expect, it, vi } from 'vitest';
import { createItemCache } from './item-cache';
import { putItem } from './items-store';
import { testContext } from '@/test/support/notes';
import type { FollowUpItem } from './types';

const item = (claimRef: string, over: Partial<FollowUpItem> = {}): Omit<FollowUpItem, 'updatedAt'> => ({
  claimRef, payer: 'Acme', serviceDate: '2026-09-01', amount: 120, status: 'open', nextFollowUp: '2026-12-01', deadlines: [], ...over,
});

describe('item cache (issue 17: the worklist does not decrypt every item on every redraw)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('decrypts only rows rewritten since the last call (by any page), drops removed rows, reports tampered ones', async () => {
    const ctx = await testContext();
    for (let i = 0; i < 30; i++) await putItem(ctx, item(`C-${i}`));
    const cache = createItemCache();
    const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
    expect((await cache.list(ctx)).records).toHaveLength(30);
    expect(decrypt).toHaveBeenCalledTimes(30);

    decrypt.mockClear();
    expect((await cache.list(ctx)).records).toHaveLength(30);
    expect(decrypt).not.toHaveBeenCalled();

    // Another page (same keys, straight to the database) changes one item and adds one.
    await putItem(ctx, item('C-3', { status: 'appealed', amount: 75 }));
    await putItem(ctx, item('C-new'));
    decrypt.mockClear();
    const after = (await cache.list(ctx)).records;
    expect(decrypt).toHaveBeenCalledTimes(2);
    expect(after).toHaveLength(31);
    expect(after.find((i) => i.claimRef === 'C-3')).toMatchObject({ status: 'appealed', amount: 75 });

    // A row changed in storage with a later time is tried and reported, not served from the cache.
    const [row] = await ctx.db.items.limit(1).toArray();
    row!.ct[row!.ct.length - 1]! ^= 0xff;
    row!.updatedAt = Date.now() + 60_000;
    await ctx.db.items.put(row!);
    const tampered = await cache.list(ctx);
    expect(tampered.failed).toEqual([{ table: 'items', id: row!.claimRefHmac }]);
    expect(tampered.records).toHaveLength(30);
    // One changed keeping its time shows at the next unlock (a new cache), never as its altered text.
    const [other] = await ctx.db.items.where('claimRefHmac').notEqual(row!.claimRefHmac).limit(1).toArray();
    other!.ct[other!.ct.length - 1]! ^= 0xff;
    await ctx.db.items.put(other!);
    expect((await cache.list(ctx)).records).toHaveLength(30);
    expect((await createItemCache().list(ctx)).failed).toHaveLength(2);

    // Rows removed (the count no longer adds up): the list follows.
    await ctx.db.items.where('claimRefHmac').equals(other!.claimRefHmac).delete();
    expect((await cache.list(ctx)).records).toHaveLength(29);
    await ctx.db.items.clear();
    expect((await cache.list(ctx))).toEqual({ records: [], failed: [] });
  });
});
