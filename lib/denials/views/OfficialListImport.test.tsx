import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '@/test/support/react-root';
import { X12Db, loadOfficialLists, type X12ImportMeta } from '@/lib/denials/x12-import';
import { importOfficialListFile, officialListImports, removeOfficialList } from '@/lib/denials/storage';
import { OfficialListImport } from './OfficialListImport';
import { button, click, setupTestRoot } from '@/test/support/claims-settings';

const ui = setupTestRoot();

// Descriptions invented for the test: never X12's wording.
const GOOD = 'Code,Description\n45,"Invented text, first"\nB7,Invented text two\n197,Invented text three\n';
// Line 3: not a CARC; line 4: no description; line 5: repeats line 2.
const BAD = 'Code,Description\n16,Invented\nN130,Invented\n50,\n16,Again invented\n';

const dbs: X12Db[] = [];
afterEach(() => { for (const db of dbs.splice(0)) db.close(); });

/** The control wired to the real importer and a private database, as the options section wires it. */
function Wired({ db }: { db: X12Db }) {
  const [info, setInfo] = useState<X12ImportMeta | null>(null);
  const refresh = async () => setInfo((await officialListImports(db)).find((m) => m.list === 'carc') ?? null);
  return (
    <OfficialListImport list="carc" info={info} maxMb={5}
      onImport={async (file) => { const o = await importOfficialListFile('carc', file, { db }); await refresh(); return o; }}
      onRemove={async () => { await removeOfficialList('carc', { db }); await refresh(); }} />
  );
}

async function choose(name: string, text: string): Promise<void> {
  const input = ui.container.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([text], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // The import runs through IndexedDB: wait until the reading notice is gone.
  await waitFor(() => expect(ui.container.textContent).not.toContain('Reading'));
}

const text = (selector: string) => [...ui.container.querySelectorAll(selector)].map((e) => e.textContent);

describe('OfficialListImport', () => {
  it('imports a CARC list, refuses a malformed one with line numbers and keeps the previous, removes on request', async () => {
    const db = new X12Db({ indexedDB: new IDBFactory(), IDBKeyRange });
    dbs.push(db);
    await ui.render(<Wired db={db} />);
    expect(ui.container.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('Claim adjustment reason codes (CARC)');
    expect(ui.container.textContent).toContain('Not imported.');

    await choose('carc.csv', GOOD);
    expect(text('[role="status"]')).toContain('Imported 3 codes from carc.csv.');
    expect(ui.container.textContent).toMatch(/3 codes imported from carc\.csv on \d\d\/\d\d\/\d{4}\./);
    expect([...(await loadOfficialLists(db)).carc.keys()].sort()).toEqual(['197', '45', 'B7']);

    await choose('broken.csv', BAD);
    const alert = ui.container.querySelector('[role="alert"]')!;
    expect(alert.querySelector('p')!.textContent).toBe('broken.csv was not imported and nothing changed:');
    expect(text('[role="alert"] li')).toEqual([
      'Line 3: “N130” is not a CARC code.',
      'Line 4: Code 50 has no description.',
      'Line 5: Code 16 already appears on line 2.',
    ]);
    expect(ui.container.textContent).toContain('3 codes imported from carc.csv');
    expect([...(await loadOfficialLists(db)).carc.keys()].sort()).toEqual(['197', '45', 'B7']);

    await click(button(ui.container, 'Remove imported CARC list'));
    await click(button(ui.container, 'Keep it'));
    expect((await loadOfficialLists(db)).carc.size).toBe(3);
    await click(button(ui.container, 'Remove imported CARC list'));
    await act(async () => button(ui.container, 'Yes, remove').click());
    await waitFor(() => expect(text('[role="status"]')).toContain('The imported list was removed.'));
    expect(ui.container.textContent).toContain('Not imported.');
    expect((await loadOfficialLists(db)).carc.size).toBe(0);
  });

  it('lists at most the importer’s errors, and says when a file is far too big', async () => {
    const db = new X12Db({ indexedDB: new IDBFactory(), IDBKeyRange });
    dbs.push(db);
    const bad = ['Code,Description', ...Array.from({ length: 30 }, (_, i) => `X${i}Y,Invented`)].join('\n');
    await ui.render(<OfficialListImport list="rarc" info={null} maxMb={5}
      onImport={(file) => importOfficialListFile('rarc', file, { db })} onRemove={async () => undefined} />);
    await choose('rarc.csv', bad);
    expect(text('[role="alert"] li')).toHaveLength(20);
    expect(text('[role="alert"] li')[0]).toBe('Line 2: “X0Y” is not a RARC code.');
    expect(ui.container.textContent).toContain('Only the first 20 problems are listed.');
    expect(ui.container.textContent).not.toContain('Remove');

    await choose('rarc.xlsx', 'x'.repeat(6 * 1024 * 1024));
    expect(text('[role="alert"]')).toEqual(['rarc.xlsx is 6.3 MB; a code list is far smaller (at most 5 MB). Choose the CSV export of the list.']);
    expect(await officialListImports(db)).toEqual([]);
  });
});
