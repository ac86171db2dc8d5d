/**
 * npm run bench:lookup — the lookup engine over the full generated tables against plain fuse.js over
 * the same records, in the same run. Prints load-to-first-answer time, heap, query latency
 * (p50/p95/max) for both, the ratios, and the quality figures (code forms first; top-5 hit rate of
 * test/codes/quality-queries.json). Latency is shown cold (each query once, as a user meets it) and
 * warm (median of 5 repeats), with the 10 slowest cold queries and the machine's load average, so
 * noise from other processes on shared cores can be told apart from the engine's own cost.
 *
 * Per-kind quality (issue 15): recall@5 of each kind of test/codes/quality-queries.json for the
 * grouped lookup (lib/lookup/answer.ts) beside the *previous* engine, measured in the same run.
 * The previous engine is the branch point's lib/codes/search.ts + synonyms.ts + search-score.ts,
 * read with `git show` into node_modules/.cache (its other imports point at today's modules, so
 * both answer over the same tables); without git the comparison is skipped and says so.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { CORE_FILE, GEMS_FILE, NOTES_FILE, SHORT_TITLES_FILE } from '@/lib/codes/core-format';
import { loadExtras, loadTables } from '@/lib/codes/load';
import { GENERATED_DIR } from '@/lib/codes/node';
import { displayCode } from '@/lib/codes/normalize';
import type { CodeTablesImpl } from '@/lib/codes/tables';
import type { SearchOptions, SearchResult } from '@/lib/codes/types';
import { lookup, type LookupAnswer } from '@/lib/lookup/answer';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { heapMb, machineLoad, ms2, percentiles } from './lib/bench';

const here = dirname(fileURLToPath(import.meta.url));
const quality = JSON.parse(readFileSync(resolve(here, '..', 'test', 'codes', 'quality-queries.json'), 'utf8')) as { cases: QualityCase[] };
interface QualityCase {
  q: string;
  expect: string;
  kind: string;
  expectAll?: string[];
  expectAny?: string[];
}
const WORD_KINDS = ['lay', 'abbr', 'typo'];
const read = async (file: string) => new Uint8Array(await readFile(join(GENERATED_DIR, file)));


const heapBefore = heapMb();
const t0 = performance.now();
const tables = await loadTables(read, { extras: 'none' });
tables.search('E11.9', { limit: 10 });
const firstAnswer = performance.now() - t0;
const heapCore = heapMb() - heapBefore;
const t1 = performance.now();
await loadExtras(tables, read);
const extrasMs = performance.now() - t1;
const heapAll = heapMb() - heapBefore;

// Queries: the quality set, code forms staff type, and words.
const core = tables.core;
const codeForms: { q: string; expect: string }[] = [];
for (let k = 0; k < 90; k++) {
  const id = Math.floor(((k * 7919) % 1000) / 1000 * core.size);
  const system = core.systemOf(id);
  if (system === 'icd9cm') continue;
  const compact = core.code(id);
  const shown = displayCode(system, compact);
  const forms = [shown, compact.toLowerCase(), ` ${shown.toLowerCase()} `, compact.length > 3 ? `${compact.slice(0, 1)}-${compact.slice(1)}` : shown, shown.replace('.', '. ')];
  codeForms.push({ q: forms[k % forms.length]!, expect: shown });
}
const words = ['fracture', 'diabetes', 'pain', 'injection', 'wheelchair', 'pressure ulcer', 'pregnancy', 'malignant neoplasm', 'infection', 'E11.', 'S52.5', 'J44', 'Z00.0', 'G04', 'M54', 'right knee', 'left ankle sprain', 'history of', 'screening', 'vaccine'];
const queries = [...quality.cases.map((c) => c.q), ...codeForms.map((c) => c.q), ...words];

// Cold pass: each query once, in order, as a user meets them (includes JIT warm-up and GC).
const load = machineLoad();
const ours: number[] = [];
for (const q of queries) {
  const a = performance.now();
  tables.search(q, { limit: 10, dos: '2026-11-26' });
  ours.push(performance.now() - a);
}
const o = percentiles(ours);
// Warm: each query 5 more times, its median. A query slow cold but fast warm was noise (other
// processes on the cores, GC, JIT); slow in both is the engine's own cost.
const warm = queries.map((q) => {
  const runs: number[] = [];
  for (let k = 0; k < 5; k++) {
    const a = performance.now();
    tables.search(q, { limit: 10, dos: '2026-11-26' });
    runs.push(performance.now() - a);
  }
  return runs.sort((x, y) => x - y)[2]!;
});
const w = percentiles(warm);
const slowest = queries.map((q, i) => ({ q, cold: ours[i]!, warm: warm[i]! })).sort((x, y) => y.cold - x.cold).slice(0, 10);

// Quality.
let codeFirst = 0;
for (const c of codeForms) if (tables.search(c.q, { limit: 5 })[0]?.code === c.expect) codeFirst++;
let top5 = 0;
const misses: string[] = [];
const wordCases = quality.cases.filter((c) => WORD_KINDS.includes(c.kind));
for (const c of wordCases) {
  if (tables.search(c.q, { limit: 5 }).some((r) => r.code === c.expect)) top5++;
  else misses.push(`${c.q} -> ${c.expect}`);
}

// --kinds-only: skip the plain fuse.js baseline below (minutes on a loaded machine).
const kindsOnly = process.argv.includes('--kinds-only');
// Baseline: plain fuse.js over the same records (code, title, inclusion terms), same machine, same run.
const records = kindsOnly ? [] : Array.from({ length: core.size }, (_, id) => ({ code: core.code(id), title: core.title(id), terms: core.terms(id).join(' ; ') }));
const heapB0 = heapMb();
const b0 = performance.now();
const fuse = new Fuse(records, { includeScore: true, ignoreLocation: true, keys: ['code', 'title', 'terms'] });
fuse.search('E11.9', { limit: 10 });
const baseFirst = performance.now() - b0;
const baseHeap = heapMb() - heapB0;
// Every 6th query (plain fuse.js takes seconds per query), with ours on the same subset.
const subset = queries.filter((_, i) => i % 6 === 0);
const base: number[] = [];
const oursSubset: number[] = [];
for (const q of kindsOnly ? [] : subset) {
  let a = performance.now();
  fuse.search(q, { limit: 10 });
  base.push(performance.now() - a);
  a = performance.now();
  tables.search(q, { limit: 10, dos: '2026-11-26' });
  oursSubset.push(performance.now() - a);
}
const b = kindsOnly ? { p50: NaN, p95: NaN, max: NaN } : percentiles(base);
const os = kindsOnly ? { p50: NaN, p95: NaN, max: NaN } : percentiles(oursSubset);

const sizes = JSON.parse(readFileSync(join(GENERATED_DIR, 'manifest.json'), 'utf8')) as { files: { file: string; bytes: number }[] };
console.log(`lookup benchmark (${core.size.toLocaleString('en-US')} entries, ${queries.length} queries; Node ${process.version})`);
console.log(`generated files: ${sizes.files.map((x) => `${x.file} ${(x.bytes / 1e6).toFixed(1)} MB`).join(', ')}; startup path: ${CORE_FILE}; lazy: ${[SHORT_TITLES_FILE, NOTES_FILE, GEMS_FILE].join(', ')}`);
console.log(`engine:     files -> first answer ${ms2(firstAnswer)} ms (extras +${ms2(extrasMs)} ms); heap ${ms2(heapCore)} MB core, ${ms2(heapAll)} MB with extras; query p50 ${ms2(o.p50)} ms, p95 ${ms2(o.p95)} ms, max ${ms2(o.max)} ms`);
console.log(`engine warm (median of 5 runs per query): p50 ${ms2(w.p50)} ms, p95 ${ms2(w.p95)} ms, max ${ms2(w.max)} ms; 1-min ${load.describe()}`);
console.log(`slowest cold queries (cold / warm ms): ${slowest.map((x) => `${JSON.stringify(x.q)} ${ms2(x.cold)}/${ms2(x.warm)}`).join(', ')}`);
if (kindsOnly) console.log('fuse.js baseline skipped (--kinds-only)');
else {
  console.log(`fuse.js:    index -> first answer ${ms2(baseFirst)} ms; heap ${ms2(baseHeap)} MB; query p50 ${ms2(b.p50)} ms, p95 ${ms2(b.p95)} ms, max ${ms2(b.max)} ms (${subset.length} queries)`);
  console.log(`same ${subset.length} queries, engine: p50 ${ms2(os.p50)} ms, p95 ${ms2(os.p95)} ms, max ${ms2(os.max)} ms`);
  console.log(`ratio fuse.js / engine: p50 ${ms2(b.p50 / os.p50)}x, p95 ${ms2(b.p95 / os.p95)}x, max ${ms2(b.max / os.max)}x`);
}
console.log(`targets: p95 <= 5 ms ${o.p95 <= 5 ? 'OK' : 'MISSED'}; first answer <= 300 ms ${firstAnswer <= 300 ? 'OK' : 'MISSED'}; heap <= 80 MB ${heapAll <= 80 ? 'OK' : 'MISSED'}`);
console.log(`quality: code forms answered first ${codeFirst}/${codeForms.length}; top-5 for lay terms, abbreviations, typos ${top5}/${wordCases.length} = ${((top5 / wordCases.length) * 100).toFixed(1)}% (target 95%)`);
if (misses.length) console.log(`  misses: ${misses.join('; ')}`);

// --- per kind: grouped lookup vs the previous engine -------------------------------------------

type Search = (t: CodeTablesImpl, q: string, o: SearchOptions) => SearchResult[];
async function previousEngine(): Promise<{ search: Search; ref: string } | { error: string }> {
  try {
    const root = resolve(here, '..');
    const git = (...a: string[]) => execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();
    // The first version's engine (before issue 15's pasted-text lookup), or another commit to compare with.
    const ref = process.env.BENCH_BASELINE_REF ?? '884de97';
    const dir = join(root, 'node_modules', '.cache', 'bench-lookup-baseline');
    mkdirSync(dir, { recursive: true });
    const copied = ['search', 'synonyms', 'search-score'];
    for (const name of copied) {
      const text = git('show', `${ref}:lib/codes/${name}.ts`).replace(/from '\.\/([\w-]+)'/g, (whole, mod: string) =>
        copied.includes(mod) ? whole : `from '${join(root, 'lib', 'codes', mod).replace(/\\/g, '/')}'`);
      writeFileSync(join(dir, `${name}.ts`), text);
    }
    const mod = (await import(join(dir, 'search.ts'))) as { searchTables: Search };
    return { search: mod.searchTables, ref: ref.slice(0, 10) };
  } catch (e) {
    return { error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  }
}

const DOS = '2026-03-01';
const flat = (a: LookupAnswer) => a.groups.flatMap((g) => g.rows);
/** New engine: does the answer hold the expected code within `k` (per group for several codes)? */
function newHit(c: QualityCase, a: LookupAnswer, k: number): boolean[] {
  const g0 = a.groups[0];
  switch (c.kind) {
    case 'several':
      return c.expectAll!.map((code, i) => (a.groups[i]?.rows ?? []).slice(0, k).some((r) => r.code === code));
    case 'denial': {
      const [list, code] = c.expect.split(':') as [string, string];
      if (list === 'modifier') return [(g0?.rows ?? []).slice(0, k).some((r) => r.system === 'modifier' && r.code === code)];
      return [a.groups.some((g) => g.denials.some((d) => d.list === list && d.code === code))];
    }
    case 'retired':
      return [!!g0?.history && (g0.history.successors.slice(0, k).some((e) => e.code === c.expect) || g0.rows.slice(0, k).some((r) => r.code === c.expect))];
    case 'icd9-title':
      return [flat(a).slice(0, k).some((r) => (c.expectAny ?? [c.expect]).includes(r.code))];
    default:
      return [(g0?.rows ?? []).slice(0, k).some((r) => r.code === c.expect)];
  }
}
function oldHit(c: QualityCase, list: SearchResult[], k: number): boolean[] {
  const top = list.slice(0, k);
  switch (c.kind) {
    case 'several':
      return c.expectAll!.map((code) => top.some((r) => r.code === code));
    case 'denial': {
      const [list2, code] = c.expect.split(':') as [string, string];
      return [list2 === 'modifier' && top.some((r) => r.system === 'modifier' && r.code === code)];
    }
    case 'icd9-title':
      return [top.some((r) => (c.expectAny ?? [c.expect]).includes(r.code))];
    default:
      return [top.some((r) => r.code === c.expect)];
  }
}

