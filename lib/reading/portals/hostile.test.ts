/**
 * Hostile and broken pages: no exception, bounded work, nothing executed, no page text treated as
 * markup. Time is measured by scripts/bench-extract.ts, not asserted here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Claim } from '@/lib/claim/types';
import { extractClaimPage } from './extract';
import { parseHtml } from './node-dom';
import { closePages, extractHtml as extract, keepOpen } from '@/test/support/portals';
import type { PortalAdapter } from './types';

afterAll(closePages);

const LINE_HEAD = '<tr><th>DOS</th><th>Proc Code</th><th>Units</th><th>Billed</th><th>Paid</th><th>Adj Reason</th></tr>';
const row = (i: number) => `<tr><td>11/03/2026</td><td>99213</td><td>1</td><td>$${i}.00</td><td>$0.00</td><td>CO-45</td></tr>`;

describe('hostile pages', () => {
  it('never executes script-like text and keeps it as plain text', () => {
    const g = globalThis as { remitRangerPwned?: number };
    g.remitRangerPwned = 0;
    const result = extract(`<html><body>
      <dl>
        <dt>Claim #</dt><dd>CLM12345<script>globalThis.remitRangerPwned = 1</script></dd>
        <dt>Patient Name</dt><dd>&lt;script&gt;globalThis.remitRangerPwned = 2&lt;/script&gt;</dd>
        <dt>Status</dt><dd><img src="x" onerror="globalThis.remitRangerPwned = 3">Denied &lt;b&gt;now&lt;/b&gt;</dd>
        <dt>Member ID</dt><dd>javascript:alert(1)</dd>
      </dl></body></html>`);
    expect(g.remitRangerPwned).toBe(0);
    const claim = result.page as Claim;
    expect(claim.claimNumber).toBe('CLM12345');
    expect(claim.patientName).toBeNull();
    expect(claim.memberId).toBeNull();
    expect(claim.status).toBe('Denied <b>now</b>');
    expect(JSON.stringify(result)).not.toContain('remitRangerPwned = 1');
  });

  it('reads a 10,000-row table without throwing and caps the lines', () => {
    let rows = '';
    for (let i = 0; i < 10000; i++) rows += row(i);
    const result = extract(`<html><body><dl><dt>Claim #</dt><dd>BIG0000001</dd></dl><table>${LINE_HEAD}${rows}</table></body></html>`);
    const claim = result.page as Claim;
    expect(claim.claimNumber).toBe('BIG0000001');
    expect(claim.lines.length).toBeGreaterThan(0);
    expect(claim.lines.length).toBeLessThanOrEqual(2000);
    expect(claim.lines[0]).toMatchObject({ code: '99213', billed: 0 });
  });

  it('survives 10,000 levels of nesting', () => {
    const depth = 10000;
    const html = `<html><body>${'<div>'.repeat(depth)}<span>Claim #:</span> <span>DEEP000001</span>${'</div>'.repeat(depth)}</body></html>`;
    const result = extract(html);
    expect(result.page).toBeDefined();
    expect(() => JSON.stringify(result)).not.toThrow();
  });

  it('reads malformed HTML as the browser would repair it', () => {
    const result = extract(`<body><p><b>Claim Number:</b> MAL0000042<table>${LINE_HEAD}<tr><td>11/03/2026<td>99213-25<td>1<td>$100.00<td>$80.00<td>CO-45</tr></td></td><tr><td>11/03/2026</td><td>J1100<td>2<td>$20.00<td>$0.00<td>CO-97</table></div></span>`);
    const claim = result.page as Claim;
    expect(claim.claimNumber).toBe('MAL0000042');
    expect(claim.lines.map((l) => [l.code, l.modifiers, l.units])).toEqual([['99213', ['25'], 1], ['J1100', [], 2]]);
  });

  it('returns an empty, unfound result for empty and non-HTML documents', () => {
    for (const html of ['', '<html></html>', '%PDF-1.4 binary \u0000\u0001', '<svg><text>Claim #: 1234</text></svg>']) {
      const result = extract(html);
      expect(result.found).toBe(false);
      expect(result.confidence).toBe(0);
    }
  });

  it('ignores very long label and value texts', () => {
    const long = 'Claim # '.repeat(5000);
    const result = extract(`<body><div>${long}</div><dl><dt>Claim #</dt><dd>${'9'.repeat(100000)}</dd></dl></body>`);
    expect((result.page as Claim).claimNumber).toBeNull();
  });
});

describe('random pages', () => {
  // Deterministic PRNG (mulberry32) so a failure can be replayed.
  function rng(seed: number) {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const TAGS = ['div', 'span', 'table', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'p', 'b', 'label', 'ul', 'li', 'section', 'thead', 'tbody', 'input', 'br'];
  const WORDS = ['Claim #', 'DOS', 'Billed', '$1,234.56', '99213-25', 'CO-45', 'N130', 'E119', '11/03/2026', 'Member ID', ':', '(12.00)',
    'Proc Code', 'Units', 'Adj Reason', 'Remark', '<script>x</script>', '\u0000', 'Status', 'Denied', 'A,B', 'Dx Ptr', '1', ''];

  it('never throws on 100 random tag soups and always returns JSON-safe results', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const r = rng(seed);
      const pick = <T,>(list: T[]) => list[Math.floor(r() * list.length)]!;
      let html = '';
      for (let i = 0; i < 150; i++) {
        const x = r();
        if (x < 0.4) html += `<${pick(TAGS)}${r() < 0.1 ? ' role="grid"' : ''}${r() < 0.1 ? ' colspan="3"' : ''}>`;
        else if (x < 0.6) html += `</${pick(TAGS)}>`;
        else html += pick(WORDS);
      }
      const result = extract(`<body>${html}</body>`);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('extractClaimPage', () => {
  it('falls back to the generic reader when an adapter throws, and says so', () => {
    const page = keepOpen(parseHtml('<body><dl><dt>Claim #</dt><dd>FALL000001</dd></dl></body>', 'https://broken.example.test/'));
    const broken: PortalAdapter = {
      id: 'broken', name: 'Broken portal',
      detect: () => true,
      extract: () => {
        throw new Error('layout changed');
      },
    };
    const result = extractClaimPage(page.document, 'https://broken.example.test/', [broken]);
    expect(result.portal).toBe('generic');
    expect((result.page as Claim).claimNumber).toBe('FALL000001');
    expect(result.warning).toContain('Broken portal');
  });

  it('treats a detect() that throws as "not this portal"', () => {
    const page = keepOpen(parseHtml('<body></body>'));
    const throwing: PortalAdapter = { id: 'x', name: 'X', detect: () => { throw new Error('boom'); }, extract: () => { throw new Error('never'); } };
    expect(extractClaimPage(page.document, 'not a url', [throwing]).portal).toBe('generic');
  });

  it('scores confidence and lists what the page did not show', () => {
    const result = extract(`<body><dl><dt>Claim #</dt><dd>CONF000001</dd><dt>DOS</dt><dd>11/03/2026</dd></dl>
      <table>${LINE_HEAD}${row(100)}</table></body>`);
    expect(result.found).toBe(true);
    // claim number 0.3 + lines 0.2 + service dates 0.1
    expect(result.confidence).toBe(0.6);
    expect(result.missing).toContain('memberId');
    expect(result.missing).not.toContain('claimNumber');
    expect(result.missing).not.toContain('lines');
    expect(result.provenance.find((p) => p.path === 'lines[0].code')?.text).toBe('99213');
  });

  it('reports labels whose values could not be read', () => {
    const result = extract('<body><dl><dt>Claim #</dt><dd>UNP0000001</dd><dt>Billed Amount</dt><dd>see attachment</dd></dl></body>');
    expect(result.unparsed).toEqual([expect.objectContaining({ path: 'billed', text: 'see attachment' })]);
  });
});
