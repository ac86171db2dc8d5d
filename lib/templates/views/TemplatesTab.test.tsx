import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TabInsertOutcome } from '@/lib/templates/insert';
import { BUILT_IN_TEMPLATES, type ImportResult, type Template } from '@/lib/templates';
import { sampleClaim, samplePractice } from '@/test/support/templates';
import { TemplatesTab, type TemplatesTabProps } from './TemplatesTab';

function props(over: Partial<TemplatesTabProps> = {}): TemplatesTabProps {
  return {
    claim: sampleClaim(),
    practice: samplePractice(),
    locale: 'en',
    templates: [...BUILT_IN_TEMPLATES],
    today: '2026-11-26',
    onInsert: vi.fn(async (): Promise<TabInsertOutcome> => ({ ok: true })),
    onCopy: vi.fn(),
    onSaveToNotes: vi.fn(),
    onSaveUserTemplate: vi.fn(),
    onDeleteUserTemplate: vi.fn(),
    onImport: vi.fn(async (): Promise<ImportResult> => ({ ok: true, added: 1, replaced: 0, warnings: [], templates: [] })),
    onExport: vi.fn(),
    ...over,
  };
}

/** Renders the tab; the user-event instance drives it as a user would. */
function show(p: TemplatesTabProps) {
  return { user: userEvent.setup(), ...render(<TemplatesTab {...p} />) };
}

const button = (name: string) => screen.getByRole('button', { name });
const hasButton = (name: string): boolean => screen.queryByRole('button', { name }) !== null;
const textbox = <T extends HTMLElement = HTMLInputElement>(name: string) => screen.getByRole<T>('textbox', { name });
const select = (name: string) => screen.getByRole<HTMLSelectElement>('combobox', { name });
const finalText = (): string => textbox<HTMLTextAreaElement>('Final text').value;
/** What the live regions say (the tab's outcome line is one of them). */
const said = (): string[] => screen.getAllByRole('status').map((s) => s.textContent ?? '');
const blanks = () => within(screen.getByRole('region', { name: 'Preview' })).queryAllByRole('mark');

