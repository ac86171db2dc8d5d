/**
 * npm run -s check -- [--today YYYY-MM-DD] [--settings FILE.json] [--edits FILE]... [--codes FILE]... [--json] FILE.html|FILE.json ...
 * Extracts each saved page (HTML; a `<name>.url` beside it picks the portal adapter) or reads each
 * claim JSON, cross-checks it and prints the findings. --json: one JSON object per file per line,
 * {"file": "...", "findings": [...]}. --settings: a CheckSettings JSON (payerRules, disabledRules).
 * --edits (repeatable): CMS NCCI PTP/MUE/add-on files (zip, txt, csv, CMS names), imported in memory
 * with the extension's importers; a file that does not import is a usage error listing its lines.
 * --codes FILE (repeatable): an official release file imported in memory as the options page does
 * (CMS/CDC order zip or file, tabular XML, HCPCS ANWEB), so dates of service in its period answer from it.
 * Exit 0 when every file was read, 1 when one could not be, 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import { isIsoDate, localIsoDay } from '@/lib/platform/dates';
import { checkFile, type FileFindings } from './lib/check-page';
import type { CheckSettings, Finding } from '@/lib/checks/types';
import { loadTablesFromDir } from '@/lib/codes/node';
import { errorMessage } from '@/lib/platform/errors';
import { editsErrorText, loadEditsFromPaths } from '@/lib/edits/node';
import { describeRelease, readReleaseFiles } from '@/lib/codes/releases/node';

function usage(message: string): never {
  console.error(`check: ${message}\nusage: npm run -s check -- [--today YYYY-MM-DD] [--settings FILE.json] [--edits FILE]... [--codes FILE]... [--json] FILE.html|FILE.json ...`);
  process.exit(2);
}

const args = process.argv.slice(2);
let today = localIsoDay();
let json = false;
let settingsFile: string | null = null;
const editFiles: string[] = [];
const codeFiles: string[] = [];
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--json') json = true;
  else if (a === '--today') {
    const v = args[++i];
    if (!isIsoDate(v)) usage('--today needs a real date as YYYY-MM-DD');
    today = v;
  } else if (a === '--settings') {
    const v = args[++i];
    if (!v) usage('--settings needs a file');
    settingsFile = v;
  } else if (a === '--edits') {
    const v = args[++i];
    if (!v) usage('--edits needs a file');
    editFiles.push(v);
  } else if (a === '--codes') {
    const v = args[++i];
    if (!v) usage('--codes needs a file');
    codeFiles.push(v);
  } else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else files.push(a);
}
if (files.length === 0) usage('give at least one FILE.html or FILE.json');

let settings: CheckSettings = {};
if (settingsFile) {
  try {
    settings = JSON.parse(await readFile(settingsFile, 'utf8')) as CheckSettings;
  } catch (e) {
    usage(`cannot read settings ${settingsFile}: ${errorMessage(e)}`);
  }
}

if (editFiles.length > 0) {
  const loaded = await loadEditsFromPaths(editFiles).catch((e: unknown) => usage(`cannot read edits: ${errorMessage(e)}`));
  if ('errors' in loaded) usage(`edits not imported:\n  ${loaded.errors.map(editsErrorText).join('\n  ')}`);
  settings = { ...settings, edits: loaded.index };
}

const tables = await loadTablesFromDir(undefined, { extras: 'eager' }).catch((e: unknown) => {
  console.error(`check: ${errorMessage(e)}`);
  process.exit(1);
});

if (codeFiles.length) {
  const read = await readReleaseFiles(codeFiles);
  if (!read.ok) {
    console.error(`check: ${read.message}`);
    process.exit(1);
  }
  tables.setImportedReleases(read.releases);
  for (const r of read.releases) console.error(`check: ${describeRelease(r)}`);
}

function where(f: Finding): string {
  if (f.lines && f.lines.length > 1) return `lines ${f.lines.map((l) => l + 1).join(',')}`;
  if ('claim' in f.where) return 'claim';
  if ('diagnosis' in f.where) return `dx ${String.fromCharCode(65 + f.where.diagnosis)}`;
  return `line ${f.where.line + 1}`;
}

function printText(result: FileFindings): void {
  console.log(result.file);
  if (result.error) { console.log(`  cannot read: ${result.error}`); return; }
  for (const [i, p] of (result.payerTypes ?? []).entries()) {
    const params = Object.entries(p.reason.params ?? {}).map(([k, v]) => `${k}=${v}`).join(', ');
    const which = (result.payerTypes?.length ?? 0) > 1 ? `claim ${i + 1} ` : '';
    console.log(`  ${which}payer type: ${p.type} (${p.reason.kind}${params ? `: ${params}` : ''}; ${p.confidence} confidence)`);
  }
  if (result.findings.length === 0) { console.log('  no problems found'); return; }
  for (const f of result.findings) {
    const claim = f.claimIndex !== undefined ? `claim ${f.claimIndex + 1} ` : '';
    console.log(`  ${f.severity.toUpperCase().padEnd(7)} ${claim}${where(f).padEnd(7)} ${f.message}`);
    console.log(`          fix: ${f.fix}`);
    if (f.source) console.log(`          ${f.source}`);
  }
}

let failed = false;
for (const file of files) {
  const result = await checkFile(file, tables, settings, today);
  if (result.error) failed = true;
  if (json) console.log(JSON.stringify(result));
  else printText(result);
}
process.exit(failed ? 1 : 0);
