import { act, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LoadedTables } from '@/lib/codes/load';
import { setLocale } from '@/lib/platform/i18n';
import { readText } from '@/test/support/text';
import type { CodeRef } from '@/lib/lookup/storage';
import { LookupView, type LookupViewProps } from './LookupView';
import { realTables } from '@/test/support/lookup';

let tables: LoadedTables;
beforeAll(async () => {
  tables = await realTables();
});
afterEach(() => {
  setLocale('en');
});

type Spies = Pick<LookupViewProps, 'onCopy' | 'onLookedUp' | 'onToggleFavourite' | 'onClearRecents'>;

function spies(): Spies {
  return { onCopy: vi.fn(async () => undefined), onLookedUp: vi.fn(), onToggleFavourite: vi.fn(), onClearRecents: vi.fn() };
}

/** LookupView with its query held in state, as the popup does. */
function Harness(props: Partial<LookupViewProps> & Spies & { initialQuery?: string }) {
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [dos, setDos] = useState(props.dos ?? '2026-11-26');
  return (
    <LookupView
      tables={tables}
      extras="ready"
      loadError={null}
      today="2026-11-26"
      recents={[]}
      favourites={[]}
      {...props}
      query={query}
      onQueryChange={setQuery}
      dos={dos}
      onDosChange={setDos}
    />
  );
}

const box = () => screen.getByRole<HTMLInputElement>('combobox', { name: 'Search codes' });
const options = () => screen.queryAllByRole('option');
/** A result row's code: the first word of its accessible text (code, title, badges). */
const codeOf = (option: Element | undefined) => readText(option).split(' ')[0];
const codes = () => options().map(codeOf);
/** What the live regions say (the copy feedback is one of them). */
const said = () => screen.getAllByRole('status').map(readText);
const detail = () => screen.getByRole('article');
const detailTitle = () => readText(within(detail()).getByRole('heading', { level: 2 }));

/** Replaces the search text the way a user selects it all and types. */
async function search(user: UserEvent, query: string) {
  await user.clear(box());
  await user.type(box(), query);
}

/** Presses keys on the focused element; says whether the page kept the browser's default action from running. */
async function press(user: UserEvent, keys: string): Promise<boolean> {
  let last: KeyboardEvent | null = null;
  const seen = (e: KeyboardEvent) => { last = e; };
  window.addEventListener('keydown', seen, { capture: true });
  try {
    await user.keyboard(keys);
  } finally {
    window.removeEventListener('keydown', seen, { capture: true });
  }
  return (last as KeyboardEvent | null)?.defaultPrevented ?? false;
}

