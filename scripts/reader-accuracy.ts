/**
 * npm run -s accuracy:reader [-- --verbose] [--json]
 *
 * Field accuracy of the claim reader on the unseen-layout fixtures (test/fixtures/reading/unseen):
 * pages written independently of the reader's own fixtures. Prints correct / wrong / missing per
 * field and in total; --verbose lists every difference per page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addScores, expandExpected, scorePage, total, type FieldScore } from '@/lib/reading/accuracy';
import { extractClaimPage } from '@/lib/reading/portals/extract';
import { parseHtml } from '@/lib/reading/portals/node-dom';

const DIR = resolve(import.meta.dirname, '../test/fixtures/reading/unseen');
const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');

const fields: Record<string, FieldScore> = {};
const perPage: { name: string; correct: number; wrong: number; missing: number }[] = [];
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const cases = readdirSync(DIR).filter((f) => f.endsWith(".html") && (!only || f.startsWith(only))).map((f) => f.slice(0, -5)).sort();
for (const name of cases) {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  const expected = expandExpected(JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')));
  const page = parseHtml(html, `https://portal.example.test/unseen/${name}`);
  const result = extractClaimPage(page.document, `https://portal.example.test/unseen/${name}`);
  const score = scorePage(expected, result.page);
  addScores(fields, score.fields);
  const t = total(score.fields);
  perPage.push({ name, correct: t.correct, wrong: t.wrong, missing: t.missing });
  if (verbose && !asJson) {
    console.log(`\n${name}: ${t.correct} correct, ${t.wrong} wrong, ${t.missing} missing`);
    for (const d of score.differences) console.log(`  ${d.kind.padEnd(7)} ${d.path}: expected ${JSON.stringify(d.expected)}, read ${JSON.stringify(d.actual)}`);
  }
  await page.close();
}

const all = total(fields);
if (asJson) {
  console.log(JSON.stringify({ cases: cases.length, ...all, fields, perPage }, null, 2));
} else {
  console.log(`\nReader accuracy on ${cases.length} unseen-layout pages`);
  console.log(`${'field'.padEnd(22)} correct  wrong  missing`);
  for (const [k, s] of Object.entries(fields).sort()) {
    if (s.correct + s.wrong + s.missing === 0) continue;
    console.log(`${k.padEnd(22)} ${String(s.correct).padStart(7)} ${String(s.wrong).padStart(6)} ${String(s.missing).padStart(8)}`);
  }
  console.log(`${'TOTAL'.padEnd(22)} ${String(all.correct).padStart(7)} ${String(all.wrong).padStart(6)} ${String(all.missing).padStart(8)}`);
  console.log(`accuracy: ${(all.accuracy * 100).toFixed(1)}% (wrong ${(100 * all.wrong / (all.correct + all.wrong + all.missing)).toFixed(1)}%, missing ${(100 * all.missing / (all.correct + all.wrong + all.missing)).toFixed(1)}%)`);
}
