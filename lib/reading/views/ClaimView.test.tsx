import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allMessages, setLocale } from '@/lib/platform/i18n';
import { extractClaimPage } from '@/lib/reading/portals/extract';
import { parseHtml } from '@/lib/reading/portals/node-dom';
import type { ExtractionResult } from '@/lib/reading/portals/types';
import { readText } from '@/test/support/text';
import { ClaimView, type ClaimViewProps } from './ClaimView';

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

function show(props: Partial<ClaimViewProps>) {
  const full: ClaimViewProps = { result: null, siteEnabled: true, onEnableSite: vi.fn(), onCopyJson: vi.fn(), ...props };
  return { user: userEvent.setup(), props: full, ...render(<ClaimView {...full} />) };
}

afterEach(() => {
  setLocale('en');
});

const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });
/** The value shown for a header field: the definition after its term. */
const valueOf = (label: string) => screen.getAllByRole('term').find((dt) => readText(dt) === label)!.nextElementSibling!;
/** The body rows of a table, each as the text of its cells. */
const bodyRows = (table: HTMLElement) => within(within(table).getAllByRole('rowgroup')[1]!).getAllByRole('row');
const cellTexts = (table: HTMLElement) => bodyRows(table).map((tr) => within(tr).getAllByRole('cell').map(readText));
/** The Details disclosure, and its summary that opens it. */
const details = () => screen.getAllByRole('group').find((g) => g instanceof HTMLDetailsElement)!;
const openDetails = () => within(details()).getByText('Details (reader, JSON, sources)');
const UNSURE = /not sure of this value/;