describe('LookupView: search and keyboard', () => {
  it('is a labelled combobox that lists results for any code form', async () => {
    const user = userEvent.setup();
    render(<Harness {...spies()} />);
    expect(box().getAttribute('aria-label')).toBe('Search codes');
    for (const [input, code] of [['e119', 'E11.9'], ['S52521A', 'S52.521A'], ['j-1100', 'J1100']]) {
      await search(user, input!);
      expect(codes()[0]).toBe(code);
    }
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(box().getAttribute('aria-controls')).toBe(screen.getByRole('listbox').id);
  });

  it('keeps what was typed before the tables loaded and answers it when they arrive', async () => {
    const user = userEvent.setup();
    const s = spies();
    function Loading({ ready }: { ready: boolean }) {
      const [query, setQuery] = useState('');
      return <LookupView {...s} tables={ready ? tables : null} extras="loading" loadError={null} query={query} onQueryChange={setQuery} dos="" onDosChange={() => {}} today="2026-11-26" recents={[]} favourites={[]} />;
    }
    const { container, rerender } = render(<Loading ready={false} />);
    await search(user, 'e119');
    expect(readText(container)).toContain('Loading code tables');
    await press(user, '{Enter}');
    expect(s.onCopy).not.toHaveBeenCalled();
    rerender(<Loading ready />);
    expect(box().value).toBe('e119');
    expect(codes()[0]).toBe('E11.9');
  });

  it('moves the active row with ↑/↓ and copies it with Enter, with feedback and a recent entry', async () => {
    const user = userEvent.setup();
    const s = spies();
    render(<Harness {...s} />);
    await search(user, 'diabetes wo complication');
    const [first, second] = codes();
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    expect(box().getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    expect(await press(user, '{ArrowDown}')).toBe(true);
    expect(box().getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    await press(user, '{ArrowUp}');
    await press(user, '{ArrowUp}'); // stays on the first row
    expect(box().getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    await press(user, '{ArrowDown}');
    await press(user, '{Enter}');
    expect(s.onCopy).toHaveBeenCalledWith(second);
    expect(s.onLookedUp).toHaveBeenCalledWith({ system: 'icd10cm', code: second });
    expect(said()).toContain(`Copied ${second}`);
    expect(options()[1]!.className).toContain('lk-copied');
    expect(first).not.toBe(second);
  });

  it('says so when the clipboard refuses, and does not count it as a lookup', async () => {
    const user = userEvent.setup();
    const s = { ...spies(), onCopy: vi.fn(async () => Promise.reject(new Error('Document is not focused.'))) };
    render(<Harness {...s} />);
    await search(user, 'E11.9');
    await press(user, '{Enter}');
    expect(said()).toContain('Could not copy E11.9: Document is not focused.');
    expect(s.onLookedUp).not.toHaveBeenCalled();
  });

  it('Esc clears the box; on an empty box it is left to the browser (closes the popup)', async () => {
    const user = userEvent.setup();
    render(<Harness {...spies()} />);
    await search(user, 'htn');
    expect(await press(user, '{Escape}')).toBe(true);
    expect(box().value).toBe('');
    expect(await press(user, '{Escape}')).toBe(false);
  });

  it('says when nothing matches', async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness {...spies()} />);
    await search(user, 'zzqqxxv');
    expect(options()).toHaveLength(0);
    expect(readText(container)).toContain('No code matches “zzqqxxv”.');
  });
});

const rowText = () => readText(options()[0]);

describe('LookupView: badges by date of service', () => {
  it('shows validity on the date of service, deleted and not-yet-valid codes, and headers', async () => {
    const user = userEvent.setup();
    render(<Harness {...spies()} dos="2026-11-26" />);
    await search(user, 's301xxa');
    expect(rowText()).toContain('Deleted 10/01/2025');
    expect(rowText()).toContain('Replaced by S30.11XA');
    await search(user, 'E11');
    expect(rowText()).toContain('Header – not billable');
    await search(user, 'E11.9');
    // After the newest loaded release: valid, with the caveat (and the file to import) as a tooltip.
    const badge = within(options()[0]!).getByText(/^Valid on/);
    expect(readText(badge)).toContain('Valid on 11/26/2026');
    expect(badge.getAttribute('title')).toBe('Answered from ICD-10-CM FY2026 (October 1, 2025 release), which does not cover this date of service. To answer from the release in force, download 2027-code-descriptions-tabular-order.zip / icd10cm-code-descriptions-2027.zip from CMS or CDC and import it in Options → Code data.');
    expect(rowText()).toContain('Billable');
    expect(rowText()).toContain('ICD-10-CM');
  });

  it('answers for another date and shows no validity badge without a date', async () => {
    const user = userEvent.setup();
    render(<Harness {...spies()} dos="2024-06-15" />);
    await search(user, 'E11.A');
    expect(readText(options()[0])).toContain('Not yet valid (from 10/01/2025)');
    await user.clear(screen.getByLabelText('Date of service'));
    expect(readText(options()[0])).not.toMatch(/Valid on|Not yet valid/);
    expect(readText(options()[0])).toContain('Billable');
  });
});

async function openDetail(user: UserEvent, code: string, s = spies()): Promise<HTMLElement> {
  render(<Harness {...s} />);
  await search(user, code);
  await press(user, '{Shift>}{Enter}{/Shift}');
  return detail();
}

describe('LookupView: detail view', () => {
  it('shows E11.9 with its hierarchy and the Excludes1 notes inherited from E11, naming the source', async () => {
    const user = userEvent.setup();
    const s = spies();
    const article = await openDetail(user, 'E11.9', s);
    const heading = within(article).getByRole('heading', { level: 2 });
    expect(readText(heading)).toBe('E11.9 Type 2 diabetes mellitus without complications');
    expect(document.activeElement).toBe(heading);
    expect(s.onLookedUp).toHaveBeenCalledWith({ system: 'icd10cm', code: 'E11.9' });
    expect(readText(within(article).getByRole('navigation', { name: 'Hierarchy' }))).toContain('E11 Type 2 diabetes mellitus');
    const excludes1 = within(article).getByRole('group', { name: 'Excludes1' });
    expect(readText(excludes1)).toContain('type 1 diabetes mellitus (E10.-)');
    expect(readText(excludes1)).toContain('Applies here from: E11');
    expect(readText(article)).toContain('Notes: ICD-10-CM Tabular List FY2021');
    expect(readText(within(article).getByRole('region', { name: 'Crosswalk to ICD-9-CM (GEMs)' }))).toContain('250.00');
    const [, body] = within(within(article).getByRole('region', { name: 'Validity by release' })).getAllByRole('rowgroup');
    expect(within(body!).getAllByRole('row')).toHaveLength(3);
  });

  it('copies with or without the dot, toggles the favourite, follows cited codes and goes back with Esc', async () => {
    const user = userEvent.setup();
    const s = spies();
    const article = await openDetail(user, 'E11.9', s);
    await user.click(within(article).getByRole('button', { name: 'Copy without the dot (E119)' }));
    expect(s.onCopy).toHaveBeenCalledWith('E119');
    await user.click(within(article).getByRole('button', { name: 'Favourite' }));
    expect(s.onToggleFavourite).toHaveBeenCalledWith({ system: 'icd10cm', code: 'E11.9' });
    await user.click(within(article).getByRole('button', { name: 'E10.-' }));
    const e10 = detail();
    expect(detailTitle()).toBe('E10 Type 1 diabetes mellitus');
    const children = () => screen.getByRole('region', { name: 'Billable codes under E10' });
    expect(readText(children())).toContain('Billable codes under E10');
    expect(within(children()).getAllByRole('listitem')).toHaveLength(40);
    await user.click(within(e10).getByRole('button', { name: 'Show more' }));
    expect(within(children()).getAllByRole('listitem').length).toBeGreaterThan(40);
    await user.click(within(detail()).getByRole('heading', { level: 2 })); // focus back inside the detail
    expect(await press(user, '{Escape}')).toBe(true);
    expect(detailTitle()).toBe('E11.9 Type 2 diabetes mellitus without complications');
    await user.click(screen.getByRole('button', { name: 'Back to results' }));
    expect(screen.queryByRole('article')).toBeNull();
    expect(document.activeElement).toBe(box());
  });

  it('shows the 7th-character table with the code’s own character marked', async () => {
    const user = userEvent.setup();
    const article = await openDetail(user, 'S52521A');
    const table = within(article).getByRole('region', { name: '7th character' });
    expect(readText(table)).toContain('Defined at S52.52');
    const current = within(table).getByRole('row', { name: /— this code$/ });
    expect(current.className).toContain('lk-current');
    expect([readText(within(current).getByRole('rowheader')), readText(within(current).getByRole('cell'))]).toEqual(['A', 'initial encounter for closed fracture — this code']);
  });

  it('says notes are loading until the extras are in, and why when they fail', async () => {
    const user = userEvent.setup();
    const s = spies();
    const { rerender } = render(<Harness {...s} extras="loading" initialQuery="E11.9" />);
    await user.click(box());
    await press(user, '{Shift>}{Enter}{/Shift}');
    expect(readText(detail())).toContain('Loading notes and crosswalk…');
    expect(screen.queryByRole('group', { name: 'Excludes1' })).toBeNull();
    rerender(<Harness {...s} extras="failed" loadError="notes.json: 404" initialQuery="E11.9" />);
    expect(readText(screen.getByRole('alert'))).toBe('Notes, 7th characters and crosswalk are unavailable: notes.json: 404');
  });

  it('explains CPT codes are shown by section only', async () => {
    const user = userEvent.setup();
    const article = await openDetail(user, '99213');
    expect(readText(article)).toContain('CPT descriptors are licensed by the AMA and not included');
  });
});

describe('LookupView: recents and favourites', () => {
  const recents: CodeRef[] = [{ system: 'icd10cm', code: 'I10' }];
  const favourites: CodeRef[] = [{ system: 'hcpcs', code: 'J1100' }];

  it('lists them with their titles while the box is empty, and acts on them', async () => {
    const user = userEvent.setup();
    const s = spies();
    render(<Harness {...s} recents={recents} favourites={favourites} />);
    const fav = within(screen.getByRole('region', { name: 'Favourites' })).getByRole('list');
    expect(readText(fav)).toContain('J1100 HCPCS Injection, dexamethasone sodium phosphate, 1 mg');
    await user.click(screen.getByRole('button', { name: 'Remove J1100 from favourites' }));
    expect(s.onToggleFavourite).toHaveBeenCalledWith(favourites[0]);
    await user.click(screen.getByRole('button', { name: 'Clear recent lookups' }));
    expect(s.onClearRecents).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: /^I10 / }));
    expect(detailTitle()).toBe('I10 Essential (primary) hypertension');
  });

  it('speaks French', async () => {
    const user = userEvent.setup();
    setLocale('fr');
    await act(async () => undefined);
    const { container } = render(<Harness {...spies()} recents={[]} favourites={[]} />);
    const frenchBox = screen.getByRole('combobox', { name: 'Rechercher des codes' });
    expect(frenchBox.getAttribute('aria-label')).toBe('Rechercher des codes');
    expect(readText(container)).toContain('Recherches récentes');
    await user.type(frenchBox, 'E11.9');
    expect(readText(options()[0])).toContain('Valide le 2026-11-26');
    expect(readText(options()[0])).toContain('CIM-10-CM');
  });
});

