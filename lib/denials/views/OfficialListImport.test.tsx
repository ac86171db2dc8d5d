import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { X12Db, loadOfficialLists, type X12ImportMeta } from '@/lib/denials/x12-import';
import { importOfficialListFile, officialListImports, removeOfficialList } from '@/lib/denials/storage';
import { OfficialListImport } from './OfficialListImport';

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

/** Picks a file in the list's import control, then waits until the import (through IndexedDB) is over. */
async function choose(user: UserEvent, name: string, text: string): Promise<void> {
  await user.upload(screen.getByLabelText(/^Import [CR]ARC list \(CSV\)$/), new File([text], name, { type: 'text/csv' }));
  await waitFor(() => expect(screen.queryByText(/^Reading/)).toBeNull());
}

const said = () => screen.queryAllByRole('status').map((e) => e.textContent);
const alerts = () => screen.queryAllByRole('alert').map((e) => e.textContent);
const problems = () => within(screen.getByRole('alert')).getAllByRole('listitem').map((li) => li.textContent);
const button = (name: string) => screen.getByRole('button', { name });

describe('OfficialListImport', () => {
  it('imports a CARC list, refuses a malformed one with line numbers and keeps the previous, removes on request', async () => {
    const db = new X12Db({ indexedDB: new IDBFactory(), IDBKeyRange });
    dbs.push(db);
    const user = userEvent.setup();
    const { container } = render(<Wired db={db} />);
    expect(screen.getByRole('group').getAttribute('aria-label')).toBe('Claim adjustment reason codes (CARC)');
    expect(container.textContent).toContain('Not imported.');

    await choose(user, 'carc.csv', GOOD);
    expect(said()).toContain('Imported 3 codes from carc.csv.');
    expect(container.textContent).toMatch(/3 codes imported from carc\.csv on \d\d\/\d\d\/\d{4}\./);
    expect([...(await loadOfficialLists(db)).carc.keys()].sort()).toEqual(['197', '45', 'B7']);

    await choose(user, 'broken.csv', BAD);
    expect(within(screen.getByRole('alert')).getByText('broken.csv was not imported and nothing changed:')).toBeTruthy();
    expect(problems()).toEqual([
      'Line 3: “N130” is not a CARC code.',
      'Line 4: Code 50 has no description.',
      'Line 5: Code 16 already appears on line 2.',
    ]);
    expect(container.textContent).toContain('3 codes imported from carc.csv');
    expect([...(await loadOfficialLists(db)).carc.keys()].sort()).toEqual(['197', '45', 'B7']);

    await user.click(button('Remove imported CARC list'));
    await user.click(button('Keep it'));
    expect((await loadOfficialLists(db)).carc.size).toBe(3);
    await user.click(button('Remove imported CARC list'));
    await user.click(within(screen.getByRole('group', { name: 'Remove imported CARC list' })).getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(said()).toContain('The imported list was removed.'));
    expect(container.textContent).toContain('Not imported.');
    expect((await loadOfficialLists(db)).carc.size).toBe(0);
  });

  it('lists at most the importer’s errors, and says when a file is far too big', async () => {
    const db = new X12Db({ indexedDB: new IDBFactory(), IDBKeyRange });
    dbs.push(db);
    const bad = ['Code,Description', ...Array.from({ length: 30 }, (_, i) => `X${i}Y,Invented`)].join('\n');
    const user = userEvent.setup();
    const { container } = render(<OfficialListImport list="rarc" info={null} maxMb={5}
      onImport={(file) => importOfficialListFile('rarc', file, { db })} onRemove={async () => undefined} />);
    await choose(user, 'rarc.csv', bad);
    expect(problems()).toHaveLength(20);
    expect(problems()[0]).toBe('Line 2: “X0Y” is not a RARC code.');
    expect(container.textContent).toContain('Only the first 20 problems are listed.');
    expect(container.textContent).not.toContain('Remove');

    await choose(user, 'rarc.xlsx', 'x'.repeat(6 * 1024 * 1024));
    expect(alerts()).toEqual(['rarc.xlsx is 6.3 MB; a code list is far smaller (at most 5 MB). Choose the CSV export of the list.']);
    expect(await officialListImports(db)).toEqual([]);
  });
});
