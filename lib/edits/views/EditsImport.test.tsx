import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { setupTestRoot, waitFor } from '@/test/support/react-root';
import { MUE_NAME, PTP_NAME, mueCsv, ptpText } from '@/test/support/edits/files';
import { importEditsFiles, listEditsFiles, removeEditsFile } from '@/lib/edits/local';
import { EditsStore } from '@/lib/edits/store';
import type { EditFileMeta } from '@/lib/edits/tables';
import { EditsImport } from './EditsImport';

const ui = setupTestRoot();

function Wired({ store }: { store: EditsStore }) {
  const [files, setFiles] = useState<EditFileMeta[] | null>([]);
  return (
    <EditsImport files={files}
      onImport={async (sources, options) => { const o = await importEditsFiles(sources, { ...options, store }); setFiles(await listEditsFiles(store)); return o; }}
      onRemove={async (id) => { await removeEditsFile(id, store); setFiles(await listEditsFiles(store)); }} />
  );
}

async function choose(files: File[]): Promise<void> {
  const input = ui.container.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  await act(async () => { input.dispatchEvent(new Event('change', { bubbles: true })); });
  await waitFor(() => expect(input.disabled).toBe(false));
}

const latin1 = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('EditsImport', () => {
  it('imports PTP and MUE files, shows coverage, refuses a bad file with its line, removes one table', async () => {
    const store = new EditsStore({ indexedDB: new IDBFactory(), IDBKeyRange });
    await ui.render(<Wired store={store} />);
    expect(ui.container.textContent).toContain('No edit files imported');

    await choose([
      new File([latin1(ptpText([['20000', '20001', '', '20200101', '*', '0', 'x']]))], PTP_NAME),
      new File([latin1(mueCsv([['20010', '1', '1 Line Edit', 'x']]))], MUE_NAME),
    ]);
    expect(ui.container.textContent).toContain('Imported 2 file(s), 2 rows.');
    const rows = [...ui.container.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].slice(0, 5).map((c) => c.textContent));
    expect(rows).toEqual([
      ['PTP practitioner f1', `${PTP_NAME} (v32.1)`, '2026 Q2', '01/01/2020 to 06/30/2026', '1'],
      ['MUE practitioner', MUE_NAME, '2026 Q2', '04/01/2026 to 06/30/2026', '1'],
    ]);

    await choose([new File([latin1(ptpText([['20000', '2000', '', '20200101', '*', '0', 'x']]))], 'ccipra-v322r0-f1.txt')]);
    expect(ui.container.querySelector('[role="alert"]')!.textContent).toContain('Line 4 of ccipra-v322r0-f1.txt: "2000" in column 2 is not a 5-character HCPCS/CPT code');
    expect(ui.container.querySelectorAll('tbody tr')).toHaveLength(2); // the previous files stay

    await act(async () => [...ui.container.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === `Remove ${MUE_NAME}`)!.click());
    await waitFor(() => expect(ui.container.querySelectorAll('tbody tr')).toHaveLength(1));
    expect(ui.container.textContent).toContain(`Removed ${MUE_NAME}.`);
    store.close();
  });

  it('shows progress while reading and cancels on request, changing nothing', async () => {
    let signal: AbortSignal | undefined;
    await ui.render(<EditsImport files={[]} onRemove={async () => undefined}
      onImport={(_sources, options) => new Promise((resolve) => {
        signal = options.signal;
        options.onProgress?.({ file: PTP_NAME, bytesDone: 1_000_000, bytesTotal: 4_000_000, records: 12_345 });
        options.signal?.addEventListener('abort', () => resolve({ ok: false, cancelled: true, errors: [] }));
      })} />);
    const input = ui.container.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File(['x'], PTP_NAME)] });
    await act(async () => { input.dispatchEvent(new Event('change', { bubbles: true })); });
    await waitFor(() => expect(ui.container.textContent).toContain(`Reading ${PTP_NAME}: 1.0 of 4.0 MB, 12,345 rows`));
    expect(ui.container.querySelector('progress')!.getAttribute('value')).toBe('1000000');
    await act(async () => [...ui.container.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click());
    await waitFor(() => expect(ui.container.textContent).toContain('Import cancelled; nothing was changed.'));
    expect(signal?.aborted).toBe(true);
    expect(input.disabled).toBe(false);
  });
});