const previous = await previousEngine();
const kinds = [...new Set(quality.cases.map((c) => c.kind))];
const pct = (n: number, d: number) => `${n}/${d} = ${((n / d) * 100).toFixed(0)}%`;
const newTimes: number[] = [];
const oldTimes: number[] = [];
const newMisses: string[] = [];
console.log(`\nper kind, recall@5 (several: each code in its own group; retired: a successor; denial: CARC/RARC answered), new lookup vs ${'error' in previous ? `previous engine (skipped: ${previous.error})` : `previous engine @ ${previous.ref}`}:`);
for (const kind of kinds) {
  const cases = quality.cases.filter((c) => c.kind === kind);
  let n5 = 0, n1 = 0, n3 = 0, o5 = 0, total = 0;
  for (const c of cases) {
    let a0 = performance.now();
    const answer = lookup(tables, c.q, { limit: 25, dos: DOS });
    newTimes.push(performance.now() - a0);
    const h5 = newHit(c, answer, 5);
    const h1 = newHit(c, answer, 1);
    const h3 = newHit(c, answer, 3);
    total += h5.length;
    n5 += h5.filter(Boolean).length;
    n1 += h1.filter(Boolean).length;
    n3 += h3.filter(Boolean).length;
    if (h5.some((x) => !x) || (kind === 'pasted' && !h1[0])) newMisses.push(`[${kind}] ${JSON.stringify(c.q)} -> ${c.expectAll?.join(',') ?? c.expect}`);
    if (!('error' in previous)) {
      a0 = performance.now();
      const old = previous.search(tables, c.q, { limit: 25, dos: DOS });
      oldTimes.push(performance.now() - a0);
      o5 += oldHit(c, old, 5).filter(Boolean).length;
    }
  }
  const before = 'error' in previous ? 'n/a' : pct(o5, total);
  console.log(`  ${kind.padEnd(11)} new ${pct(n5, total).padEnd(16)} (top 1 ${pct(n1, total)}, top 3 ${pct(n3, total)})   previous ${before}`);
}
const nt = percentiles(newTimes);
console.log(`  cold latency (each query once) over these ${newTimes.length} queries: new lookup p50 ${ms2(nt.p50)} ms, p95 ${ms2(nt.p95)} ms, max ${ms2(nt.max)} ms${oldTimes.length ? `; previous engine p50 ${ms2(percentiles(oldTimes).p50)} ms, p95 ${ms2(percentiles(oldTimes).p95)} ms` : ''}`);
// Warm: median of 5 runs per query, both engines, interleaved so machine load hits both alike.
const median = (fn: () => void) => {
  const runs: number[] = [];
  for (let k = 0; k < 5; k++) {
    const a = performance.now();
    fn();
    runs.push(performance.now() - a);
  }
  return runs.sort((x, y) => x - y)[2]!;
};
const warmNew: number[] = [];
const warmOld: number[] = [];
for (const c of quality.cases) {
  warmNew.push(median(() => lookup(tables, c.q, { limit: 25, dos: DOS })));
  if (!('error' in previous)) warmOld.push(median(() => previous.search(tables, c.q, { limit: 25, dos: DOS })));
}
const wn = percentiles(warmNew);
const wo = warmOld.length ? percentiles(warmOld) : null;
console.log(`  warm latency (median of 5 per query): new lookup p50 ${ms2(wn.p50)} ms, p95 ${ms2(wn.p95)} ms, max ${ms2(wn.max)} ms${wo ? `; previous engine p50 ${ms2(wo.p50)} ms, p95 ${ms2(wo.p95)} ms, max ${ms2(wo.max)} ms; ratio new / previous p95 ${ms2(wn.p95 / wo.p95)}x` : ''}`);
const pastedCases = quality.cases.filter((c) => c.kind === 'pasted');
const pastedTop1 = pastedCases.filter((c) => newHit(c, lookup(tables, c.q, { limit: 25, dos: DOS }), 1)[0]).length;
const severalCases = quality.cases.filter((c) => c.kind === 'several');
const severalTop3 = severalCases.flatMap((c) => newHit(c, lookup(tables, c.q, { limit: 25, dos: DOS }), 3));
const icd9Cases = quality.cases.filter((c) => c.kind === 'icd9-title');
const icd9Top5 = icd9Cases.filter((c) => newHit(c, lookup(tables, c.q, { limit: 25, dos: DOS }), 5)[0]).length;
console.log(`targets: pasted forms top 1 ${pastedTop1 === pastedCases.length ? 'OK' : 'MISSED'} (${pct(pastedTop1, pastedCases.length)}); several codes each top 3 ${severalTop3.every(Boolean) ? 'OK' : 'MISSED'} (${pct(severalTop3.filter(Boolean).length, severalTop3.length)}); ICD-9 titles top 5 >= 90% ${icd9Top5 / icd9Cases.length >= 0.9 ? 'OK' : 'MISSED'} (${pct(icd9Top5, icd9Cases.length)}); lookup p95 <= 5 ms cold ${nt.p95 <= 5 ? 'OK' : 'MISSED'}, warm ${wn.p95 <= 5 ? 'OK' : 'MISSED'}`);
if (newMisses.length) console.log(`  new lookup misses: ${newMisses.join('; ')}`);