describe('ClaimView', () => {
  it('asks to enable the site when it is not enabled', async () => {
    const { user, props } = show({ siteEnabled: false, result: await read(PAGE) });
    expect(readText(screen.getByRole('heading', { level: 2 }))).toBe('Remit Ranger is not enabled on this site');
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(button('Enable on this site'));
    expect(props.onEnableSite).toHaveBeenCalledTimes(1);
  });

  it('says when no claim was found', async () => {
    const { rerender } = show({ result: null });
    expect(readText(screen.getByRole('heading', { level: 2 }))).toBe('No claim found on this page');
    const empty = await read('<body><p>Welcome</p></body>');
    rerender(<ClaimView result={empty} siteEnabled onEnableSite={vi.fn()} onCopyJson={vi.fn()} />);
    expect(readText(screen.getByRole('heading', { level: 2 }))).toBe('No claim found on this page');
  });

  it('shows header fields, lettered diagnoses, lines, findings slot and what the page did not show', async () => {
    show({ result: await read(PAGE), findingsSlot: <p>2 findings</p> });
    expect(readText(valueOf('Claim number'))).toBe('VIEW00000001');
    expect(readText(valueOf('Billed'))).toBe('$230.00');
    expect(readText(valueOf('Service from'))).toBe('01/14/2026');
    expect(within(screen.getByRole('list', { name: 'Diagnoses' })).getAllByRole('listitem').map(readText)).toEqual(['A E11.9', 'B B88.0']);
    // The compact table (fits a 360 px panel): code, modifiers, units, billed, paid, denial.
    expect(cellTexts(screen.getByRole('table', { name: '2 service lines' }))).toEqual([
      ['1', '99214', '25', '1', '$200.00', '—', 'CO-97 M15'],
      ['2', '82947', '', '0', '$30.00', '—', 'CO-50'],
    ]);
    // Every field stays available under Details.
    expect(cellTexts(within(details()).getByRole('table', { name: 'All line fields' }))).toEqual([
      ['1', '—', '99214', '25', '1', 'A B', '$200.00', '—', '—', 'CO-97 $200.00', 'M15'],
      // Pointer E with two diagnoses: as likely a claim error as a misread, so it stays a finding, not "not sure".
      ['2', '—', '82947', '', '0', 'E', '$30.00', '—', '—', 'CO-50', ''],
    ]);
    const claim = screen.getByRole('region', { name: 'Claim on this page' });
    expect(within(claim).getAllByRole('heading', { level: 3 }).map(readText)).toEqual(expect.arrayContaining(['Service lines', 'Diagnoses']));
    expect(within(valueOf('Claim number') as HTMLElement).queryByTitle(UNSURE)).toBeNull();
    expect(screen.getByText('2 findings')).toBeTruthy();
    expect(readText(screen.getByText(/^Not shown on this page:/))).toContain('Member ID');
  });

  it('keeps developer views under Details, and offers "Read this page again" with or without a claim', async () => {
    const onReread = vi.fn();
    const { user, rerender } = show({ result: await read(PAGE), onReread });
    expect(details().hasAttribute('open')).toBe(false);
    expect(within(details()).getByText(/^Details/).tagName).toBe('SUMMARY');
    expect(details().contains(button('Copy as JSON'))).toBe(true);
    expect(details().contains(button('This looks wrong'))).toBe(true);
    expect(readText(details())).toMatch(/Confidence: \d+%/);
    await user.click(button('Read this page again'));
    expect(onReread).toHaveBeenCalledTimes(1);
    rerender(<ClaimView result={null} siteEnabled onEnableSite={vi.fn()} onCopyJson={vi.fn()} onReread={onReread} />);
    await user.click(button('Read this page again'));
    expect(onReread).toHaveBeenCalledTimes(2);
  });

  it('copies the claim JSON of the extract contract', async () => {
    const result = await read(PAGE);
    const { user, props } = show({ result });
    await user.click(openDetails());
    await user.click(button('Copy as JSON'));
    const json = (props.onCopyJson as ReturnType<typeof vi.fn>).mock.calls[0]![0] as string;
    expect(JSON.parse(json)).toEqual(result.page);
    expect(Object.keys(JSON.parse(json))[0]).toBe('portal');
  });

  it('"This looks wrong" shows where each value came from and highlights it', async () => {
    const onHighlight = vi.fn();
    const { user } = show({ result: await read(PAGE), onHighlight });
    const sources = () => screen.queryByRole('region', { name: 'Where each value came from' });
    expect(sources()).toBeNull();
    await user.click(openDetails());
    const toggle = button('This looks wrong');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const claimRow = within(sources()!).getAllByRole('row').find((r) => within(r).queryByRole('rowheader', { name: 'Claim number' }))!;
    const [pageText, element] = within(claimRow).getAllByRole('cell');
    expect(readText(pageText)).toBe('VIEW00000001');
    expect(readText(sources())).toContain('Line 2 · units');
    // A label whose value could not be read is listed too.
    expect(readText(sources())).toContain('see attachment');
    expect(readText(sources())).toContain('Diagnosis B');
    await user.click(button('Show Claim number on page'));
    // The full selector, the one the code cell's tooltip shows.
    expect(onHighlight).toHaveBeenCalledWith(within(element!).getByTitle(/./).getAttribute('title'));
    await user.click(toggle);
    expect(sources()).toBeNull();
  });

  it('shows a results list', async () => {
    const list = await read(`<body><table><tr><th>Claim #</th><th>Patient</th><th>DOS</th><th>Status</th><th>Billed</th></tr>
      <tr><td>L000000001</td><td>TESTPATIENT, ALEX</td><td>01/02/2026</td><td>Paid</td><td>$10.00</td></tr>
      <tr><td>L000000002</td><td>TESTPATIENT, SAM</td><td>01/03/2026 - 01/04/2026</td><td>Denied</td><td>$20.00</td></tr></table></body>`);
    show({ result: list });
    const rows = bodyRows(screen.getByRole('table'));
    expect(rows.map((r) => readText(within(r).getAllByRole('cell')[0]))).toEqual(['L000000001', 'L000000002']);
    expect(readText(rows[1])).toContain('01/03/2026 – 01/04/2026');
  });

  it('renders page text as text, never as markup', async () => {
    const hostile = await read('<body><dl><dt>Claim #</dt><dd>X000000001</dd><dt>Status</dt><dd>&lt;img src=x onerror=alert(1)&gt;</dd></dl></body>');
    const { container } = show({ result: hostile });
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(readText(valueOf('Status'))).toBe('<img src=x onerror=alert(1)>');
  });

  it('speaks French', async () => {
    setLocale('fr');
    show({ result: await read(PAGE) });
    expect(button('Copier en JSON')).toBeTruthy();
    expect(button('Quelque chose cloche')).toBeTruthy();
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
    show({ result: { ...result, unsure: ['billed', 'lines[0].paid'] } });
    // Where each mark stands: the header field it follows, or the column of its line cell.
    const marked = screen.getAllByTitle(UNSURE).map((m) => m.closest('dd')?.previousElementSibling?.textContent ?? m.closest('td')?.cellIndex);
    expect(marked).toEqual(['Billed', 5, 8]); // the paid cell of line 1 in the compact table and in the full one
    expect(screen.getAllByTitle(UNSURE)[0]!.getAttribute('title')).toContain('not sure of this value');
  });
});
