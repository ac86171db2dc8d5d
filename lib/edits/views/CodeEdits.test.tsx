import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleEdits } from '@/test/support/edits/sample';
import { codeEditsSummary } from '@/lib/edits/lookup';
import { CodeEdits, EditsLookupContext, type EditsLookup } from './CodeEdits';

describe('CodeEdits (lookup detail)', () => {
  it('shows the MUE and the PTP partners in force on the date, from the service worker\'s answer', async () => {
    const index = await sampleEdits();
    const asked: unknown[] = [];
    const lookup: EditsLookup = async (req) => { asked.push(req); return codeEditsSummary(index, req.code, req.dos, req.setting); };
    const { container } = render(<EditsLookupContext.Provider value={lookup}><CodeEdits code="20000" dos="2026-03-02" /></EditsLookupContext.Provider>);
    await waitFor(() => expect(container.textContent).toContain('NCCI edits on 2026-03-02'));
    expect(asked).toEqual([{ code: '20000', dos: '2026-03-02', setting: 'practitioner' }]);
    expect(container.textContent).toContain('No MUE for this code in the imported practitioner table.');
    expect(container.textContent).toContain('Bundles these codes (column 2) — 2');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['20001 (indicator 0)', '99213 (indicator 1)']);
  });

  it('shows an MUE and the add-on primaries; nothing at all without imported edits', async () => {
    const index = await sampleEdits();
    const { container, rerender } = render(<EditsLookupContext.Provider value={async (r) => codeEditsSummary(index, r.code, r.dos, r.setting)}><CodeEdits code="20021" dos="2026-03-02" /></EditsLookupContext.Provider>);
    await waitFor(() => expect(container.textContent).toContain('Add-on code (type 1); primaries: 20020'));
    rerender(<EditsLookupContext.Provider value={async (r) => codeEditsSummary(index, r.code, r.dos, r.setting)}><CodeEdits code="20011" dos="2026-03-02" /></EditsLookupContext.Provider>);
    await waitFor(() => expect(container.textContent).toContain('MUE (practitioner): 2 (MAI 2: date of service, policy) — 2026 Q2, MCR_MUE_PractitionerServices_Eff_04-01-2026.csv'));
    rerender(<EditsLookupContext.Provider value={async (r) => codeEditsSummary(null, r.code, r.dos, r.setting)}><CodeEdits code="20012" dos="2026-03-02" /></EditsLookupContext.Provider>);
    await waitFor(() => expect(container.textContent).toBe(''));
  });
});
