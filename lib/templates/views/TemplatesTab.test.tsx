import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { TabInsertOutcome } from '@/lib/templates/insert';
import { BUILT_IN_TEMPLATES, type ImportResult, type Template } from '@/lib/templates';
import { sampleClaim, samplePractice } from '@/test/support/templates';
import { TemplatesTab, type TemplatesTabProps } from './TemplatesTab';
import { field as fieldIn, setControlValue, typeInto, setupTestRoot } from '@/test/support/templates-views';

const ui = setupTestRoot();

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

async function show(p: TemplatesTabProps): Promise<void> {
  await ui.render(<TemplatesTab {...p} />);
}

function button(name: string): HTMLButtonElement {
  const found = [...ui.container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}
const hasButton = (name: string): boolean => [...ui.container.querySelectorAll('button')].some((b) => b.textContent === name);
const field = <T extends Element = HTMLInputElement>(name: string): T => fieldIn<T>(ui.container, name);
const type = typeInto;
const choose = (select: HTMLSelectElement, value: string): Promise<void> => setControlValue(select, value, 'change');

async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
}

/** Insert (or copy) a letter that still has blanks: it asks first (issue 17 item 1), the user goes ahead. */
async function anyway(name: 'Insert into page' | 'Copy'): Promise<void> {
  await click(button(name));
  expect(ui.container.querySelector('[role="alertdialog"]')?.textContent).toMatch(/blanks? (is|are) still empty/);
  await click(button(name === 'Copy' ? 'Copy anyway' : 'Insert anyway'));
}

const finalText = (): string => field<HTMLTextAreaElement>('Final text').value;
const statusText = (): string => ui.container.querySelector('[role="status"].tpl-ok, [role="status"].tpl-error')?.textContent ?? '';

