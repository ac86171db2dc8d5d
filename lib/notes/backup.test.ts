import { describe, expect, it } from 'vitest';
import { BACKUP_LIMITS, checkBackupFileSize, exportVault, importVault, parseBackupFile, validatePayload } from './backup';
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
    const result = await exportVault(ctx, BACKUP_PASS, BACKUP_PASS);
    const file = parseBackupFile(result.file);
    expect(Object.keys(JSON.parse(result.file)).sort()).toEqual(['ciphertext', 'createdAt', 'format', 'iv', 'kdf', 'version']);
    expect(file.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(result.counts).toEqual({ notes: 2, revisions: 3, items: 1 });
    expect(result.file).not.toMatch(/original|edited|Acme|224123456789|REF-7781/);
  });

  it('restores into another vault (different key), then a second import adds nothing', async () => {
    const { ctx, note } = await vaultWithData();
    const { file } = await exportVault(ctx, BACKUP_PASS, BACKUP_PASS);
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
    const { file: older } = await exportVault(ctx, BACKUP_PASS, BACKUP_PASS);
    await editNote(ctx, note.id, { text: 'edited again' });
    const { file: newer } = await exportVault(ctx, BACKUP_PASS, BACKUP_PASS);
    const other = await testContext();
    await importVault(other, older, BACKUP_PASS);
    await addNote(other, noteInput({ text: 'only here' }));
    const summary = await importVault(other, newer, BACKUP_PASS);
    expect(summary).toMatchObject({ notesAdded: 0, notesUpdated: 1, revisionsAdded: 1 });
    expect((await notesForClaim(other, '224123456789')).records.map((n) => n.text).sort()).toEqual(['edited again', 'only here']);
  });

  it('refuses a wrong passphrase, a foreign file, a weak KDF or a damaged file, changing nothing', async () => {
    const { ctx } = await vaultWithData();
    const { file } = await exportVault(ctx, BACKUP_PASS, BACKUP_PASS);
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
    await expect(exportVault(ctx, 'short', 'short')).rejects.toMatchObject({ code: 'passphrase-too-short' });
  });

  it('refuses a weak backup passphrase and one not typed the same twice (issue 17 item 11)', async () => {
    const { ctx } = await vaultWithData();
    await expect(exportVault(ctx, 'Backup2026!', 'Backup2026!')).rejects.toMatchObject({ code: 'passphrase-weak' });
    await expect(exportVault(ctx, 'aaaaaaaaaaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaaaaaaaaaa')).rejects.toMatchObject({ code: 'passphrase-weak' });
    await expect(exportVault(ctx, BACKUP_PASS, `${BACKUP_PASS}.`)).rejects.toMatchObject({ code: 'passphrase-mismatch' });
  });
});

describe('backup import bounds (issue 17 item 7)', () => {
  const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);
  const note = { id: 'note-0001', revisionId: 'rev-00001', claimRef: 'A-1', payer: 'Acme', kind: 'call', status: 'open', text: 'x', createdAt: NOW - 1000, updatedAt: NOW - 1000 };
  const item = { claimRef: 'A-1', payer: 'Acme', serviceDate: null, amount: 1, status: 'open', nextFollowUp: null, deadlines: [], updatedAt: NOW - 1000 };

  it('refuses a file larger than a backup can be before reading it', () => {
    expect(() => checkBackupFileSize(BACKUP_LIMITS.fileBytes + 1)).toThrow(/larger than/);
    expect(() => checkBackupFileSize(10_000)).not.toThrow();
  });

  it('refuses more than ~5M PBKDF2 iterations and a salt shorter than 16 bytes, before deriving a key', async () => {
    const { ctx } = await vaultWithData();
    const { file } = await exportVault(ctx, BACKUP_PASS, BACKUP_PASS);
    const costly = JSON.parse(file);
    costly.kdf.iterations = 2_000_000_000;
    expect(() => parseBackupFile(JSON.stringify(costly))).toThrow(/at most 5000000/);
    const salty = JSON.parse(file);
    salty.kdf.salt = btoa('12345678');
    expect(() => parseBackupFile(JSON.stringify(salty))).toThrow(/salt/);
    const extra = JSON.parse(file);
    extra.kdf.memory = 1;
    expect(() => parseBackupFile(JSON.stringify(extra))).toThrow(/unexpected/);
  });

  it('rebuilds records field by field: extra fields are dropped, wrong types refused', () => {
    const out = validatePayload({ notes: [{ ...note, evil: '<x>' }], revisions: [], items: [{ ...item, evil: 'x', deadlines: [{ kind: 'appeal', date: '2027-01-01', more: 1 }] }] }, NOW);
    expect(Object.keys(out.items[0]!).sort()).toEqual(['amount', 'claimRef', 'deadlines', 'nextFollowUp', 'payer', 'serviceDate', 'status', 'updatedAt']);
    expect(out.items[0]!.deadlines).toEqual([{ kind: 'appeal', date: '2027-01-01' }]);
    expect(out.notes[0]).not.toHaveProperty('evil');
    expect(() => validatePayload({ notes: [], revisions: [], items: [{ ...item, payer: { toString: 1 } }] }, NOW)).toThrow(/payer/i);
    expect(() => validatePayload({ notes: [], revisions: [], items: [{ ...item, deadlines: 'x' }] }, NOW)).toThrow(/deadlines/);
    expect(() => validatePayload({ notes: [null], revisions: [], items: [] }, NOW)).toThrow(/not an object/);
    expect(() => validatePayload({ notes: [], revisions: [], items: [{ ...item, amount: 1e308 }] }, NOW)).toThrow(/amount/);
  });

  it('caps timestamps and counts', () => {
    expect(() => validatePayload({ notes: [{ ...note, updatedAt: NOW + 400 * 86_400_000 }], revisions: [], items: [] }, NOW)).toThrow(/timestamp/);
    expect(() => validatePayload({ notes: [{ ...note, createdAt: 1 }], revisions: [], items: [] }, NOW)).toThrow(/timestamp/);
    const many = Array.from({ length: BACKUP_LIMITS.notes + 1 }, () => note);
    expect(() => validatePayload({ notes: many, revisions: [], items: [] }, NOW)).toThrow(/more records/);
  });
});
