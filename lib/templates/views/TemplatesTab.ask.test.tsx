/**
 * Before a letter leaves (issue 17 item 1): blanks left ask first, a field on another site than the
 * claim's asks first, a site that is not enabled is refused with what to do.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabInsertOutcome } from '@/lib/templates/insert';
import { BUILT_IN_TEMPLATES, type Template } from '@/lib/templates';
import { sampleClaim, samplePractice } from '@/test/support/templates';
import { TemplatesTab, type TemplatesTabProps } from './TemplatesTab';

afterEach(cleanup);

const noBlanks: Template = { id: 'short', builtIn: false, name: { en: 'Short', fr: '' }, body: { en: 'Claim {{claimNumber}} for {{patientName}}.', fr: '' }, denialCodes: [] };

function props(over: Partial<TemplatesTabProps> = {}): TemplatesTabProps {
  return {
    claim: sampleClaim(),
    claimOrigin: 'https://portal.example.com',
    practice: samplePractice(),
    locale: 'en',
    templates: [noBlanks, ...BUILT_IN_TEMPLATES],
    today: '2026-11-26',
    onInsert: vi.fn(async (): Promise<TabInsertOutcome> => ({ ok: true })),
    onCopy: vi.fn(),
    onSaveUserTemplate: vi.fn(),
    onDeleteUserTemplate: vi.fn(),
    onImport: vi.fn(),
    onExport: vi.fn(),
    ...over,
  };
}

describe('a letter with blanks left asks before insert or copy', () => {
  it('sends nothing until the user goes ahead; "Go back" keeps the letter', async () => {
    const user = userEvent.setup();
    const p = props({ suggestedTemplateId: 'timely-filing' });
    render(<TemplatesTab {...p} />);
    await user.click(screen.getByRole('button', { name: 'Insert into page' }));
    const ask = screen.getByRole('alertdialog');
    expect(ask.textContent).toMatch(/\d+ blanks? (is|are) still empty in the letter/);
    expect(p.onInsert).not.toHaveBeenCalled();
    await user.click(within(ask).getByRole('button', { name: 'Go back and fill them' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(p.onCopy).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Copy anyway' }));
    expect(p.onCopy).toHaveBeenCalledTimes(1);
  });

  it('a letter without blanks goes at once', async () => {
    const user = userEvent.setup();
    const p = props({ suggestedTemplateId: 'short' });
    render(<TemplatesTab {...p} />);
    await user.click(screen.getByRole('button', { name: 'Insert into page' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(p.onInsert).toHaveBeenCalledWith('Claim ICN2026031400123 for Jordan Sample.', { allowTruncate: false, confirmedOrigin: null });
  });
});

describe('a field on another site than the claim\'s', () => {
  it('asks, naming the claim and both sites, and inserts there only once confirmed', async () => {
    const user = userEvent.setup();
    const onInsert = vi.fn(async (_text: string, opts: { confirmedOrigin: string | null }): Promise<TabInsertOutcome> =>
      opts.confirmedOrigin === 'https://other.example.org' ? { ok: true } : { ok: false, reason: 'other-origin', origin: 'https://other.example.org' });
    render(<TemplatesTab {...props({ onInsert, suggestedTemplateId: 'short' })} />);
    await user.click(screen.getByRole('button', { name: 'Insert into page' }));
    const ask = screen.getByRole('alertdialog', { name: 'Insert on another site?' });
    expect(ask.textContent).toContain('This letter is for claim ICN2026031400123, read on https://portal.example.com. The field you clicked is on https://other.example.org.');
    expect(screen.getByRole('status').textContent).toBe('');
    await user.click(within(ask).getByRole('button', { name: 'Insert on https://other.example.org' }));
    expect(onInsert).toHaveBeenLastCalledWith(expect.any(String), { allowTruncate: false, confirmedOrigin: 'https://other.example.org' });
    expect(screen.getByRole('status').textContent).toBe('Inserted into the page.');
  });

  it('Cancel inserts nothing, and a confirmation is forgotten when the letter moves to another claim', async () => {
    const user = userEvent.setup();
    const onInsert = vi.fn(async (): Promise<TabInsertOutcome> => ({ ok: false, reason: 'other-origin', origin: 'https://other.example.org' }));
    const { rerender } = render(<TemplatesTab {...props({ onInsert, suggestedTemplateId: 'short' })} />);
    await user.click(screen.getByRole('button', { name: 'Insert into page' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Insert into page' }));
    await user.click(screen.getByRole('button', { name: 'Insert on https://other.example.org' }));
    expect(onInsert).toHaveBeenLastCalledWith(expect.any(String), expect.objectContaining({ confirmedOrigin: 'https://other.example.org' }));
    rerender(<TemplatesTab {...props({ onInsert, suggestedTemplateId: 'short', claim: { ...sampleClaim(), claimNumber: 'OTHER-1' } })} />);
    await user.click(screen.getByRole('button', { name: 'Insert into page' }));
    expect(onInsert).toHaveBeenLastCalledWith(expect.any(String), expect.objectContaining({ confirmedOrigin: null }));
  });

  it('a site that is not enabled is refused with what to do', async () => {
    const user = userEvent.setup();
    render(<TemplatesTab {...props({ suggestedTemplateId: 'short', onInsert: async () => ({ ok: false, reason: 'not-enabled', origin: 'https://evil.example.net' }) })} />);
    await user.click(screen.getByRole('button', { name: 'Insert into page' }));
    expect(screen.getByRole('status').textContent).toContain('The field is on https://evil.example.net, where Remit Ranger is not enabled');
  });
});
