/**
 * npm run -s lookup -- [--dos YYYY-MM-DD] [--system icd10cm|icd9cm|hcpcs|cpt|modifier] [--limit N] [--json] [QUERY ...]
 * Without QUERY, reads one query per line from stdin. --json prints one JSON line per query.
 */
import { createInterface } from 'node:readline';
import { loadTablesFromDir } from '../lib/codes/node';
import { CODE_SYSTEMS, type CodeSystem, type SearchOptions } from '../lib/codes/types';

function usage(message: string): never {
  console.error(`lookup: ${message}\nusage: npm run -s lookup -- [--dos YYYY-MM-DD] [--system ${CODE_SYSTEMS.join('|')}] [--limit N] [--json] [QUERY ...]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const opts: SearchOptions = { limit: 10 };
let json = false;
const queries: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--json') json = true;
  else if (a === '--dos') {
    const v = args[++i];
    if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) usage('--dos needs a date as YYYY-MM-DD');
    opts.dos = v;
  } else if (a === '--system') {
    const v = args[++i] as CodeSystem | undefined;
    if (!v || !CODE_SYSTEMS.includes(v)) usage(`--system must be one of ${CODE_SYSTEMS.join(', ')}`);
    (opts.systems ??= []).push(v);
  } else if (a === '--limit') {
    const v = Number(args[++i]);
    if (!Number.isInteger(v) || v < 1) usage('--limit needs a positive whole number');
    opts.limit = v;
  } else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else queries.push(a);
}

const tables = await loadTablesFromDir(undefined, { extras: 'eager' }).catch((e: unknown) => {
  console.error(`lookup: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

function answer(query: string): void {
  const results = tables.search(query, opts);
  if (json) {
    const out = results.map((r) => ({ system: r.system, code: r.code, title: r.title, billable: r.billable, validOnDos: r.validOnDos, score: Number(r.score.toFixed(4)) }));
    console.log(JSON.stringify({ query, results: out }));
    return;
  }
  console.log(`\n${query}${opts.dos ? `  (date of service ${opts.dos})` : ''}`);
  if (!results.length) console.log('  no match');
  for (const r of results) {
    const flags = [r.billable ? '' : 'header', r.validOnDos === false ? 'NOT VALID ON DOS' : ''].filter(Boolean).join(', ');
    console.log(`  ${r.system.padEnd(8)} ${r.code.padEnd(9)} ${r.score.toFixed(2)}  ${r.title.slice(0, 90)}${flags ? `  [${flags}]` : ''}`);
    if (opts.dos && r.validOnDos === false) {
      const v = tables.validity(r.system, r.code, opts.dos);
      if (v.status === 'deleted') console.log(`${' '.repeat(24)}deleted ${v.deletedOn}${v.replacements.length ? `; see ${v.replacements.slice(0, 6).join(', ')}` : ''}`);
      else if (v.status === 'not-yet-valid') console.log(`${' '.repeat(24)}valid from ${v.effectiveFrom}`);
      else if (v.status === 'terminated') console.log(`${' '.repeat(24)}terminated ${v.terminatedOn}`);
    }
  }
}

if (queries.length) for (const q of queries) answer(q);
else {
  for await (const line of createInterface({ input: process.stdin })) if (line.trim()) answer(line.trim());
}