describe('TemplatesTab: choosing and previewing', () => {
  it('lists the suggested template first, selected, and fills it from the claim', async () => {
    await show(props({ suggestedTemplateId: 'bundling-modifier' }));
    const select = field<HTMLSelectElement>('Template');
    expect(select.value).toBe('bundling-modifier');
    expect(select.options[0]!.textContent).toBe('Suggested: Bundling / NCCI appeal with modifier (CO-97)');
    expect(finalText()).toContain('Claim number: ICN2026031400123');
    expect(finalText()).toContain('Line 1: 99214-25');
  });

  it('highlights the variables that have no value and offers a field for each', async () => {
    await show(props({ suggestedTemplateId: 'call-note' }));
    const marks = [...ui.container.querySelectorAll('.tpl-preview mark')].map((m) => m.textContent);
    expect(marks).toEqual(['{{repName}}', '{{callReference}}', '{{nextFollowUp}}']);
    expect(ui.container.textContent).toContain('Fill in the blanks (3)');
    expect(ui.container.textContent).toContain('Blanks left in the text: 3.');
    await type(field('Call reference number'), 'REF-9981');
    expect(finalText()).toContain('Call reference #: REF-9981');
    expect([...ui.container.querySelectorAll('.tpl-preview mark')]).toHaveLength(2);
    // The field being typed into stays while its blank is filled.
    expect(field('Call reference number').value).toBe('REF-9981');
  });

  it('renders claim values as text, never as markup', async () => {
    const claim = { ...sampleClaim(), patientName: '<img src=x onerror=alert(1)>' };
    await show(props({ claim, suggestedTemplateId: 'call-note' }));
    expect(ui.container.querySelector('.tpl-preview img')).toBeNull();
    expect(ui.container.querySelector('.tpl-preview')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('switches the letter language', async () => {
    await show(props({ suggestedTemplateId: 'medical-necessity' }));
    await choose(field<HTMLSelectElement>('Letter language'), 'fr');
    expect(finalText()).toContain('Numéro de réclamation : ICN2026031400123');
    expect(finalText()).toContain('Montant facturé : 1 234,56 $ US');
  });

  it('letters default to English whatever the UI language; the user can switch', async () => {
    await show(props({ locale: 'fr', suggestedTemplateId: 'medical-necessity' }));
    expect(field<HTMLSelectElement>('Letter language').value).toBe('en');
    expect(finalText()).toContain('Claim number: ICN2026031400123');
    await choose(field<HTMLSelectElement>('Letter language'), 'fr');
    expect(finalText()).toContain('Numéro de réclamation : ICN2026031400123');
  });

  it('says when no claim is open and leaves claim fields as blanks', async () => {
    await show(props({ claim: null, suggestedTemplateId: 'call-note' }));
    expect(ui.container.textContent).toContain('No claim is open');
    expect(finalText()).toContain('Claim {{claimNumber}}');
  });

  it('keeps the user\'s edits when blanks change, until "Reset to template"', async () => {
    await show(props({ suggestedTemplateId: 'call-note' }));
    await type(field<HTMLTextAreaElement>('Final text'), 'My own words');
    await type(field('Representative name'), 'Dana');
    expect(finalText()).toBe('My own words');
    await click(button('Reset to template'));
    expect(finalText()).toContain('Spoke with: Dana');
  });
});

describe('TemplatesTab: insert, copy, save to notes', () => {
  it('inserts the final text and confirms', async () => {
    const p = props({ suggestedTemplateId: 'timely-filing' });
    await show(p);
    await anyway('Insert into page');
    expect(p.onInsert).toHaveBeenCalledWith(finalText(), { allowTruncate: false, confirmedOrigin: null });
    expect(statusText()).toBe('Inserted into the page.');
  });

  it('shows the maxlength warning with the cut text, and cuts only on the explicit action', async () => {
    const onInsert = vi.fn(async (_text: string, opts: { allowTruncate: boolean }): Promise<TabInsertOutcome> =>
      opts.allowTruncate
        ? { ok: true, cut: 'the tail' }
        : { ok: false, reason: 'maxlength', maxLength: 200, limitSource: 'attribute', fits: 'head', wouldCut: 'the tail' });
    await show(props({ onInsert, suggestedTemplateId: 'reconsideration' }));
    await anyway('Insert into page');
    const alert = ui.container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('at most 200 characters: 8 characters of this text would be cut. Nothing was inserted.');
    expect(alert.querySelector('pre')!.textContent).toBe('the tail');
    expect(onInsert).toHaveBeenCalledTimes(1);
    await click(button('Insert anyway, cut to fit'));
    expect(onInsert).toHaveBeenLastCalledWith(expect.any(String), { allowTruncate: true, confirmedOrigin: null });
    expect(ui.container.querySelector('[role="alert"]')).toBeNull();
    expect(statusText()).toBe('Inserted into the page. 8 characters were left out to fit the field.');
  });

  it('tells the user to click into the portal field when nothing has the focus', async () => {
    await show(props({ onInsert: async () => ({ ok: false, reason: 'no-target' }) }));
    await anyway('Insert into page');
    expect(statusText()).toBe('Click into the portal field first, then insert again.');
  });

  it('says how to get access when the extension may not script the page', async () => {
    await show(props({ onInsert: async () => ({ ok: false, reason: 'no-access' }) }));
    await anyway('Insert into page');
    expect(statusText()).toBe('Remit Ranger cannot write into this page. Enable it on this site (Claim tab), or right-click the field and choose "Insert template", or use Copy.');
  });

  it('reports a page that cannot be reached', async () => {
    await show(props({ onInsert: async () => { throw new Error('No content script'); } }));
    await anyway('Insert into page');
    expect(statusText()).toBe('Could not reach the page: No content script');
  });

  it('inserts with Ctrl+Enter from the final text', async () => {
    const p = props();
    await show(p);
    await act(async () => {
      field<HTMLTextAreaElement>('Final text').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    // The letter still has blanks: the shortcut asks too.
    expect(p.onInsert).not.toHaveBeenCalled();
    await click(button('Insert anyway'));
    expect(p.onInsert).toHaveBeenCalledTimes(1);
  });

  it('copies with the PHI flag set when claim data is in the text', async () => {
    const p = props({ suggestedTemplateId: 'call-note' });
    await show(p);
    await anyway('Copy');
    expect(p.onCopy).toHaveBeenCalledWith(finalText(), { phi: true });
    expect(statusText()).toContain('will be cleared shortly');
  });

  it('copies a letter with no patient data without the PHI flag', async () => {
    const mine: Template = { id: 'sig', builtIn: false, name: { en: 'Signature only', fr: '' }, body: { en: '{{signature}}', fr: '' }, denialCodes: [] };
    const p = props({ claim: null, templates: [mine] });
    await show(p);
    await click(button('Copy'));
    expect(p.onCopy).toHaveBeenCalledWith('Alex Biller, CPC\nReimbursement Specialist', { phi: false });
  });

  it('saves the final text to notes with the template it came from, and hides the button without a vault', async () => {
    const p = props({ suggestedTemplateId: 'call-note' });
    await show(p);
    await click(button('Save to notes'));
    expect(p.onSaveToNotes).toHaveBeenCalledWith(finalText(), 'call-note');
    expect(statusText()).toBe("Saved to this claim's notes.");
    await show(props({ onSaveToNotes: undefined }));
    expect(hasButton('Save to notes')).toBe(false);
  });
});

describe('TemplatesTab: user templates', () => {
  it('copies a built-in to my templates and opens it in the editor; built-ins have no Edit', async () => {
    const p = props({ suggestedTemplateId: 'timely-filing' });
    await show(p);
    expect(hasButton('Edit template')).toBe(false);
    await click(button('Copy to my templates'));
    const saved = vi.mocked(p.onSaveUserTemplate).mock.calls[0]![0];
    expect(saved).toMatchObject({ id: 'timely-filing-copy', builtIn: false, name: { en: 'Proof of timely filing (CO-29) (copy)' } });
    expect(saved.body).toEqual(BUILT_IN_TEMPLATES[2]!.body);
    expect(ui.container.querySelector('form[aria-label="Template editor"]')).not.toBeNull();
  });

  it('edits a user template: validates, warns about unknown variables, saves', async () => {
    // French body left empty: with the English one emptied too, the template has no text at all.
    const mine: Template = { id: 'mine', builtIn: false, name: { en: 'Mine', fr: 'Le mien' }, body: { en: 'Hi {{payer}}', fr: '' }, denialCodes: [] };
    const p = props({ templates: [...BUILT_IN_TEMPLATES, mine], suggestedTemplateId: 'mine' });
    await show(p);
    await click(button('Edit template'));
    await type(field<HTMLTextAreaElement>('Text (English)'), '');
    await click(button('Save template'));
    expect(ui.container.querySelector('[role="alert"]')!.textContent).toBe('Template Mine has no text.');
    expect(p.onSaveUserTemplate).not.toHaveBeenCalled();
    await type(field<HTMLTextAreaElement>('Text (English)'), 'Dear {{payer}}, {{mystery}}');
    await type(field('Denial codes it answers'), 'co-50, CO-151');
    expect(ui.container.textContent).toContain('Nothing fills these variables: mystery.');
    await click(button('Save template'));
    expect(p.onSaveUserTemplate).toHaveBeenCalledWith({
      id: 'mine', builtIn: false, name: { en: 'Mine', fr: 'Le mien' }, body: { en: 'Dear {{payer}}, {{mystery}}', fr: '' }, denialCodes: ['CO-50', 'CO-151'],
    });
    expect(ui.container.querySelector('form[aria-label="Template editor"]')).toBeNull();
  });

  it('deletes a user template only after confirmation', async () => {
    const mine: Template = { id: 'mine', builtIn: false, name: { en: 'Mine', fr: '' }, body: { en: 'x', fr: '' }, denialCodes: [] };
    const p = props({ templates: [mine, ...BUILT_IN_TEMPLATES] });
    await show(p);
    await click(button('Delete template'));
    expect(p.onDeleteUserTemplate).not.toHaveBeenCalled();
    await click(button('Confirm: delete this template'));
    expect(p.onDeleteUserTemplate).toHaveBeenCalledWith('mine');
  });

  it('creates a new template in the letter language', async () => {
    const p = props();
    await show(p);
    await click(button('New template'));
    await type(field<HTMLTextAreaElement>('Text (English)'), 'Claim {{claimNumber}}');
    await click(button('Save template'));
    expect(p.onSaveUserTemplate).toHaveBeenCalledWith(expect.objectContaining({
      id: 'my-template', builtIn: false, name: { en: 'My template', fr: '' }, body: { en: 'Claim {{claimNumber}}', fr: '' },
    }));
  });

  it('imports a file and lists every error when it is refused', async () => {
    const onImport = vi.fn(async (): Promise<ImportResult> => ({
      ok: false, errors: [{ key: 'templates.error.noBody', params: { where: '#2' } }, { key: 'templates.error.badId', params: { where: '#3' } }],
    }));
    await show(props({ onImport }));
    const input = ui.container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['{"format":"remit-ranger-templates"}'], 'mine.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {});
    expect(onImport).toHaveBeenCalledWith('{"format":"remit-ranger-templates"}');
    const items = [...ui.container.querySelectorAll('.tpl-import-export [role="alert"] li')].map((li) => li.textContent);
    expect(items).toEqual(['Template #2 has no text.', 'Template #3 has no valid id (lower-case letters, digits and dashes).']);
  });

  it('exports through the shell', async () => {
    const p = props();
    await show(p);
    await click(button('Export my templates'));
    expect(p.onExport).toHaveBeenCalledTimes(1);
  });
});
