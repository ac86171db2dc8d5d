import { describe, expect, it } from 'vitest';
import { exportVault, importVault, parseBackupFile } from './backup';
import { generateDataKeyBytes } from './crypto';
import { isVaultError } from './errors';
import { listItems, putItem } from './items-store';
import { addNote, editNote, noteHistory, notesForClaim } from './notes-store';
import { noteInput, testContext } from '@/test/support/notes';

const BACKUP_PASS = 'separate backup passphrase';

async function vaultWithData() {
  const ctx = await testContext();
  const note = await addNote(ctx, noteInput({ text: 'original' }));
  await editNote(ctx, note.id, { text: 'edited' });
  await addNote(ctx, noteInput({ claimRef: 'OTHER-9', text: 'other claim' }));
  await putItem(ctx, { claimRef: '224123456789', payer: 'Acme', serviceDate: '2026-08-01', amount: 90, status: 'pending', nextFollowUp: '2026-12-01', deadlines: [{ kind: 'appeal', date: '2027-01-15' }] });
  return { ctx, note };
}

describe('encrypted backup', () => {
  it('writes a versioned file with KDF parameters and no clear content', async () => {
    const { ctx } = await vaultWithData();
    const result = await exportVault(ctx, BACKUP_PASS);
    const file = parseBackupFile(result.file);
    expect(Object.keys(JSON.parse(result.file)).sort()).toEqual(['ciphertext', 'createdAt', 'format', 'iv', 'kdf', 'version']);
    expect(file.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(result.counts).toEqual({ notes: 2, revisions: 3, items: 1 });
    expect(result.file).not.toMatch(/original|edited|Acme|224123456789|REF-7781/);
  });

  it('restores into another vault (different key), then a second import adds nothing', async () => {
    const { ctx, note } = await vaultWithData();
    const { file } = await exportVault(ctx, BACKUP_PASS);
    const other = await testContext(undefined, generateDataKeyBytes());
    const first = await importVault(other, file, BACKUP_PASS);
    expect(first).toEqual({ notesAdded: 2, notesUpdated: 0, revisionsAdded: 3, itemsAdded: 1, itemsUpdated: 0, unchanged: 0 });
    expect((await notesForClaim(other, '2241 2345 6789')).records.map((n) => n.text)).toEqual(['edited']);
    expect((await noteHistory(other, note.id)).records.map((r) => r.text)).toEqual(['original', 'edited']);
    expect((await listItems(other)).records[0]).toMatchObject({ claimRef: '224123456789', amount: 90, deadlines: [{ kind: 'appeal', date: '2027-01-15' }] });

    const second = await importVault(other, file, BACKUP_PASS);
    expect(second).toMatchObject({ notesAdded: 0, revisionsAdded: 0, itemsAdded: 0, unchanged: 6 });
    expect(await other.db.notes.count()).toBe(2);
    expect(await other.db.revisions.count()).toBe(3);
  });

  it('merges: keeps local notes, takes newer edits from the file, adds only missing revisions', async () => {
    const { ctx, note } = await vaultWithData();
    const { file: older } = await exportVault(ctx, BACKUP_PASS);
    await editNote(ctx, note.id, { text: 'edited again' });
    const { file: newer } = await exportVault(ctx, BACKUP_PASS);
    const other = await testContext();
    await importVault(other, older, BACKUP_PASS);
    await addNote(other, noteInput({ text: 'only here' }));
    const summary = await importVault(other, newer, BACKUP_PASS);
    expect(summary).toMatchObject({ notesAdded: 0, notesUpdated: 1, revisionsAdded: 1 });
    expect((await notesForClaim(other, '224123456789')).records.map((n) => n.text).sort()).toEqual(['edited again', 'only here']);
  });

  it('refuses a wrong passphrase, a foreign file, a weak KDF or a damaged file, changing nothing', async () => {
    const { ctx } = await vaultWithData();
    const { file } = await exportVault(ctx, BACKUP_PASS);
    const other = await testContext();
    const wrong = await importVault(other, file, 'not the backup passphrase').catch((e: unknown) => e);
    expect(isVaultError(wrong, 'wrong-passphrase')).toBe(true);
    await expect(importVault(other, '{"hello":1}', BACKUP_PASS)).rejects.toMatchObject({ code: 'bad-backup' });
    await expect(importVault(other, 'not json', BACKUP_PASS)).rejects.toMatchObject({ code: 'bad-backup' });
    const weak = JSON.parse(file);
    weak.kdf.iterations = 1000;
    await expect(importVault(other, JSON.stringify(weak), BACKUP_PASS)).rejects.toThrow(/weak/);
    const damaged = JSON.parse(file);
    damaged.ciphertext = damaged.ciphertext.replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A'));
    await expect(importVault(other, JSON.stringify(damaged), BACKUP_PASS)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(await other.db.notes.count()).toBe(0);
  });

  it('refuses a too-short backup passphrase', async () => {
    const { ctx } = await vaultWithData();
    await expect(exportVault(ctx, 'short')).rejects.toMatchObject({ code: 'passphrase-too-short' });
  });
});
