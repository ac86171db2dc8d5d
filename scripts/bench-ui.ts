/**
 * npm run bench:ui [-- --runs N]  (the npm script builds the E2E extension first)
 *
 * Opens popup.html N times in Chromium with the built extension, types "e119" the moment the search
 * box exists (from inside the page, so no remote-control round trip delays the keystroke), and
 * reads the popup's performance marks (entrypoints/popup/App.tsx):
 *   navigation start -> rr:open (popup script renders) -> rr:interactive (box focused, tables
 *   ready) -> rr:first-results (first results in the DOM).
 * Baseline, measured in the same run on the same pages: navigation start -> DOMContentLoaded of the
 * popup (the page and its scripts, before any code table is read). Also measures, once the tables
 * are in, keystroke -> results for word queries (the "no visible lag" part).
 * Target: open -> first results <= 300 ms on this machine. Prints medians and p95; no pass/fail.
 */
import { launch } from '@/test/e2e/harness';
import { keystrokeToResults, marks, quantile, typeOnSight } from './lib/popup-marks';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 15;
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('bench:ui: --runs needs a positive whole number');
  process.exit(2);
}
const WORD_QUERIES = ['diabetis', 'heart attack', 'fracture radius', 'htn'];

interface Run {
  dcl: number;
  typed: number;
  open: number;
  interactive: number;
  firstResults: number;
}

const row = (label: string, values: number[]) =>
  console.log(`${label.padEnd(46)} median ${quantile(values, 0.5).toFixed(1).padStart(7)} ms   p95 ${quantile(values, 0.95).toFixed(1).padStart(7)} ms`);

const h = await launch();
try {
  await h.context.addInitScript(typeOnSight('e119'));
  const runs: Run[] = [];
  const typing: number[] = [];
  // One unmeasured opening warms Chromium's own caches the way a popup opened before would.
  for (let i = 0; i <= RUNS; i++) {
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('popup.html'), { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('rr:first-results').length > 0);
    const first = await page.getByRole('option').first().locator('.lk-code').textContent();
    if (first !== 'E11.9') throw new Error(`expected E11.9 first for "e119", got ${first}`);
    const m = await marks(page);
    if (m['rr:interactive'] === undefined) throw new Error('the popup did not mark rr:interactive (search box not focused?)');
    if (i > 0) {
      runs.push({ dcl: m.dcl!, typed: m['bench:typed']!, open: m['rr:open']!, interactive: m['rr:interactive'], firstResults: m['rr:first-results']! });
      for (const q of WORD_QUERIES) typing.push(await keystrokeToResults(page, q));
    }
    await page.close();
  }

  const col = (k: keyof Run) => runs.map((r) => r[k]);
  console.log(`bench:ui — popup.html opened ${RUNS} times in ${h.context.browser()?.version() ?? 'Chromium'} (headless), query "e119"\n`);
  row('baseline: navigation -> DOMContentLoaded', col('dcl'));
  row('navigation -> rr:open (popup renders)', col('open'));
  row('navigation -> query typed (box on screen)', col('typed'));
  row('navigation -> rr:interactive (box + tables)', col('interactive'));
  row('navigation -> rr:first-results', col('firstResults'));
  row('rr:open -> rr:first-results', runs.map((r) => r.firstResults - r.open));
  const ratio = quantile(col('firstResults'), 0.5) / quantile(col('dcl'), 0.5);
  console.log(`\nopen -> first results / baseline (medians): ${ratio.toFixed(2)}x`);
  console.log(`target: open -> first results <= 300 ms: median ${quantile(col('firstResults'), 0.5) <= 300 ? 'meets' : 'misses'} it`);
  row(`\nwarm keystroke -> results (${WORD_QUERIES.length} word queries x ${RUNS})`, typing.filter((n) => !Number.isNaN(n)));
} finally {
  await h.close();
}
