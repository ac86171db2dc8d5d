/**
 * The demo portal (test/fixtures/demo) is what a new user sees first: every page the index links
 * must exist, and each claim page must read as the demo promises, served from localhost (so read by
 * the generic extractor, as any unknown portal would be).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Claim, ClaimList } from '@/lib/claim/types';
import { extractClaimPage } from './extract';
import { parseHtml } from './node-dom';
import { closePages, keepOpen } from '@/test/support/portals';

const DEMO = resolve(__dirname, '../../../test/fixtures/demo');
afterAll(closePages);

function read(name: string) {
  const url = `http://localhost:5174/${name}`;
  const page = keepOpen(parseHtml(readFileSync(join(DEMO, name), 'utf8'), url));
  return { doc: page.document, result: extractClaimPage(page.document, url) };
}

describe('demo portal', () => {
  it('links only pages that exist, and every page is linked', () => {
    const { doc, result } = read('index.html');
    expect(result.found).toBe(false);
    const links = [...doc.querySelectorAll('#demo-pages a')].map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const href of links) expect(existsSync(join(DEMO, href)), href).toBe(true);
  });

  it('Availity-style page: the claim lives in the iframe document', () => {
    const outer = read('availity.html');
    expect(outer.result.found).toBe(false);
    expect(outer.doc.querySelector('iframe')!.getAttribute('src')).toBe('availity-app.html');
    const claim = read('availity-app.html').result.page as Claim;
    expect(claim).toMatchObject({ claimNumber: '26309ZX00877', payer: 'DEMO BLUE PLAN', status: 'Denied', statusCategory: null }); // the page shows no category code: none is derived (issue 13)
    expect(claim.lines.map((l) => l.code)).toEqual(['20610', 'J7325']);
  });

  it('Medicare contractor page: ICN and line-level CARC/RARC', () => {
    const claim = read('medicare-mac.html').result.page as Claim;
    expect(claim.claimNumber).toBe('2126331047210');
    expect(claim.lines[1]).toMatchObject({ code: 'A7030', remarks: ['N640', 'M62'], adjustments: [{ group: 'CO', reason: '150', amount: 1000 }] });
  });

  it('ePACES-style page: payer claim control number and status category', () => {
    const claim = read('epaces.html').result.page as Claim;
    expect(claim).toMatchObject({ claimNumber: '26300100000401', statusCategory: 'F2', memberId: 'ZZ12345Z', checkNumber: '00094412' });
  });

  it('generic page: claim data read, noise ignored', () => {
    const { result } = read('generic-portal.html');
    const claim = result.page as Claim;
    expect(claim.claimNumber).toBe('EHP2026110400123');
    expect(JSON.stringify(claim)).not.toMatch(/9999999999|8888888888|1234567893|12-3456789|555|99999/);
  });

  it('single-page portal: first claim, lines read from the hidden tab', () => {
    const claim = read('spa.html').result.page as Claim;
    expect(claim.claimNumber).toBe('SPA2026000001');
    expect(claim.lines.map((l) => [l.code, l.modifiers])).toEqual([['25605', ['54', 'LT']], ['Q4049', []]]);
  });

  it('claim with known problems carries every planted problem', () => {
    const claim = read('known-problems.html').result.page as Claim;
    expect(claim.serviceFrom).toBe('2026-01-14');
    expect(claim.diagnoses).toEqual(['E11', 'B88.0', 'E10.9', 'E11.9']);
    expect(claim.lines[1]!.dxPointers).toEqual([5]);
    expect(claim.lines.flatMap((l) => l.adjustments.map((a) => `${a.group}-${a.reason}`))).toEqual(expect.arrayContaining(['CO-97', 'CO-50']));
    expect(claim.lines[3]!.units).toBe(0);
  });

  it('results list page', () => {
    const page = read('results-list.html').result.page as ClaimList;
    expect(page.claims.map((c) => c.claimNumber)).toEqual(['A26301000101', 'A26301000102', 'A26305000477']);
  });
});
