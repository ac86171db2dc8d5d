/**
 * The vault's promise in one test: write PHI containing a marker through every path (notes, edits,
 * drafts, worklist items, passphrase change, backup import), then read back every raw value of every
 * IndexedDB database and every extension storage area. The marker must not appear in clear,
 * whether as text or as UTF-8 / UTF-16 bytes inside a binary value.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dumpIndexedDb, findMarkers } from './phi-scan';
import { createNotesService } from './service';
import { noteInput, openTestDb } from '@/test/support/notes';

const MARKER = 'Zebulon4711Quartz';
const PASS = 'correct horse battery staple';

function leaks(values: unknown): string[] {
  return findMarkers(values, [MARKER]);
}

describe('no PHI in clear at rest', () => {
  it('finds the marker nowhere in IndexedDB or extension storage', async () => {
    const factory = indexedDB; // the global fake, so every database any code opened is scanned
    const db = openTestDb(factory);
    const service = createNotesService({ db, session: fakeBrowser.storage.session });
    await service.createVault(PASS, PASS);
    const claimRef = `CLM-${MARKER}-01`;
    const note = await service.saveNote(
      { ...noteInput(), claimRef, payer: `${MARKER} Health Plan`, contact: `Rep ${MARKER}`, referenceNumber: `REF-${MARKER}`, outcome: `${MARKER} reprocess`, text: `Patient ${MARKER} DOB 1970-01-01` },
      { claimNumber: claimRef, payer: `${MARKER} Health Plan`, serviceDate: '2026-09-01', amount: 125.5, deadlines: [{ kind: 'appeal', date: '2027-01-01', label: `${MARKER} appeal` }] },
    );
    await service.editNote(note.id, { text: `Edited ${MARKER}` });
    await service.saveDraft(claimRef, { claimRef, payer: MARKER, content: { text: `draft ${MARKER}` } });
    await service.saveDraft(null, { claimRef: '', payer: null, content: { text: `unlinked draft ${MARKER}` } });
    expect((await service.search(MARKER)).notes).toHaveLength(1);
    // Issue 17: the in-memory search index is built and used; it must leave nothing in storage.
    expect((await service.buildIndex()).state).toBe('ready');
    expect((await service.search(MARKER)).total).toBe(1);
    await service.changePassphrase(PASS, 'another long passphrase', 'another long passphrase');

    // A second vault restored from the backup lands in the same fake IndexedDB.
    const backup = await service.exportBackup('backup passphrase 2026', 'backup passphrase 2026', 'another long passphrase');
    expect(leaks(JSON.parse(backup.file))).toEqual([]);
    const restoredDb = openTestDb(factory, 'restored-vault');
    const restored = createNotesService({ db: restoredDb, session: fakeBrowser.storage.session });
    await fakeBrowser.storage.session.clear();
    await restored.createVault('restored passphrase', 'restored passphrase');
    expect((await restored.importBackup(backup.file, 'backup passphrase 2026')).notesAdded).toBe(1);
    expect((await restored.notesForClaim(claimRef)).records[0]?.text).toBe(`Edited ${MARKER}`);

    const rawValues = await dumpIndexedDb(factory);
    expect(rawValues.length).toBeGreaterThan(20);
    // The scan itself must be able to see a marker, as text and as bytes.
    expect(leaks([...rawValues, { control: `x${MARKER}x` }])).toHaveLength(1);
    expect(leaks([...rawValues, new TextEncoder().encode(`<${MARKER}>`)]).length).toBeGreaterThan(0);
    expect(leaks(rawValues)).toEqual([]);

    for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.session, fakeBrowser.storage.sync]) {
      expect(leaks(await area.get(null))).toEqual([]);
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