describe('LookupView: what staff paste (issue 15)', () => {
  it('answers each code of a pasted line in its own group and copies them back as a clean list', async () => {
    const user = userEvent.setup();
    const s = spies();
    render(<Harness {...s} />);
    await user.click(box());
    await user.paste('M79.604; M25.561, 99213-25');
    const groups = screen.getAllByRole('region', { name: /^Answers for / });
    expect(groups.map((g) => readText(within(g).getByRole('heading', { level: 3 })))).toEqual(['M79.604', 'M25.561', '99213-25']);
    expect(groups.map((g) => codeOf(within(g).getAllByRole('option')[0]))).toEqual(['M79.604', 'M25.561', '99213']);
    // The modifier is explained in its group; every listbox is controlled by the box.
    expect(readText(groups[2])).toMatch(/^99213-25 ?99213 .*Modifiers on this line ?25 ?Significant, separately identifiable/);
    expect(box().getAttribute('aria-controls')!.split(' ')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: /^Copy the list/ }));
    expect(s.onCopy).toHaveBeenCalledWith('M79.604, M25.561, 99213-25');
    // The code's detail explains the modifiers written with it.
    await user.click(within(groups[2]!).getAllByRole('option')[0]!);
    expect(readText(detail())).toMatch(/Modifiers on this line ?25 ?Significant, separately identifiable/);
    expect(within(detail()).getByRole('heading', { level: 2 })).toBe(document.activeElement);
    await press(user, '{Escape}');
    // ↓ walks across groups as one list.
    await user.click(box());
    await press(user, '{ArrowDown}');
    await press(user, '{ArrowDown}');
    expect(box().getAttribute('aria-activedescendant')).toBe(options()[2]!.id);
  });

  it('explains a denial code with its group and next steps, without unrelated codes', async () => {
    const user = userEvent.setup();
    render(<Harness {...spies()} />);
    await search(user, 'CO-50');
    const card = screen.getByRole('region', { name: 'Denial reason (CARC) CO-50' });
    expect(readText(within(card).getByRole('heading', { level: 3 }))).toBe('Denial reason (CARC) CO-50: Not medically necessary (per the payer)');
    expect(readText(card)).toMatch(/Group CO: Contractual obligation/);
    expect(within(card).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(options()).toHaveLength(0);
  });

  it('labels both answers of a token that fits two systems (N130 the remark, N13.0 the diagnosis)', async () => {
    const user = userEvent.setup();
    render(<Harness {...spies()} />);
    await search(user, 'N130');
    const remark = screen.getByRole('region', { name: /^Remark \(RARC\) N130/ });
    expect(readText(within(remark).getByRole('heading', { level: 3 }))).toMatch(/^Remark \(RARC\) N130/);
    expect(readText(options()[0])).toMatch(/^N13\.0 .* ICD-10-CM/);
  });

  it('answers a retired code with its history and successors, which open their detail', async () => {
    const user = userEvent.setup();
    render(<Harness {...spies()} />);
    await search(user, 'T81.4XXA');
    const card = screen.getByRole('region', { name: 'T81.4XXA' });
    expect(readText(card)).toMatch(/T81\.4XXA was an ICD-10-CM code in FY2018 .* deleted before/);
    await user.click(within(card).getByRole('button', { name: 'T81.40XA' }));
    expect(detailTitle()).toMatch(/^T81\.40XA Infection following a procedure/);
  });

  it('shows an ICD-9-CM code with its GEMs targets and their flags', async () => {
    const user = userEvent.setup();
    render(<Harness {...spies()} />);
    await search(user, '250.00');
    expect(codes().slice(0, 2)).toEqual(['250.00', 'E11.9']);
    expect(within(options()[1]!).getByText(/GEMs from ICD-9-CM 250\.00: Approximate/)).toBeTruthy();
  });

  it('says why r/o is not coded in outpatient settings', async () => {
    const user = userEvent.setup();
    render(<Harness {...spies()} />);
    await search(user, 'r/o pneumonia');
    expect(readText(screen.getByRole('note'))).toMatch(/guideline IV\.H/);
  });
});
