import { act, useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { LoadedTables } from '@/lib/codes/load';
import { setLocale } from '@/lib/platform/i18n';
import type { CodeRef } from '@/lib/lookup/storage';
import { LookupView, type LookupViewProps } from './LookupView';
import { buttonNamed, click, press, realTables, textOf, typeText, setupTestRoot } from '@/test/support/lookup';

const ui = setupTestRoot();
let tables: LoadedTables;
beforeAll(async () => {
  tables = await realTables();
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

const box = () => ui.container.querySelector<HTMLInputElement>('[role="combobox"]')!;
const options = () => [...ui.container.querySelectorAll('[role="option"]')];
const codes = () => options().map((o) => textOf(o.querySelector('.lk-code')));
const status = () => textOf(ui.container.querySelector('.lk-feedback'));

describe('LookupView: search and keyboard', () => {
  it('is a labelled combobox that lists results for any code form', async () => {
    await ui.render(<Harness {...spies()} />);
    expect(box().getAttribute('aria-label')).toBe('Search codes');
    for (const [input, code] of [['e119', 'E11.9'], ['S52521A', 'S52.521A'], ['j-1100', 'J1100']]) {
      await typeText(box(), input!);
      expect(codes()[0]).toBe(code);
    }
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(box().getAttribute('aria-controls')).toBe(ui.container.querySelector('[role="listbox"]')!.id);
  });

  it('keeps what was typed before the tables loaded and answers it when they arrive', async () => {
    const s = spies();
    function Loading({ ready }: { ready: boolean }) {
      const [query, setQuery] = useState('');
      return <LookupView {...s} tables={ready ? tables : null} extras="loading" loadError={null} query={query} onQueryChange={setQuery} dos="" onDosChange={() => {}} today="2026-11-26" recents={[]} favourites={[]} />;
    }
    await ui.render(<Loading ready={false} />);
    await typeText(box(), 'e119');
    expect(textOf(ui.container)).toContain('Loading code tables');
    await press(box(), 'Enter');
    expect(s.onCopy).not.toHaveBeenCalled();
    await ui.render(<Loading ready />);
    expect(box().value).toBe('e119');
    expect(codes()[0]).toBe('E11.9');
  });

  it('moves the active row with ↑/↓ and copies it with Enter, with feedback and a recent entry', async () => {
    const s = spies();
    await ui.render(<Harness {...s} />);
    await typeText(box(), 'diabetes wo complication');
    const [first, second] = codes();
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    expect(box().getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    expect(await press(box(), 'ArrowDown')).toBe(true);
    expect(box().getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    await press(box(), 'ArrowUp');
    await press(box(), 'ArrowUp'); // stays on the first row
    expect(box().getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    await press(box(), 'ArrowDown');
    await press(box(), 'Enter');
    expect(s.onCopy).toHaveBeenCalledWith(second);
    expect(s.onLookedUp).toHaveBeenCalledWith({ system: 'icd10cm', code: second });
    expect(status()).toBe(`Copied ${second}`);
    expect(options()[1]!.className).toContain('lk-copied');
    expect(first).not.toBe(second);
  });

  it('says so when the clipboard refuses, and does not count it as a lookup', async () => {
    const s = { ...spies(), onCopy: vi.fn(async () => Promise.reject(new Error('Document is not focused.'))) };
    await ui.render(<Harness {...s} />);
    await typeText(box(), 'E11.9');
    await press(box(), 'Enter');
    expect(status()).toBe('Could not copy E11.9: Document is not focused.');
    expect(s.onLookedUp).not.toHaveBeenCalled();
  });

  it('Esc clears the box; on an empty box it is left to the browser (closes the popup)', async () => {
    await ui.render(<Harness {...spies()} />);
    await typeText(box(), 'htn');
    expect(await press(box(), 'Escape')).toBe(true);
    expect(box().value).toBe('');
    expect(await press(box(), 'Escape')).toBe(false);
  });

  it('says when nothing matches', async () => {
    await ui.render(<Harness {...spies()} />);
    await typeText(box(), 'zzqqxxv');
    expect(options()).toHaveLength(0);
    expect(textOf(ui.container)).toContain('No code matches “zzqqxxv”.');
  });
});

const rowText = () => textOf(options()[0]);

describe('LookupView: badges by date of service', () => {
  it('shows validity on the date of service, deleted and not-yet-valid codes, and headers', async () => {
    await ui.render(<Harness {...spies()} dos="2026-11-26" />);
    await typeText(box(), 's301xxa');
    expect(rowText()).toContain('Deleted 10/01/2025');
    expect(rowText()).toContain('Replaced by S30.11XA');
    await typeText(box(), 'E11');
    expect(rowText()).toContain('Header – not billable');
    await typeText(box(), 'E11.9');
    // After the newest loaded release: valid, with the caveat (and the file to import) as a tooltip.
    const badge = [...options()[0]!.querySelectorAll('.lk-badge')].find((b) => textOf(b).startsWith('Valid on'))!;
    expect(textOf(badge)).toContain('Valid on 11/26/2026');
    expect(badge.getAttribute('title')).toBe('Answered from ICD-10-CM FY2026 (October 1, 2025 release), which does not cover this date of service. To answer from the release in force, download 2027-code-descriptions-tabular-order.zip / icd10cm-code-descriptions-2027.zip from CMS or CDC and import it in Options → Code data.');
    expect(rowText()).toContain('Billable');
    expect(rowText()).toContain('ICD-10-CM');
  });

  it('answers for another date and shows no validity badge without a date', async () => {
    await ui.render(<Harness {...spies()} dos="2024-06-15" />);
    await typeText(box(), 'E11.A');
    expect(textOf(options()[0])).toContain('Not yet valid (from 10/01/2025)');
    await typeText(ui.container.querySelector<HTMLInputElement>('input[type="date"]')!, '');
    expect(textOf(options()[0])).not.toMatch(/Valid on|Not yet valid/);
    expect(textOf(options()[0])).toContain('Billable');
  });
});

async function openDetail(code: string, s = spies()): Promise<HTMLElement> {
  await ui.render(<Harness {...s} />);
  await typeText(box(), code);
  await press(box(), 'Enter', { shiftKey: true });
  return ui.container.querySelector('article')!;
}

describe('LookupView: detail view', () => {
  it('shows E11.9 with its hierarchy and the Excludes1 notes inherited from E11, naming the source', async () => {
    const s = spies();
    const detail = await openDetail('E11.9', s);
    expect(textOf(detail.querySelector('h2'))).toBe('E11.9 Type 2 diabetes mellitus without complications');
    expect(document.activeElement).toBe(detail.querySelector('h2'));
    expect(s.onLookedUp).toHaveBeenCalledWith({ system: 'icd10cm', code: 'E11.9' });
    expect(textOf(detail.querySelector('nav[aria-label="Hierarchy"]'))).toContain('E11 Type 2 diabetes mellitus');
    const excludes1 = detail.querySelector('[role="group"][aria-label="Excludes1"]')!;
    expect(textOf(excludes1)).toContain('type 1 diabetes mellitus (E10.-)');
    expect(textOf(excludes1)).toContain('Applies here from: E11');
    expect(textOf(detail)).toContain('Notes: ICD-10-CM Tabular List FY2021');
    expect(textOf(detail.querySelector('[aria-label="Crosswalk to ICD-9-CM (GEMs)"]'))).toContain('250.00');
    expect(detail.querySelectorAll('[aria-label="Validity by release"] tbody tr')).toHaveLength(3);
  });

  it('copies with or without the dot, toggles the favourite, follows cited codes and goes back with Esc', async () => {
    const s = spies();
    const detail = await openDetail('E11.9', s);
    await click(buttonNamed(detail, 'Copy without the dot (E119)'));
    expect(s.onCopy).toHaveBeenCalledWith('E119');
    await click(buttonNamed(detail, 'Favourite'));
    expect(s.onToggleFavourite).toHaveBeenCalledWith({ system: 'icd10cm', code: 'E11.9' });
    await click(buttonNamed(detail, 'E10.-'));
    const e10 = ui.container.querySelector('article')!;
    expect(textOf(e10.querySelector('h2'))).toBe('E10 Type 1 diabetes mellitus');
    expect(textOf(e10)).toContain('Billable codes under E10');
    expect(e10.querySelectorAll('.lk-children li')).toHaveLength(40);
    await click(buttonNamed(e10, 'Show more'));
    expect(ui.container.querySelectorAll('.lk-children li').length).toBeGreaterThan(40);
    expect(await press(ui.container.querySelector('article')!, 'Escape')).toBe(true);
    expect(textOf(ui.container.querySelector('article h2'))).toBe('E11.9 Type 2 diabetes mellitus without complications');
    await click(buttonNamed(ui.container, 'Back to results'));
    expect(ui.container.querySelector('article')).toBeNull();
    expect(document.activeElement).toBe(box());
  });

  it('shows the 7th-character table with the code’s own character marked', async () => {
    const detail = await openDetail('S52521A');
    const table = detail.querySelector('[aria-label="7th character"]')!;
    expect(textOf(table)).toContain('Defined at S52.52');
    const current = table.querySelector('tr.lk-current')!;
    expect([textOf(current.querySelector('th')), textOf(current.querySelector('td'))]).toEqual(['A', 'initial encounter for closed fracture — this code']);
  });

  it('says notes are loading until the extras are in, and why when they fail', async () => {
    const s = spies();
    await ui.render(<Harness {...s} extras="loading" initialQuery="E11.9" />);
    await press(box(), 'Enter', { shiftKey: true });
    expect(textOf(ui.container.querySelector('article'))).toContain('Loading notes and crosswalk…');
    expect(ui.container.querySelector('[aria-label="Excludes1"]')).toBeNull();
    await ui.render(<Harness {...s} extras="failed" loadError="notes.json: 404" initialQuery="E11.9" />);
    expect(textOf(ui.container.querySelector('[role="alert"]'))).toBe('Notes, 7th characters and crosswalk are unavailable: notes.json: 404');
  });

  it('explains CPT codes are shown by section only', async () => {
    const detail = await openDetail('99213');
    expect(textOf(detail)).toContain('CPT descriptors are licensed by the AMA and not included');
  });
});

describe('LookupView: recents and favourites', () => {
  const recents: CodeRef[] = [{ system: 'icd10cm', code: 'I10' }];
  const favourites: CodeRef[] = [{ system: 'hcpcs', code: 'J1100' }];

  it('lists them with their titles while the box is empty, and acts on them', async () => {
    const s = spies();
    await ui.render(<Harness {...s} recents={recents} favourites={favourites} />);
    const fav = ui.container.querySelector('section[aria-labelledby] ul')!;
    expect(textOf(fav)).toContain('J1100 HCPCS Injection, dexamethasone sodium phosphate, 1 mg');
    await click(buttonNamed(ui.container, 'Remove J1100 from favourites'));
    expect(s.onToggleFavourite).toHaveBeenCalledWith(favourites[0]);
    await click(buttonNamed(ui.container, 'Clear recent lookups'));
    expect(s.onClearRecents).toHaveBeenCalled();
    await click(buttonNamed(ui.container, /^I10 /));
    expect(textOf(ui.container.querySelector('article h2'))).toBe('I10 Essential (primary) hypertension');
  });

  it('speaks French', async () => {
    setLocale('fr');
    await act(async () => undefined);
    await ui.render(<Harness {...spies()} recents={[]} favourites={[]} />);
    expect(box().getAttribute('aria-label')).toBe('Rechercher des codes');
    expect(textOf(ui.container)).toContain('Recherches récentes');
    await typeText(box(), 'E11.9');
    expect(textOf(options()[0])).toContain('Valide le 2026-11-26');
    expect(textOf(options()[0])).toContain('CIM-10-CM');
  });
});

describe('LookupView: what staff paste (issue 15)', () => {
  it('answers each code of a pasted line in its own group and copies them back as a clean list', async () => {
    const s = spies();
    await ui.render(<Harness {...s} />);
    await typeText(box(), 'M79.604; M25.561, 99213-25');
    const groups = [...ui.container.querySelectorAll('section.lk-group')];
    expect(groups.map((g) => textOf(g.querySelector('.lk-group-title')))).toEqual(['M79.604', 'M25.561', '99213-25']);
    expect(groups.map((g) => textOf(g.querySelector('[role="option"] .lk-code')))).toEqual(['M79.604', 'M25.561', '99213']);
    // The modifier is explained in its group; every listbox is controlled by the box.
    expect(textOf(groups[2])).toMatch(/^99213-25 ?99213 .*Modifiers on this line ?25 ?Significant, separately identifiable/);
    expect(box().getAttribute('aria-controls')!.split(' ')).toHaveLength(3);
    await click(buttonNamed(ui.container, /^Copy the list/));
    expect(s.onCopy).toHaveBeenCalledWith('M79.604, M25.561, 99213-25');
    // The code's detail explains the modifiers written with it.
    await click(groups[2]!.querySelector('[role="option"]')!);
    expect(textOf(ui.container.querySelector('.lk-detail'))).toMatch(/Modifiers on this line ?25 ?Significant, separately identifiable/);
    await press(ui.container.querySelector('.lk-detail')!, 'Escape');
    // ↓ walks across groups as one list.
    await press(box(), 'ArrowDown');
    await press(box(), 'ArrowDown');
    expect(box().getAttribute('aria-activedescendant')).toBe(options()[2]!.id);
  });

  it('explains a denial code with its group and next steps, without unrelated codes', async () => {
    await ui.render(<Harness {...spies()} />);
    await typeText(box(), 'CO-50');
    const card = ui.container.querySelector('.lk-denial')!;
    expect(textOf(card.querySelector('h3'))).toBe('Denial reason (CARC) CO-50: Not medically necessary (per the payer)');
    expect(textOf(card)).toMatch(/Group CO: Contractual obligation/);
    expect(card.querySelectorAll('ol li').length).toBeGreaterThan(0);
    expect(options()).toHaveLength(0);
  });

  it('labels both answers of a token that fits two systems (N130 the remark, N13.0 the diagnosis)', async () => {
    await ui.render(<Harness {...spies()} />);
    await typeText(box(), 'N130');
    expect(textOf(ui.container.querySelector('.lk-denial h3'))).toMatch(/^Remark \(RARC\) N130/);
    expect(textOf(options()[0])).toMatch(/^N13\.0 .* ICD-10-CM/);
  });

  it('answers a retired code with its history and successors, which open their detail', async () => {
    await ui.render(<Harness {...spies()} />);
    await typeText(box(), 'T81.4XXA');
    const card = ui.container.querySelector('.lk-retired')!;
    expect(textOf(card)).toMatch(/T81\.4XXA was an ICD-10-CM code in FY2018 .* deleted before/);
    await click(buttonNamed(card, 'T81.40XA'));
    expect(textOf(ui.container.querySelector('.lk-detail-title'))).toMatch(/^T81\.40XA Infection following a procedure/);
  });

  it('shows an ICD-9-CM code with its GEMs targets and their flags', async () => {
    await ui.render(<Harness {...spies()} />);
    await typeText(box(), '250.00');
    expect(codes().slice(0, 2)).toEqual(['250.00', 'E11.9']);
    expect(textOf(options()[1]!.querySelector('.lk-gem'))).toMatch(/GEMs from ICD-9-CM 250\.00: Approximate/);
  });

  it('says why r/o is not coded in outpatient settings', async () => {
    await ui.render(<Harness {...spies()} />);
    await typeText(box(), 'r/o pneumonia');
    expect(textOf(ui.container.querySelector('[role="note"]'))).toMatch(/guideline IV\.H/);
  });
});
