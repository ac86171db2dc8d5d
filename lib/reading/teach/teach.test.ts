import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Claim } from '@/lib/claim/types';
import { extractClaimPage } from '@/lib/reading/portals/extract';
import { parseHtml } from '@/lib/reading/portals/node-dom';
import { closePages, keepOpen } from '@/test/support/portals';
import { labelOf } from './locate-label';
import { cleanMappings, exportMappings, forget, isSafeLabel, readerHints, teach, type TaughtField } from './mapping';

afterAll(closePages);

const PAGE_URL = 'https://teach.example.test/claim';
const open = (html: string) => keepOpen(parseHtml(html, PAGE_URL)).document;
const DAY = '2026-12-04';

/** The value element a user would point at: the innermost element whose own text is the value. */
function pick(doc: Document, text: string): Element {
  const all = Array.from(doc.body.querySelectorAll('*')).filter((e) => (e.textContent ?? '').trim() === text);
  const el = all.at(-1);
  if (!el) throw new Error(`no element with ${text}`);
  return el;
}

function taught(doc: Document, field: TaughtField['field'], value: string, pageValues: string[] = []): TaughtField {
  const found = labelOf(pick(doc, value));
  if (!found || !isSafeLabel(found.label, pageValues)) throw new Error(`no safe label for ${field}`);
  return { field, label: found.label, structure: found.structure, taughtOn: DAY };
}

const PAGE = `<body><main>
  <div class="hdr"><span class="cap">Reference Key</span> <span class="v">QK-55012-7</span></div>
  <div class="hdr"><span class="cap">Enrollee</span> <span class="v">LEMAIRE, CLAIRE</span></div>
  <div class="hdr"><span class="cap">Amt Pd to Prov</span> <span class="v">$40.00</span></div>
  <div class="hdr"><span class="cap">Payer</span> <span class="v">Gold PPO Plus</span></div>
  <table><thead><tr><th>DOS</th><th>Procedure Code</th><th>Units</th><th>Chg</th><th>Prov Pmt</th></tr></thead>
  <tbody><tr><td>05/06/2026</td><td>99213</td><td>1</td><td>$90.00</td><td>$40.00</td></tr></tbody></table>
</main></body>`;