/** Typed as is: user-event reads `{` and `[` as key names unless doubled. */
const literally = (text: string) => text.replace(/[{[]/g, '$&$&');

/** Insert (or copy) a letter that still has blanks: it asks first (issue 17 item 1), the user goes ahead. */
async function anyway(user: UserEvent, name: 'Insert into page' | 'Copy'): Promise<void> {
  await user.click(button(name));
  expect(screen.getByRole('alertdialog').textContent).toMatch(/blanks? (is|are) still empty/);
  await user.click(button(name === 'Copy' ? 'Copy anyway' : 'Insert anyway'));
}

/** Replaces what a field holds, the way a user selects it all and types. */
async function retype(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  if (text) await user.type(field, literally(text));
}

describe('TemplatesTab: choosing and previewing', () => {
  it('lists the suggested template first, selected, and fills it from the claim', () => {
    show(props({ suggestedTemplateId: 'bundling-modifier' }));
    const template = select('Template');
    expect(template.value).toBe('bundling-modifier');
    expect(within(template).getAllByRole('option')[0]!.textContent).toBe('Suggested: Bundling / NCCI appeal with modifier (CO-97)');
    expect(finalText()).toContain('Claim number: ICN2026031400123');
    expect(finalText()).toContain('Line 1: 99214-25');
  });

  it('highlights the variables that have no value and offers a field for each', async () => {
    const { user, container } = show(props({ suggestedTemplateId: 'call-note' }));
    expect(blanks().map((m) => m.textContent)).toEqual(['{{repName}}', '{{callReference}}', '{{nextFollowUp}}']);
    expect(container.textContent).toContain('Fill in the blanks (3)');
    expect(container.textContent).toContain('Blanks left in the text: 3.');
    await user.type(textbox('Call reference number'), 'REF-9981');
    expect(finalText()).toContain('Call reference #: REF-9981');
    expect(blanks()).toHaveLength(2);
    // The field being typed into stays while its blank is filled.
    expect(textbox('Call reference number').value).toBe('REF-9981');
  });

  it('renders claim values as text, never as markup', () => {
    const claim = { ...sampleClaim(), patientName: '<img src=x onerror=alert(1)>' };
    show(props({ claim, suggestedTemplateId: 'call-note' }));
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).queryByRole('img')).toBeNull();
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('switches the letter language', async () => {
    const { user } = show(props({ suggestedTemplateId: 'medical-necessity' }));
    await user.selectOptions(select('Letter language'), 'fr');
    expect(finalText()).toContain('Numéro de réclamation : ICN2026031400123');
    expect(finalText()).toContain('Montant facturé : 1 234,56 $ US');
  });

  it('letters default to English whatever the UI language; the user can switch', async () => {
    const { user } = show(props({ locale: 'fr', suggestedTemplateId: 'medical-necessity' }));
    expect(select('Letter language').value).toBe('en');
    expect(finalText()).toContain('Claim number: ICN2026031400123');
    await user.selectOptions(select('Letter language'), 'fr');
    expect(finalText()).toContain('Numéro de réclamation : ICN2026031400123');
  });

  it('says when no claim is open and leaves claim fields as blanks', () => {
    const { container } = show(props({ claim: null, suggestedTemplateId: 'call-note' }));
    expect(container.textContent).toContain('No claim is open');
    expect(finalText()).toContain('Claim {{claimNumber}}');
  });

  it('keeps the user\'s edits when blanks change, until "Reset to template"', async () => {
    const { user } = show(props({ suggestedTemplateId: 'call-note' }));
    await retype(user, textbox('Final text'), 'My own words');
    await user.type(textbox('Representative name'), 'Dana');
    expect(finalText()).toBe('My own words');
    await user.click(button('Reset to template'));
    expect(finalText()).toContain('Spoke with: Dana');
  });
});

describe('TemplatesTab: insert, copy, save to notes', () => {
  it('inserts the final text and confirms', async () => {
    const p = props({ suggestedTemplateId: 'timely-filing' });
    const { user } = show(p);
    await anyway(user, 'Insert into page');
    expect(p.onInsert).toHaveBeenCalledWith(finalText(), { allowTruncate: false, confirmedOrigin: null });
    expect(said()).toContain('Inserted into the page.');
  });

  it('shows the maxlength warning with the cut text, and cuts only on the explicit action', async () => {
    const onInsert = vi.fn(async (_text: string, opts: { allowTruncate: boolean }): Promise<TabInsertOutcome> =>
      opts.allowTruncate
        ? { ok: true, cut: 'the tail' }
        : { ok: false, reason: 'maxlength', maxLength: 200, limitSource: 'attribute', fits: 'head', wouldCut: 'the tail' });
    const { user } = show(props({ onInsert, suggestedTemplateId: 'reconsideration' }));
    await anyway(user, 'Insert into page');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('at most 200 characters: 8 characters of this text would be cut. Nothing was inserted.');
    expect(within(alert).getByLabelText('Text that would be cut').textContent).toBe('the tail');
    expect(onInsert).toHaveBeenCalledTimes(1);
    await user.click(button('Insert anyway, cut to fit'));
    expect(onInsert).toHaveBeenLastCalledWith(expect.any(String), { allowTruncate: true, confirmedOrigin: null });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(said()).toContain('Inserted into the page. 8 characters were left out to fit the field.');
  });

  it('tells the user to click into the portal field when nothing has the focus', async () => {
    const { user } = show(props({ onInsert: async () => ({ ok: false, reason: 'no-target' }) }));
    await anyway(user, 'Insert into page');
    expect(said()).toContain('Click into the portal field first, then insert again.');
  });

  it('says how to get access when the extension may not script the page', async () => {
    const { user } = show(props({ onInsert: async () => ({ ok: false, reason: 'no-access' }) }));
    await anyway(user, 'Insert into page');
    expect(said()).toContain('Remit Ranger cannot write into this page. Enable it on this site (Claim tab), or right-click the field and choose "Insert template", or use Copy.');
  });

  it('reports a page that cannot be reached', async () => {
    const { user } = show(props({ onInsert: async () => { throw new Error('No content script'); } }));
    await anyway(user, 'Insert into page');
    expect(said()).toContain('Could not reach the page: No content script');
  });

  it('inserts with Ctrl+Enter from the final text', async () => {
    const p = props();
    const { user } = show(p);
    await user.click(textbox('Final text'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    // The letter still has blanks: the shortcut asks too.
    expect(p.onInsert).not.toHaveBeenCalled();
    await user.click(button('Insert anyway'));
    expect(p.onInsert).toHaveBeenCalledTimes(1);
  });

  it('copies with the PHI flag set when claim data is in the text', async () => {
    const p = props({ suggestedTemplateId: 'call-note' });
    const { user } = show(p);
    await anyway(user, 'Copy');
    expect(p.onCopy).toHaveBeenCalledWith(finalText(), { phi: true });
    expect(said()).toContainEqual(expect.stringContaining('will be cleared shortly'));
  });

  it('copies a letter with no patient data without the PHI flag', async () => {
    const mine: Template = { id: 'sig', builtIn: false, name: { en: 'Signature only', fr: '' }, body: { en: '{{signature}}', fr: '' }, denialCodes: [] };
    const p = props({ claim: null, templates: [mine] });
    const { user } = show(p);
    await user.click(button('Copy'));
    expect(p.onCopy).toHaveBeenCalledWith('Alex Biller, CPC\nReimbursement Specialist', { phi: false });
  });

  it('saves the final text to notes with the template it came from, and hides the button without a vault', async () => {
    const p = props({ suggestedTemplateId: 'call-note' });
    const { user, rerender } = show(p);
    await user.click(button('Save to notes'));
    expect(p.onSaveToNotes).toHaveBeenCalledWith(finalText(), 'call-note');
    expect(said()).toContain("Saved to this claim's notes.");
    rerender(<TemplatesTab {...props({ onSaveToNotes: undefined })} />);
    expect(hasButton('Save to notes')).toBe(false);
  });
});

describe('TemplatesTab: user templates', () => {
  it('copies a built-in to my templates and opens it in the editor; built-ins have no Edit', async () => {
    const p = props({ suggestedTemplateId: 'timely-filing' });
    const { user } = show(p);
    expect(hasButton('Edit template')).toBe(false);
    await user.click(button('Copy to my templates'));
    const saved = vi.mocked(p.onSaveUserTemplate).mock.calls[0]![0];
    expect(saved).toMatchObject({ id: 'timely-filing-copy', builtIn: false, name: { en: 'Proof of timely filing (CO-29) (copy)' } });
    expect(saved.body).toEqual(BUILT_IN_TEMPLATES[2]!.body);
    expect(screen.queryByRole('form', { name: 'Template editor' })).not.toBeNull();
  });

  it('edits a user template: validates, warns about unknown variables, saves', async () => {
    // French body left empty: with the English one emptied too, the template has no text at all.
    const mine: Template = { id: 'mine', builtIn: false, name: { en: 'Mine', fr: 'Le mien' }, body: { en: 'Hi {{payer}}', fr: '' }, denialCodes: [] };
    const p = props({ templates: [...BUILT_IN_TEMPLATES, mine], suggestedTemplateId: 'mine' });
    const { user, container } = show(p);
    await user.click(button('Edit template'));
    await user.clear(textbox('Text (English)'));
    await user.click(button('Save template'));
    expect(screen.getByRole('alert').textContent).toBe('Template Mine has no text.');
    expect(p.onSaveUserTemplate).not.toHaveBeenCalled();
    await retype(user, textbox('Text (English)'), 'Dear {{payer}}, {{mystery}}');
    await retype(user, textbox('Denial codes it answers'), 'co-50, CO-151');
    expect(container.textContent).toContain('Nothing fills these variables: mystery.');
    await user.click(button('Save template'));
    expect(p.onSaveUserTemplate).toHaveBeenCalledWith({
      id: 'mine', builtIn: false, name: { en: 'Mine', fr: 'Le mien' }, body: { en: 'Dear {{payer}}, {{mystery}}', fr: '' }, denialCodes: ['CO-50', 'CO-151'],
    });
    expect(screen.queryByRole('form', { name: 'Template editor' })).toBeNull();
  });

  it('deletes a user template only after confirmation', async () => {
    const mine: Template = { id: 'mine', builtIn: false, name: { en: 'Mine', fr: '' }, body: { en: 'x', fr: '' }, denialCodes: [] };
    const p = props({ templates: [mine, ...BUILT_IN_TEMPLATES] });
    const { user } = show(p);
    await user.click(button('Delete template'));
    expect(p.onDeleteUserTemplate).not.toHaveBeenCalled();
    await user.click(button('Confirm: delete this template'));
    expect(p.onDeleteUserTemplate).toHaveBeenCalledWith('mine');
  });

  it('creates a new template in the letter language', async () => {
    const p = props();
    const { user } = show(p);
    await user.click(button('New template'));
    await retype(user, textbox('Text (English)'), 'Claim {{claimNumber}}');
    await user.click(button('Save template'));
    expect(p.onSaveUserTemplate).toHaveBeenCalledWith(expect.objectContaining({
      id: 'my-template', builtIn: false, name: { en: 'My template', fr: '' }, body: { en: 'Claim {{claimNumber}}', fr: '' },
    }));
  });

  it('imports a file and lists every error when it is refused', async () => {
    const onImport = vi.fn(async (): Promise<ImportResult> => ({
      ok: false, errors: [{ key: 'templates.error.noBody', params: { where: '#2' } }, { key: 'templates.error.badId', params: { where: '#3' } }],
    }));
    const { user } = show(props({ onImport }));
    const file = new File(['{"format":"remit-ranger-templates"}'], 'mine.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import templates'), file);
    await waitFor(() => expect(onImport).toHaveBeenCalledWith('{"format":"remit-ranger-templates"}'));
    const items = await waitFor(() => within(screen.getByRole('alert')).getAllByRole('listitem').map((li) => li.textContent));
    expect(items).toEqual(['Template #2 has no text.', 'Template #3 has no valid id (lower-case letters, digits and dashes).']);
  });

  it('exports through the shell', async () => {
    const p = props();
    const { user } = show(p);
    await user.click(button('Export my templates'));
    expect(p.onExport).toHaveBeenCalledTimes(1);
  });
});
