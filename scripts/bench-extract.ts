/**
 * npm run -s bench:extract
 *
 * Times extraction of a synthetic 200-line claim page (goal: at most 20 ms) beside a baseline
 * measured in the same run on the same document: a plain `querySelectorAll('td')` text walk,
 * the least any reader of that page must do. Also times the hostile 10,000-row table.
 * DOM: happy-dom in Node (scripts disabled). A browser's native DOM is faster still.
 */
import { extractClaimPage } from '@/lib/reading/portals/extract';
import { parseHtml } from '@/lib/reading/portals/node-dom';
import type { Claim } from '@/lib/claim/types';

const PAGE_URL = 'https://portal.example.test/claims/BENCH';

function claimPage(lines: number): string {
  const rows: string[] = [];
  for (let i = 0; i < lines; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    rows.push(
      `<tr><td>${i + 1}</td><td>11/${day}/2026</td><td>${97000 + (i % 900)}-${i % 2 ? '59' : 'GP'}</td><td>${(i % 4) + 1}</td><td>${'ABCD'[i % 4]}</td>` +
        `<td>$${(100 + i).toFixed(2)}</td><td>$${(80 + i).toFixed(2)}</td><td>$${(64 + i).toFixed(2)}</td><td>CO-45 $20.00; PR-2 $16.00</td><td>N130</td></tr>`,
    );
  }
  return `<!doctype html><html><head><title>Claim Detail</title></head><body>
    <header class="site-header">Welcome, TESTBILLER · Last login: 11/25/2026 08:14</header>
    <main><h1>Claim Detail</h1>
    <dl><dt>Claim #</dt><dd>BENCH2026000001</dd><dt>Member ID</dt><dd>ZZB100200300</dd><dt>Patient Name</dt><dd>TESTPATIENT, ALEX</dd>
    <dt>Dates of Service</dt><dd>11/01/2026 - 11/28/2026</dd><dt>Status</dt><dd>Paid</dd><dt>Total Charges</dt><dd>$39,900.00</dd>
    <dt>Diagnosis Codes</dt><dd>E119, I10, Z7984, M5450</dd></dl>
    <table><thead><tr><th>Line</th><th>DOS</th><th>Proc Code</th><th>Units</th><th>Dx Ptr</th><th>Billed</th><th>Allowed</th><th>Paid</th><th>Adj Reason</th><th>Remark</th></tr></thead>
    <tbody>${rows.join('')}</tbody></table></main>
    <footer>Provider Services 1-800-555-0100 · ZIP 99999</footer></body></html>`;
}

function hostilePage(rows: number): string {
  let body = '';
  for (let i = 0; i < rows; i++) body += `<tr><td>11/03/2026</td><td>99213</td><td>1</td><td>$${i}.00</td><td>$0.00</td><td>&lt;script&gt;alert(${i})&lt;/script&gt;</td></tr>`;
  return `<html><body><dl><dt>Claim #</dt><dd>HOSTILE00001</dd></dl><table><tr><th>DOS</th><th>Proc Code</th><th>Units</th><th>Billed</th><th>Paid</th><th>Adj Reason</th></tr>${body}</table></body></html>`;
}

function baseline(doc: Document): number {
  let chars = 0;
  for (const td of doc.querySelectorAll('td')) chars += (td.textContent ?? '').length;
  return chars;
}

/** A second yardstick: one read of all the page's text (happy-dom caches query results, so the td walk is nearly free on a static page). */
function wholeText(doc: Document): number {
  return (doc.body?.textContent ?? '').length;
}

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]! };
}

function time(fn: () => unknown, repeats: number): { median: number; p95: number } {
  for (let i = 0; i < 5; i++) fn(); // warm-up: JIT and happy-dom caches
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

async function main(): Promise<void> {
  const page = parseHtml(claimPage(200), PAGE_URL);
  const check = extractClaimPage(page.document, PAGE_URL);
  const lines = (check.page as Claim).lines.length;
  if (lines !== 200) throw new Error(`bench page read wrong: ${lines} lines instead of 200`);
  const repeats = 40;
  const ext = time(() => extractClaimPage(page.document, PAGE_URL), repeats);
  const base = time(() => baseline(page.document), repeats);
  const whole = time(() => wholeText(page.document), repeats);
  console.log(`claim page, 200 service lines (${repeats} runs, happy-dom):`);
  console.log(`  extractClaimPage      median ${ms(ext.median)}  p95 ${ms(ext.p95)}  (goal <= 20 ms: ${ext.median <= 20 ? 'met' : 'NOT met'})`);
  console.log(`  baseline td text walk median ${ms(base.median)}  p95 ${ms(base.p95)}`);
  console.log(`  baseline body text     median ${ms(whole.median)}  p95 ${ms(whole.p95)}`);
  console.log(`  ratio extract/td walk ${(ext.median / base.median).toFixed(1)}x, extract/body text ${(ext.median / whole.median).toFixed(1)}x`);
  await page.close();

  const t0 = performance.now();
  const hostile = parseHtml(hostilePage(10000), PAGE_URL);
  const parseMs = performance.now() - t0;
  const h = time(() => extractClaimPage(hostile.document, PAGE_URL), 5);
  const hb = time(() => baseline(hostile.document), 5);
  const result = extractClaimPage(hostile.document, PAGE_URL);
  console.log('hostile page, 10,000-row table:');
  console.log(`  parse (happy-dom, once) ${ms(parseMs)}`);
  console.log(`  extractClaimPage      median ${ms(h.median)}  p95 ${ms(h.p95)}  lines kept ${(result.page as Claim).lines.length}${result.warning ? `  warning: ${result.warning}` : ''}`);
  console.log(`  baseline td text walk median ${ms(hb.median)}`);
  console.log(`  ratio extract/baseline ${(h.median / hb.median).toFixed(2)}x`);
  await hostile.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