describe('teaching the reader (issue 13)', () => {
  it('finds the label of a picked value in every usual layout', () => {
    const doc = open(`<body><dl><dt>Claim No.</dt><dd><span>A1</span></dd></dl>
      <table><tr><th>Billed</th><td>$5.00</td></tr></table>
      <table><thead><tr><th>Code</th><th>Net Amt</th></tr></thead><tbody><tr><td>99213</td><td>$3.00</td></tr></tbody></table>
      <p><b>Payer Org:</b> Fabrikam</p><div role="grid"><div role="row"><span role="columnheader">Plan Pmt</span></div>
      <div role="row"><span role="gridcell">$7.00</span></div></div></body>`);
    expect(labelOf(pick(doc, 'A1'))).toEqual({ label: 'Claim No.', structure: 'pair' });
    expect(labelOf(pick(doc, '$5.00'))).toEqual({ label: 'Billed', structure: 'pair' });
    expect(labelOf(pick(doc, '$3.00'))).toEqual({ label: 'Net Amt', structure: 'column' });
    expect(labelOf(doc.querySelector('p')!)).toEqual({ label: 'Payer Org', structure: 'pair' });
    expect(labelOf(pick(doc, '$7.00'))).toEqual({ label: 'Plan Pmt', structure: 'column' });
  });

  it('reads a taught label next time, and leaves a field marked "not on this page" empty', () => {
    const doc = open(PAGE);
    const before = extractClaimPage(doc, PAGE_URL).page as Claim;
    expect(before).toMatchObject({ claimNumber: null, patientName: null, paid: null, payer: 'Gold PPO Plus' });
    expect(before.lines[0]!.paid).toBeNull();
    let site: TaughtField[] = [];
    site = teach(site, taught(doc, 'claimNumber', 'QK-55012-7'));
    site = teach(site, taught(doc, 'patientName', 'LEMAIRE, CLAIRE'));
    site = teach(site, { ...taught(doc, 'paid', '$40.00'), label: 'Amt Pd to Prov' });
    site = teach(site, { field: 'line.paid', label: 'Prov Pmt', structure: 'column', taughtOn: DAY });
    site = teach(site, { field: 'payer', label: '', structure: 'absent', taughtOn: DAY });
    const result = extractClaimPage(doc, PAGE_URL, undefined, readerHints(site));
    const after = result.page as Claim;
    expect(after).toMatchObject({ claimNumber: 'QK-55012-7', patientName: 'LEMAIRE, CLAIRE', paid: 40, payer: null });
    expect(after.lines[0]!.paid).toBe(40);
    expect(result.provenance.some((p) => p.path === 'payer')).toBe(false);
    expect(forget(site, 'payer').map((t) => t.field)).toEqual(['claimNumber', 'patientName', 'paid', 'line.paid']);
  });

  it('stores no value from the page: only labels, fields and structure', () => {
    // Teach every field a specialist could point at on an unseen fixture page, then look for each
    // value the page shows in what would be stored and exported.
    const html = readFileSync(resolve(__dirname, '../../../test/fixtures/reading/unseen/pairs-multi-per-row.html'), 'utf8');
    const doc = open(html);
    const claim = extractClaimPage(doc, PAGE_URL).page as Claim;
    const printed = ['CLM7730019921', 'RIVERA, MARIA', '02/14/1975', 'PA-00913', '09/02/2026 - 09/02/2026', 'Denied (F2)', '09/20/2026',
      '$1,250.00', '$0.00', 'Example Mutual Health', 'M54.50', 'M51.26', '72148', '$1,100.00', 'CO-197 $1,100.00', 'N54'];
    const pageValues = [...printed, ...Object.values(claim).filter((v): v is string => typeof v === 'string' && v !== 'generic')];
    const fields: [TaughtField['field'], string][] = [
      ['claimNumber', 'CLM7730019921'], ['patientName', 'RIVERA, MARIA'], ['patientDob', '02/14/1975'], ['patientAccountNumber', 'PA-00913'],
      ['status', 'Denied (F2)'], ['paidDate', '09/20/2026'], ['billed', '$1,250.00'], ['payer', 'Example Mutual Health'],
      ['diagnoses', 'M54.50'], ['line.code', '72148'], ['line.billed', '$1,100.00'], ['line.remarks', 'N54'],
    ];
    let site: TaughtField[] = [];
    for (const [field, value] of fields) site = teach(site, taught(doc, field, value, pageValues));
    expect(site).toHaveLength(fields.length);
    const stored = JSON.stringify(cleanMappings({ 'teach.example.test': site })) + exportMappings({ 'teach.example.test': site });
    for (const value of pageValues) expect(stored.includes(value), `stored text contains ${value}`).toBe(false);
    for (const v of [1250, 1100, 1975, 1100]) expect(stored.includes(String(v))).toBe(false);
  });

  it('refuses to store anything shaped like data as a label', () => {
    for (const bad of ['SMITH, JOHN', '02/14/1975', '$40.00', 'E11.9', 'CLM7730019921', 'A very long label with far too many words in it', '']) {
      expect(isSafeLabel(bad, ['SMITH, JOHN']), bad).toBe(false);
    }
    expect(isSafeLabel('Modifier 1')).toBe(true);
    expect(cleanMappings({ 'x.test': [{ field: 'paid', label: '$40.00', structure: 'pair', taughtOn: DAY }, { field: 'nope', label: 'X', structure: 'pair', taughtOn: DAY }] })).toEqual({});
    expect(cleanMappings({ 'bad host/': [{ field: 'paid', label: 'Paid', structure: 'pair', taughtOn: DAY }] })).toEqual({});
  });
});
