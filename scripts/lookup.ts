/**
 * The popup's lookup (lib/lookup/answer.ts) on the command line: codes inside pasted text, several
 * codes, denial and remark codes (playbook, English), retired codes with their successors, ICD-9-CM
 * with its GEMs targets.
 * npm run -s lookup -- [--dos YYYY-MM-DD] [--system icd10cm|icd9cm|hcpcs|cpt|modifier] [--limit N] [--json] [--cpt FILE] [--codes FILE]... [QUERY ...]
 * Without QUERY, reads one query per line from stdin. --json prints one JSON line per query.
 * --cpt FILE reads a licensed CPT descriptor file the way the options page imports it (same checks,
 * errors with line numbers) and searches its descriptors too; nothing is stored.
 * --codes FILE (repeatable) imports an official release file (CMS/CDC order zip or file, tabular XML,
 * HCPCS ANWEB file or zip) the way the options page does, in memory: --dos answers from it for its dates.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import codeDataMessages from '@/lib/codes/strings';
import { decodeCptFile, parseLicensedCpt } from '@/lib/codes/cpt-import';
import { loadTablesFromDir } from '@/lib/codes/node';
import { CODE_SYSTEMS, type CodeSystem, type SearchOptions } from '@/lib/codes/types';
import { isIsoDate } from '@/lib/platform/dates';
import { errorMessage } from '@/lib/platform/errors';
import { lookup } from '@/lib/lookup/answer';
import { describeRelease, readReleaseFiles } from '@/lib/codes/releases/node';

function usage(message: string): never {
  console.error(`lookup: ${message}\nusage: npm run -s lookup -- [--dos YYYY-MM-DD] [--system ${CODE_SYSTEMS.join('|')}] [--limit N] [--json] [--cpt FILE] [--codes FILE]... [QUERY ...]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const opts: SearchOptions = { limit: 10 };
let json = false;
let cptFile: string | null = null;
const codeFiles: string[] = [];
const queries: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--json') json = true;
  else if (a === '--dos') {
    const v = args[++i];
    if (!isIsoDate(v)) usage('--dos needs a real calendar date as YYYY-MM-DD');
    opts.dos = v;
  } else if (a === '--system') {
    const v = args[++i] as CodeSystem | undefined;
    if (!v || !CODE_SYSTEMS.includes(v)) usage(`--system must be one of ${CODE_SYSTEMS.join(', ')}`);
    (opts.systems ??= []).push(v);
  } else if (a === '--limit') {
    const v = Number(args[++i]);
    if (!Number.isInteger(v) || v < 1) usage('--limit needs a positive whole number');
    opts.limit = v;
  } else if (a === '--codes') {
    codeFiles.push(args[++i] ?? usage('--codes needs a file'));
  } else if (a === '--cpt') {
    cptFile = args[++i] ?? usage('--cpt needs a file');
  } else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else queries.push(a);
}

const tables = await loadTablesFromDir(undefined, { extras: 'eager' }).catch((e: unknown) => {
  console.error(`lookup: ${errorMessage(e)}`);
  process.exit(1);
});

if (codeFiles.length) {
  const read = await readReleaseFiles(codeFiles);
  if (!read.ok) {
    console.error(`lookup: ${read.message} (nothing would be imported)`);
    process.exit(1);
  }
  tables.setImportedReleases(read.releases);
  for (const r of read.releases) console.error(`lookup: ${describeRelease(r)}`);
}

/** The English catalog text with its {placeholders} filled (the CLI has no locale). */
const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));

if (cptFile) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(cptFile);
  } catch (e) {
    console.error(`lookup: cannot read ${cptFile}: ${errorMessage(e)}`);
    process.exit(1);
  }
  const parsed = parseLicensedCpt(decodeCptFile(bytes));
  if (!parsed.ok) {
    const en = codeDataMessages.en;
    console.error(`lookup: ${cptFile} was not read (nothing would be imported):`);
    for (const e of parsed.errors) console.error(`  ${e.line != null ? `line ${e.line}: ` : ''}${fill(en[`codeData.error.${e.kind}`]!, e.params)}`);
    if (parsed.moreErrors) console.error('  (more problems not shown)');
    process.exit(1);
  }
  tables.setLicensedCpt(parsed.entries);
  console.error(`lookup: ${parsed.entries.length} CPT descriptors from ${cptFile} (${parsed.layout}${parsed.header ? ', header' : ''})`);
}

