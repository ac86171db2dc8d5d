import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allMessages, setLocale } from '@/lib/platform/i18n';
import { extractClaimPage } from '@/lib/reading/portals/extract';
import { parseHtml } from '@/lib/reading/portals/node-dom';
import type { ExtractionResult } from '@/lib/reading/portals/types';
import { ClaimView, type ClaimViewProps } from './ClaimView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const PAGE = `<body><dl><dt>Claim #</dt><dd>VIEW00000001</dd><dt>Patient Name</dt><dd>TESTPATIENT, ALEX</dd>
  <dt>Dates of Service</dt><dd>01/14/2026</dd><dt>Total Charges</dt><dd>$230.00</dd><dt>Billed Amount</dt><dd>see attachment</dd>
  <dt>Diagnosis Codes</dt><dd>E119, B880</dd></dl>
  <table><tr><th>Proc Code</th><th>Units</th><th>Dx Ptr</th><th>Billed</th><th>Adj Reason</th><th>Remark</th></tr>
  <tr><td>99214-25</td><td>1</td><td>A,B</td><td>$200.00</td><td>CO-97 $200.00</td><td>M15</td></tr>
  <tr><td>82947</td><td>0</td><td>E</td><td>$30.00</td><td>CO-50</td><td></td></tr></table></body>`;

async function read(html: string): Promise<ExtractionResult> {
  const page = parseHtml(html, 'https://portal.example.test/c');
  const result = extractClaimPage(page.document, 'https://portal.example.test/c');
  await page.close();
  return result;
}

let root: Root | null = null;
let container: HTMLElement | null = null;

async function render(props: Partial<ClaimViewProps>) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const full: ClaimViewProps = { result: null, siteEnabled: true, onEnableSite: vi.fn(), onCopyJson: vi.fn(), ...props };
  await act(async () => root!.render(<ClaimView {...full} />));
  return { el: container, props: full };
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
function button(scope: Element, name: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? text(b)) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}
const click = (b: HTMLButtonElement) => act(async () => b.click());

afterEach(async () => {
  await act(async () => root?.unmount());
  container?.remove();
  root = null;
  setLocale('en');
});

describe('ClaimView', () => {
  it('asks to enable the site when it is not enabled', async () => {
    const { el, props } = await render({ siteEnabled: false, result: await read(PAGE) });
    expect(text(el.querySelector('h2'))).toBe('Remit Ranger is not enabled on this site');
    expect(el.querySelector('table')).toBeNull();
    await click(button(el, 'Enable on this site'));
    expect(props.onEnableSite).toHaveBeenCalledTimes(1);
  });

  it('says when no claim was found', async () => {
    const { el } = await render({ result: null });
    expect(text(el.querySelector('h2'))).toBe('No claim found on this page');
    const empty = await read('<body><p>Welcome</p></body>');
    await act(async () => root!.render(<ClaimView result={empty} siteEnabled onEnableSite={vi.fn()} onCopyJson={vi.fn()} />));
    expect(text(el.querySelector('h2'))).toBe('No claim found on this page');
  });

  it('shows header fields, lettered diagnoses, lines, findings slot and what the page did not show', async () => {
    const { el } = await render({ result: await read(PAGE), findingsSlot: <p id="findings">2 findings</p> });
    expect(text(el.querySelector('[data-field="claimNumber"]'))).toBe('VIEW00000001');
    expect(text(el.querySelector('[data-field="billed"]'))).toBe('$230.00');
    expect(text(el.querySelector('[data-field="serviceFrom"]'))).toBe('01/14/2026');
    expect([...el.querySelectorAll('.claim-diagnoses li')].map(text)).toEqual(['A E11.9', 'B B88.0']);
    // The compact table (fits a 360 px panel): code, modifiers, units, billed, paid, denial.
    const rows = [...el.querySelectorAll('table.claim-lines tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text));
    expect(rows).toEqual([
      ['1', '99214', '25', '1', '$200.00', '—', 'CO-97 M15'],
      ['2', '82947', '', '0', '$30.00', '—', 'CO-50'],
    ]);
    // Every field stays available under Details.
    const full = [...el.querySelectorAll('details table.claim-lines-full tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text));
    expect(full).toEqual([
      ['1', '—', '99214', '25', '1', 'A B', '$200.00', '—', '—', 'CO-97 $200.00', 'M15'],
      // Pointer E with two diagnoses: as likely a claim error as a misread, so it stays a finding, not "not sure".
      ['2', '—', '82947', '', '0', 'E', '$30.00', '—', '—', 'CO-50', ''],
    ]);
    expect([...el.querySelectorAll('.claim-view h3')].map((h) => text(h))).toEqual(expect.arrayContaining(['Service lines', 'Diagnoses']));
    expect(el.querySelector('[data-field="claimNumber"] .claim-unsure')).toBeNull();
    expect(el.querySelector('#findings')).not.toBeNull();
    expect(text(el.querySelector('.claim-missing'))).toContain('Member ID');
  });

  it('keeps developer views under Details, and offers "Read this page again" with or without a claim', async () => {
    const onReread = vi.fn();
    const { el } = await render({ result: await read(PAGE), onReread });
    const details = el.querySelector('details.claim-details')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(text(details.querySelector('summary'))).toMatch(/^Details/);
    expect(details.contains(button(el, 'Copy as JSON'))).toBe(true);
    expect(details.contains(button(el, 'This looks wrong'))).toBe(true);
    expect(text(details)).toMatch(/Confidence: \d+%/);
    await click(button(el, 'Read this page again'));
    expect(onReread).toHaveBeenCalledTimes(1);
    await act(async () => root!.render(<ClaimView result={null} siteEnabled onEnableSite={vi.fn()} onCopyJson={vi.fn()} onReread={onReread} />));
    await click(button(el, 'Read this page again'));
    expect(onReread).toHaveBeenCalledTimes(2);
  });

  it('copies the claim JSON of the extract contract', async () => {
    const result = await read(PAGE);
    const { el, props } = await render({ result });
    await click(button(el, 'Copy as JSON'));
    const json = (props.onCopyJson as ReturnType<typeof vi.fn>).mock.calls[0]![0] as string;
    expect(JSON.parse(json)).toEqual(result.page);
    expect(Object.keys(JSON.parse(json))[0]).toBe('portal');
  });

  it('"This looks wrong" shows where each value came from and highlights it', async () => {
    const onHighlight = vi.fn();
    const { el } = await render({ result: await read(PAGE), onHighlight });
    expect(el.querySelector('.claim-sources')).toBeNull();
    const toggle = button(el, 'This looks wrong');
    await click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const sources = el.querySelector('.claim-sources')!;
    const rows = [...sources.querySelectorAll('tbody tr')];
    const claimRow = rows.find((r) => text(r.querySelector('th')) === 'Claim number')!;
    expect(text(claimRow.querySelector('q'))).toBe('VIEW00000001');
    expect(text(sources)).toContain('Line 2 · units');
    // A label whose value could not be read is listed too.
    expect(text(sources)).toContain('see attachment');
    expect(text(sources)).toContain('Diagnosis B');
    await click(button(el, 'Show Claim number on page'));
    expect(onHighlight).toHaveBeenCalledWith(claimRow.querySelector('code')!.getAttribute('title'));
    await click(toggle);
    expect(el.querySelector('.claim-sources')).toBeNull();
  });

  it('shows a results list', async () => {
    const list = await read(`<body><table><tr><th>Claim #</th><th>Patient</th><th>DOS</th><th>Status</th><th>Billed</th></tr>
      <tr><td>L000000001</td><td>TESTPATIENT, ALEX</td><td>01/02/2026</td><td>Paid</td><td>$10.00</td></tr>
      <tr><td>L000000002</td><td>TESTPATIENT, SAM</td><td>01/03/2026 - 01/04/2026</td><td>Denied</td><td>$20.00</td></tr></table></body>`);
    const { el } = await render({ result: list });
    expect([...el.querySelectorAll('table.claim-list tbody tr')].map((r) => text(r.querySelector('td')))).toEqual(['L000000001', 'L000000002']);
    expect(text(el.querySelector('table.claim-list tbody tr:nth-child(2)'))).toContain('01/03/2026 – 01/04/2026');
  });

  it('renders page text as text, never as markup', async () => {
    const hostile = await read('<body><dl><dt>Claim #</dt><dd>X000000001</dd><dt>Status</dt><dd>&lt;img src=x onerror=alert(1)&gt;</dd></dl></body>');
    const { el } = await render({ result: hostile });
    expect(el.querySelector('img')).toBeNull();
    expect(text(el.querySelector('[data-field="status"]'))).toBe('<img src=x onerror=alert(1)>');
  });

  it('speaks French', async () => {
    setLocale('fr');
    const { el } = await render({ result: await read(PAGE) });
    expect(button(el, 'Copier en JSON')).toBeTruthy();
    expect(button(el, 'Quelque chose cloche')).toBeTruthy();
  });
});

it('has the same claims keys in English and French', () => {
  const { en, fr } = allMessages();
  const mine = (m: Record<string, string>) => Object.keys(m).filter((k) => k.startsWith('claims.')).sort();
  expect(mine(fr)).toEqual(mine(en));
  expect(mine(en).length).toBeGreaterThan(40);
});

describe('ClaimView: values the reader doubts', () => {
  it('marks exactly the unsure header fields and line cells "not sure", with an explanation', async () => {
    const result = await read(PAGE);
    const { el } = await render({ result: { ...result, unsure: ['billed', 'lines[0].paid'] } });
    const marked = [...el.querySelectorAll('.claim-unsure')].map((m) => m.closest('[data-field]')?.getAttribute('data-field') ?? m.closest('td')?.cellIndex);
    expect(marked).toEqual(['billed', 5, 8]); // the paid cell of line 1 in the compact table and in the full one
    expect(el.querySelector('.claim-unsure')!.getAttribute('title')).toContain('not sure of this value');
  });
});
