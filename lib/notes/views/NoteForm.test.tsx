import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNotesService, type ClaimContext, type NotesService } from '@/lib/notes/service';
import { openTestDb } from '@/test/support/notes';
import { NotesTab } from './NotesTab';

const PASS = 'correct horse battery staple';
const A: ClaimContext = { claimNumber: 'ICN-A-0001', payer: 'Acme Health', serviceDate: '2026-09-01', amount: 120 };
const B: ClaimContext = { claimNumber: 'ICN-B-0002', payer: 'Beta Plan', serviceDate: '2026-09-02', amount: 80 };

let showClaim: (claim: ClaimContext) => void = () => undefined;
/** The side panel following a portal: the claim on the page can change under an open note. */
function Portal({ service }: { service: NotesService }) {
  const [claim, setClaim] = useState<ClaimContext>(A);
  useEffect(() => {
    showClaim = setClaim;
  }, []);
  return <NotesTab service={service} claim={claim} today="2026-11-26" onDownload={() => undefined} pollMs={50} />;
}

const claimNumber = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Claim number' });
const reference = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Reference number' });

async function typedOnA() {
  const user = userEvent.setup();
  await fakeBrowser.storage.session.clear();
  const service = createNotesService({ db: openTestDb(), session: fakeBrowser.storage.session });
  await service.createVault(PASS, PASS);
  render(<Portal service={service} />);
  await waitFor(() => expect(claimNumber().value).toBe(A.claimNumber));
  await user.type(screen.getByRole('textbox', { name: 'Rep name' }), 'Rep Dana');
  await user.type(reference(), 'REF-A-77');
  // The portal moves to the next claim while the note is open.
  await act(async () => showClaim(B));
  await screen.findByRole('alertdialog');
  return { user, service };
}

describe('a note draft is not carried to the next claim (issue 17 item 1)', () => {
  it('asks; the typed fields stay on their claim and cannot be saved under the new one', async () => {
    const { user, service } = await typedOnA();
    expect(screen.getByRole('alertdialog').textContent).toContain('ICN-A-0001');
    expect(claimNumber().value).toBe(A.claimNumber);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save note' }).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Keep it on ICN-A-0001 (saved as a draft)' }));
    await waitFor(() => expect(reference().value).toBe(''));
    expect(claimNumber().value).toBe(B.claimNumber);
    expect((await service.loadDraft(A.claimNumber))?.content.referenceNumber).toBe('REF-A-77');
    expect(await service.loadDraft(B.claimNumber)).toBeNull();
    expect((await service.notesForClaim(B.claimNumber)).records).toEqual([]);
  });

  it('moves them when asked', async () => {
    const { user, service } = await typedOnA();
    await user.click(screen.getByRole('button', { name: 'Move it to ICN-B-0002' }));
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Save note' });
    await waitFor(() => expect(save.disabled).toBe(false));
    await user.click(save);
    await waitFor(async () => expect((await service.notesForClaim(B.claimNumber)).records.map((n) => n.referenceNumber)).toEqual(['REF-A-77']));
    expect((await service.notesForClaim(A.claimNumber)).records).toEqual([]);
  });

  it('discards them when asked', async () => {
    const { user, service } = await typedOnA();
    await user.click(screen.getByRole('button', { name: 'Discard it' }));
    await waitFor(() => expect(reference().value).toBe(''));
    expect(await service.loadDraft(A.claimNumber)).toBeNull();
  });
});
