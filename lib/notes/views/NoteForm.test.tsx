import { act, useEffect, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNotesService, type ClaimContext, type NotesService } from '@/lib/notes/service';
import { openTestDb } from '@/test/support/notes';
import { button, click, field, mount, type, waitFor, type Mounted } from '@/test/support/notes-dom';
import { NotesTab } from './NotesTab';

const PASS = 'correct horse battery staple';
const A: ClaimContext = { claimNumber: 'ICN-A-0001', payer: 'Acme Health', serviceDate: '2026-09-01', amount: 120 };
const B: ClaimContext = { claimNumber: 'ICN-B-0002', payer: 'Beta Plan', serviceDate: '2026-09-02', amount: 80 };

let mounted: Mounted | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

let showClaim: (claim: ClaimContext) => void = () => undefined;
function Portal({ service }: { service: NotesService }) {
  const [claim, setClaim] = useState<ClaimContext>(A);
  useEffect(() => {
    showClaim = setClaim;
  }, []);
  return <NotesTab service={service} claim={claim} today="2026-11-26" onDownload={() => undefined} pollMs={50} />;
}

async function typedOnA(): Promise<{ c: HTMLElement; service: NotesService }> {
  await fakeBrowser.storage.session.clear();
  const service = createNotesService({ db: openTestDb(), session: fakeBrowser.storage.session });
  await service.createVault(PASS, PASS);
  mounted = await mount(<Portal service={service} />);
  const c = mounted.container;
  await waitFor(() => expect((field(c, 'Claim number') as HTMLInputElement).value).toBe(A.claimNumber));
  await type(field(c, 'Rep name'), 'Rep Dana');
  await type(field(c, 'Reference number'), 'REF-A-77');
  // The portal moves to the next claim while the note is open.
  await act(async () => showClaim(B));
  await waitFor(() => c.querySelector('[role="alertdialog"]'));
  return { c, service };
}

describe('a note draft is not carried to the next claim (issue 17 item 1)', () => {
  it('asks; the typed fields stay on their claim and cannot be saved under the new one', async () => {
    const { c, service } = await typedOnA();
    expect(c.querySelector('[role="alertdialog"]')!.textContent).toContain('ICN-A-0001');
    expect((field(c, 'Claim number') as HTMLInputElement).value).toBe(A.claimNumber);
    expect(button(c, 'Save note').disabled).toBe(true);
    await click(button(c, 'Keep it on ICN-A-0001 (saved as a draft)'));
    await waitFor(() => expect((field(c, 'Reference number') as HTMLInputElement).value).toBe(''));
    expect((field(c, 'Claim number') as HTMLInputElement).value).toBe(B.claimNumber);
    expect((await service.loadDraft(A.claimNumber))?.content.referenceNumber).toBe('REF-A-77');
    expect(await service.loadDraft(B.claimNumber)).toBeNull();
    expect((await service.notesForClaim(B.claimNumber)).records).toEqual([]);
  });

  it('moves them when asked, or discards them', async () => {
    const moved = await typedOnA();
    await click(button(moved.c, 'Move it to ICN-B-0002'));
    await waitFor(() => expect(button(moved.c, 'Save note').disabled).toBe(false));
    await click(button(moved.c, 'Save note'));
    await waitFor(() => expect(moved.c.textContent).toMatch(/Note saved|not/));
    await waitFor(async () => expect((await moved.service.notesForClaim(B.claimNumber)).records.map((n) => n.referenceNumber)).toEqual(['REF-A-77']));
    expect((await moved.service.notesForClaim(A.claimNumber)).records).toEqual([]);
    await mounted!.unmount();
    mounted = null;

    const discarded = await typedOnA();
    await click(button(discarded.c, 'Discard it'));
    await waitFor(() => expect((field(discarded.c, 'Reference number') as HTMLInputElement).value).toBe(''));
    expect(await discarded.service.loadDraft(A.claimNumber)).toBeNull();
  });
});
