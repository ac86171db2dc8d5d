import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MUE_NAME, PTP_NAME, mueCsv, ptpText } from '@/test/support/edits/files';
import { importEditsFiles, listEditsFiles, removeEditsFile } from '@/lib/edits/local';
import { EditsStore } from '@/lib/edits/store';
import type { EditFileMeta } from '@/lib/edits/tables';
import { EditsImport } from './EditsImport';

function Wired({ store }: { store: EditsStore }) {
  const [files, setFiles] = useState<EditFileMeta[] | null>([]);
  return (
    <EditsImport files={files}
      onImport={async (sources, options) => { const o = await importEditsFiles(sources, { ...options, store }); setFiles(await listEditsFiles(store)); return o; }}
      onRemove={async (id) => { await removeEditsFile(id, store); setFiles(await listEditsFiles(store)); }} />
  );
}

const fileInput = () => screen.getByLabelText<HTMLInputElement>('Import edit files (zip, txt, csv)');
const bodyRows = () => within(within(screen.getByRole('table', { name: 'NCCI edits (PTP, MUE, add-on codes)' })).getAllByRole('rowgroup')[1]!).queryAllByRole('row');

/** Picks the files in the import control, then waits until the import is over (the control is enabled again). */
async function choose(user: UserEvent, files: File[]): Promise<void> {
  await user.upload(fileInput(), files);
  await waitFor(() => expect(fileInput().disabled).toBe(false));
}

const latin1 = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('EditsImport', () => {
  it('imports PTP and MUE files, shows coverage, refuses a bad file with its line, removes one table', async () => {
    const store = new EditsStore({ indexedDB: new IDBFactory(), IDBKeyRange });
    const user = userEvent.setup();
    const { container } = render(<Wired store={store} />);
    expect(container.textContent).toContain('No edit files imported');

    await choose(user, [
      new File([latin1(ptpText([['20000', '20001', '', '20200101', '*', '0', 'x']]))], PTP_NAME),
      new File([latin1(mueCsv([['20010', '1', '1 Line Edit', 'x']]))], MUE_NAME),
    ]);
    expect(container.textContent).toContain('Imported 2 file(s), 2 rows.');
    const rows = bodyRows().map((r) => within(r).getAllByRole('cell').slice(0, 5).map((c) => c.textContent));
    expect(rows).toEqual([
      ['PTP practitioner f1', `${PTP_NAME} (v32.1)`, '2026 Q2', '01/01/2020 to 06/30/2026', '1'],
      ['MUE practitioner', MUE_NAME, '2026 Q2', '04/01/2026 to 06/30/2026', '1'],
    ]);

    await choose(user, [new File([latin1(ptpText([['20000', '2000', '', '20200101', '*', '0', 'x']]))], 'ccipra-v322r0-f1.txt')]);
    expect(screen.getByRole('alert').textContent).toContain('Line 4 of ccipra-v322r0-f1.txt: "2000" in column 2 is not a 5-character HCPCS/CPT code');
    expect(bodyRows()).toHaveLength(2); // the previous files stay

    await user.click(screen.getByRole('button', { name: `Remove ${MUE_NAME}` }));
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(container.textContent).toContain(`Removed ${MUE_NAME}.`);
    store.close();
  });

  it('shows progress while reading and cancels on request, changing nothing', async () => {
    const user = userEvent.setup();
    let signal: AbortSignal | undefined;
    const { container } = render(<EditsImport files={[]} onRemove={async () => undefined}
      onImport={(_sources, options) => new Promise((resolve) => {
        signal = options.signal;
        options.onProgress?.({ file: PTP_NAME, bytesDone: 1_000_000, bytesTotal: 4_000_000, records: 12_345 });
        options.signal?.addEventListener('abort', () => resolve({ ok: false, cancelled: true, errors: [] }));
      })} />);
    await user.upload(fileInput(), [new File(['x'], PTP_NAME)]);
    await waitFor(() => expect(container.textContent).toContain(`Reading ${PTP_NAME}: 1.0 of 4.0 MB, 12,345 rows`));
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('1000000');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(container.textContent).toContain('Import cancelled; nothing was changed.'));
    expect(signal?.aborted).toBe(true);
    expect(fileInput().disabled).toBe(false);
  });
});
