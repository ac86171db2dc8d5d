/**
 * npm run -s extract -- [--url URL] [--json] FILE.html ...
 *
 * Runs the extension's extraction code on saved pages (happy-dom, scripts disabled) and prints the
 * claim JSON of the `extract` contract. With --json: the page object (one file) or an array of page
 * objects (several files), nothing else on stdout. Without: the same JSON preceded by a short
 * summary per file (adapter, confidence, fields not shown).
 *
 * The page URL decides which portal adapter reads it: --url, else the "saved from url=" comment
 * browsers write into saved pages, else a sibling FILE.url (as in test/fixtures/portals), else a
 * neutral https URL (the generic extractor).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extractClaimPage } from '@/lib/reading/portals/extract';
import { parseHtml } from '@/lib/reading/portals/node-dom';

interface Args {
  url: string | null;
  json: boolean;
  files: string[];
}

const USAGE = 'usage: npm run -s extract -- [--url URL] [--json] FILE.html ...';

function parseArgs(argv: string[]): Args | string {
  const args: Args = { url: null, json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--url') {
      const v = argv[++i];
      if (!v) return '--url needs a value';
      args.url = v;
    } else if (a.startsWith('--url=')) args.url = a.slice(6);
    else if (a === '-h' || a === '--help') return USAGE;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.files.push(a);
  }
  if (args.url && !URL.canParse(args.url)) return `--url is not a URL: ${args.url}`;
  return args.files.length ? args : 'no file given';
}

/** Chrome and Edge write "<!-- saved from url=(0042)https://... -->" at the top of saved pages. */
function savedFromUrl(html: string): string | null {
  const m = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2000));
  if (!m) return null;
  try {
    return new URL(m[1]!).href;
  } catch {
    return null;
  }
}

function pageUrl(file: string, html: string, given: string | null): string {
  if (given) return given;
  const saved = savedFromUrl(html);
  if (saved) return saved;
  const sibling = file.replace(/\.html?$/i, '.url');
  if (sibling !== file && existsSync(sibling)) {
    const text = readFileSync(sibling, 'utf8').trim();
    try {
      return new URL(text).href;
    } catch {
      // fall through to the neutral URL
    }
  }
  return 'https://saved-page.invalid/';
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`${args === USAGE ? '' : `extract: ${args}\n`}${USAGE}\n`);
    return args === USAGE ? 0 : 2;
  }
  const pages: unknown[] = [];
  let failed = 0;
  for (const file of args.files) {
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`extract: cannot read ${file}: ${(error as Error).message}\n`);
      failed++;
      continue;
    }
    const url = pageUrl(file, html, args.url);
    const parsed = parseHtml(html, url);
    try {
      const result = extractClaimPage(parsed.document, url);
      pages.push(result.page);
      if (!args.json) {
        const head = `${file}: ${result.found ? 'claim data found' : 'no claim found'} · reader ${result.portal} · confidence ${result.confidence}`;
        process.stdout.write(`${head}\n  URL ${url}\n  not shown: ${result.missing.join(', ') || '(none)'}\n`);
        if (result.warning) process.stdout.write(`  warning: ${result.warning}\n`);
        if (result.unsure?.length) process.stdout.write(`  not sure (checks treat as unknown): ${result.unsure.join(', ')}\n`);
        for (const u of result.unparsed) process.stdout.write(`  could not read ${u.path}: "${u.text}"\n`);
        process.stdout.write(`${JSON.stringify(result.page, null, 2)}\n`);
      }
    } finally {
      await parsed.close();
    }
  }
  if (args.json) process.stdout.write(`${JSON.stringify(args.files.length === 1 ? pages[0] ?? null : pages, null, 2)}\n`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`extract: ${String(error)}\n`);
    process.exit(1);
  },
);
