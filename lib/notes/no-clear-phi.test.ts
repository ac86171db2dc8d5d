/**
 * The vault's promise in one test: write PHI containing a marker through every path (notes, edits,
 * drafts, worklist items, passphrase change, backup import), then read back every raw value of every
 * IndexedDB database and every extension storage area. The marker must not appear in clear,
 * whether as text or as UTF-8 / UTF-16 bytes inside a binary value.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNotesService } from './service';
import { noteInput, openTestDb } from '@/test/support/notes';

const MARKER = 'Zebulon4711Quartz';
const PASS = 'correct horse battery staple';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.addEventListener('success', () => resolve(req.result));
    req.addEventListener('error', () => reject(req.error));
  });
}

/** Every key and value of every object store of every database, as IndexedDB hands them out. */
async function dumpIndexedDb(factory: IDBFactory): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const info of await factory.databases()) {
    const db = await request(factory.open(info.name!));
    for (const store of Array.from(db.objectStoreNames)) {
      const tx = db.transaction(store, 'readonly');
      const os = tx.objectStore(store);
      out.push(store, ...(await request(os.getAll())), ...(await request(os.getAllKeys())));
      for (const index of Array.from(os.indexNames)) out.push(...(await request(os.index(index).getAllKeys())));
    }
    db.close();
  }
  return out;
}

/** Text forms of a value: strings as they are; bytes decoded as UTF-8, Latin-1 and UTF-16. */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value == null) out.push(String(value));
  else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    out.push(new TextDecoder('utf-8').decode(bytes), new TextDecoder('latin1').decode(bytes));
    if (bytes.length % 2 === 0) out.push(new TextDecoder('utf-16le').decode(bytes));
  } else if (Array.isArray(value)) value.forEach((v) => textsOf(v, out));
  else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      textsOf(v, out);
    }
  }
  return out;
}

function leaks(values: unknown): string[] {
  const needle = MARKER.toLowerCase();
  return textsOf(values).filter((t) => t.toLowerCase().includes(needle));
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