function answer(query: string): void {
  const { groups, copyList, notes } = lookup(tables, query, opts);
  const results = groups.flatMap((g) => g.rows);
  if (json) {
    const out = results.map((r) => ({ system: r.system, code: r.code, title: r.title, billable: r.billable, validOnDos: r.validOnDos, score: Number(r.score.toFixed(4)), ...(r.gem ? { gemFrom: r.gem.from } : {}) }));
    const extra = groups.map((g) => ({
      token: g.token?.text ?? null,
      denials: g.denials.map((d) => ({ list: d.list, group: d.group, code: d.code, title: d.explanation.inPlaybook ? d.explanation.entry.en.title : d.explanation.official })),
      modifiers: g.modifiers.map((m) => m.code),
      units: g.units,
      history: g.history && { status: g.history.status, changedOn: g.history.changedOn, deletedBefore: g.history.deletedBefore, successors: g.history.successors.map((e) => e.code) },
      nearest: g.unknown?.nearest.map((e) => e.code) ?? null,
    }));
    console.log(JSON.stringify({ query, results: out, groups: extra, copyList, notes }));
    return;
  }
  console.log(`\n${query}${opts.dos ? `  (date of service ${opts.dos})` : ''}`);
  if (!groups.length) console.log('  no match');
  for (const n of notes) console.log(`  note: ${n === 'ruleOut' ? 'r/o is not coded in outpatient settings (guideline IV.H): code the symptoms' : 'f/u is not Z09 in general: code the condition followed'}`);
  if (copyList) console.log(`  list: ${copyList}`);
  for (const g of groups) {
    if (groups.length > 1 || g.denials.length || g.history || g.unknown || g.modifiers.length || g.units != null) console.log(`  [${g.token?.text ?? query}]`);
    for (const d of g.denials) console.log(`  ${d.list.toUpperCase().padEnd(8)} ${(d.group ? `${d.group}-${d.code}` : d.code).padEnd(9)}       ${d.explanation.inPlaybook ? d.explanation.entry.en.title : (d.explanation.official ?? 'not in the playbook (import the X12 lists for the wording)')}`);
    if (g.units != null) console.log(`  units ${g.units}`);
    for (const m of g.modifiers) console.log(`  modifier ${m.code.padEnd(9)}       ${m.entry?.title.slice(0, 90) ?? 'unknown modifier'}`);
    const h = g.history;
    if (h) {
      const when = h.status === 'terminated' ? `terminated, last day ${h.lastValidDay}` : h.status === 'became-header' ? `header since ${h.changedOn}` : h.changedOn ? `deleted ${h.changedOn}` : `in FY2018 (GEMs), deleted before ${h.deletedBefore}`;
      console.log(`  ${h.code}: ${when}${h.successors.length ? `; successors (${h.successorsFrom}): ${h.successors.slice(0, 8).map((e) => e.code).join(', ')}` : ''}`);
    }
    if (g.unknown) console.log(`  ${g.unknown.code}: not a ${g.unknown.system} code in the loaded releases; nearest: ${g.unknown.nearest.map((e) => e.code).join(', ')}`);
    for (const r of g.rows.slice(0, opts.limit ?? 10)) {
      const flags = [r.billable ? '' : 'header', r.validOnDos === false ? 'NOT VALID ON DOS' : '', r.gem ? `GEMs from ${r.gem.from}${r.gem.approximate ? ', approximate' : ''}` : ''].filter(Boolean).join(', ');
      console.log(`  ${r.system.padEnd(8)} ${r.code.padEnd(9)} ${r.score.toFixed(2)}  ${r.title.slice(0, 90)}${flags ? `  [${flags}]` : ''}`);
      if (opts.dos && r.validOnDos === false) {
        const v = tables.validity(r.system, r.code, opts.dos);
        if (v.status === 'deleted') console.log(`${' '.repeat(24)}deleted ${v.deletedOn}${v.replacements.length ? `; see ${v.replacements.slice(0, 6).join(', ')}` : ''}`);
        else if (v.status === 'not-yet-valid') console.log(`${' '.repeat(24)}valid from ${v.effectiveFrom}`);
        else if (v.status === 'terminated') console.log(`${' '.repeat(24)}terminated ${v.terminatedOn}`);
      }
      if (opts.dos && r.validOnDos) {
        const v = tables.validity(r.system, r.code, opts.dos);
        if ((v.status === 'valid' || v.status === 'header') && v.suggest) console.log(`${' '.repeat(24)}outside the loaded releases (answered from ${v.release}); import ${v.suggest.files.join(' or ')} with --codes`);
      }
    }
  }
}

if (queries.length) for (const q of queries) answer(q);
else {
  for await (const line of createInterface({ input: process.stdin })) if (line.trim()) answer(line.trim());
}
