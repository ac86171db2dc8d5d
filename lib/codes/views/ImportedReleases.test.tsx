import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { ADDENDA_2027, FY2027, cmsZip, orderFile, tinyTables } from '@/test/support/codes/release-files';
import { importReleaseFromFile, listImportedReleases, removeImportedRelease } from '@/lib/codes/releases/browser';
import { ReleaseStore } from '@/lib/codes/releases/store';
import { ImportedReleases, type ImportedReleasesDeps } from './ImportedReleases';
import codeData from '@/lib/codes/strings';
import type { ReleaseErrorKind } from '@/lib/codes/releases/model';

const stores: ReleaseStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));

/** The view wired as options wires it, over a private database, tiny tables and no worker (in-process). */
function wired(): { deps: ImportedReleasesDeps; store: ReleaseStore } {
  const store = new ReleaseStore({ indexedDB: new IDBFactory(), IDBKeyRange }, `view-${stores.length}`);
  stores.push(store);
  const tables = tinyTables();
  const listeners = new Set<() => void>();
  const changed = async () => {
    tables.setImportedReleases(await store.loadAll());
    listeners.forEach((l) => l());
  };
  const deps: ImportedReleasesDeps = {
    tables: async () => tables,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    list: () => listImportedReleases(store),
    importFile: (file, onProgress) => {
      const job = importReleaseFromFile(file, onProgress, { store, spawn: null });
      return { cancel: job.cancel, done: job.done.then(async (o) => (await changed(), o)) };
    },
    remove: async (id) => {
      await removeImportedRelease(id, { store });
      await changed();
    },
  };
  return { deps, store };
}

/** Picks a file in the import control, then waits until the import is over. */
async function choose(user: UserEvent, name: string, bytes: Uint8Array): Promise<void> {
  await user.upload(screen.getByLabelText('Import a release file'), new File([bytes as Uint8Array<ArrayBuffer>], name));
  await waitFor(() => expect(screen.queryByText(/^Reading/)).toBeNull());
}

describe('ImportedReleases (options)', () => {
  it('imports a zip, shows coverage and changes, refuses a broken file keeping the import, removes one release', async () => {
    const { deps, store } = wired();
    const user = userEvent.setup();
    const { container } = render(<ImportedReleases deps={deps} />);
    const text = () => container.textContent ?? '';
    await waitFor(() => expect(text()).toContain('No release imported.'));

    await choose(user, '2027-code-descriptions-tabular-order.zip', cmsZip(2027, { order: orderFile(FY2027), orderAddenda: ADDENDA_2027 }));
    await waitFor(() => expect(text()).toContain(`Imported ICD-10-CM FY2027 (October 1, 2026 release): ${FY2027.length} codes from 2027-code-descriptions-tabular-order.zip.`));
    expect(text()).toContain('Unverified file');
    await waitFor(() => expect(text()).toContain('Compared with icd10cm-fy2026: 2 added, 1 deleted, 1 titles revised.'));
    const coverage = screen.getByRole('table', { name: 'Which release answers which dates of service' });
    const rows = within(within(coverage).getAllByRole('rowgroup')[1]!).getAllByRole('row').map((r) => r.textContent);
    expect(rows.some((r) => r!.includes('10/01/2026') && r!.includes('ICD-10-CM FY2027') && r!.includes('Unverified'))).toBe(true);
    expect(rows.some((r) => r!.includes('10/01/2025 to 09/30/2026') && r!.includes('Bundled'))).toBe(true);

    const cut = orderFile(FY2027);
    await choose(user, 'icd10cm_order_2028.txt', new TextEncoder().encode(cut.slice(0, cut.length - 10)));
    expect(screen.getByRole('alert').textContent).toContain('icd10cm_order_2028.txt, line 11: the file stops in the middle of this line');
    expect((await store.list()).map((m) => m.id)).toEqual(['icd10cm-fy2027']);

    const imported = within(screen.getByRole('list', { name: 'Imported releases' })).getAllByRole('listitem');
    const fy2027 = imported.find((li) => within(li).queryByText(/^ICD-10-CM FY2027/))!;
    await user.click(within(fy2027).getByRole('button', { name: 'Remove this release' }));
    await user.click(within(screen.getByRole('group', { name: 'Remove this release' })).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(text()).toContain('No release imported.'));
    expect(await store.list()).toEqual([]);
  });

  it('shows a progress bar and a Cancel button only once an import lasts past half a second; Cancel stops it', async () => {
    const { deps } = wired();
    let cancelled = false;
    let finish: (() => void) | null = null;
    deps.importFile = (file, onProgress) => {
      onProgress({ fraction: 0.4, stage: 'parse' });
      const done = new Promise<void>((resolve) => (finish = resolve)).then(() => ({ ok: false as const, reason: 'cancelled' as const, fileName: file.name }));
      return { done, cancel: () => ((cancelled = true), finish!()) };
    };
    const user = userEvent.setup();
    const { container } = render(<ImportedReleases deps={deps} />);
    const text = () => container.textContent ?? '';
    await user.upload(screen.getByLabelText('Import a release file'), new File(['x'], 'icd10cm_order_2027.txt'));
    const bar = () => screen.queryByRole('progressbar', { name: 'Import progress' });
    const cancel = () => screen.queryByRole('button', { name: 'Cancel' });
    // A quick import shows only the "Reading" line: no bar flashing on screen.
    expect(text()).toContain('Reading icd10cm_order_2027.txt');
    expect(bar()).toBeNull();
    expect(cancel()).toBeNull();
    const shown = await screen.findByRole('progressbar', { name: 'Import progress' }, { timeout: 2_000 });
    expect(shown.getAttribute('value')).toBe('0.4');
    await user.click(cancel()!);
    expect(cancelled).toBe(true);
    await waitFor(() => expect(text()).toContain('Import of icd10cm_order_2027.txt cancelled; nothing was changed.'));
    expect(bar()).toBeNull();
  });

  it('has every error kind in English and French', () => {
    const kinds: ReleaseErrorKind[] = ['empty', 'tooBig', 'badZip', 'noReleaseFile', 'unknownFile', 'noYear', 'format', 'noTrailingNewline', 'incomplete', 'addendaMismatch', 'codesMismatch', 'mixedReleases', 'cancelled'];
    for (const locale of ['en', 'fr'] as const) for (const k of kinds) expect(codeData[locale][`codeData.releases.error.${k}`], `${locale} ${k}`).toBeTruthy();
  });
});
