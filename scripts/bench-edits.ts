/**
 * npm run bench:edits — the NCCI edit import and checks at real size, on synthetic files written in
 * the CMS layouts (no CMS data): a quarter of practitioner PTP edits as CMS ships it, four zips of
 * one tab-delimited text file each (~2,000,000 rows including deleted history), plus an MUE table.
 *
 * Measured in Node (fake-indexeddb stands in for Chromium's IndexedDB; the parsing, zip streaming
 * and typed arrays are the same code the options page runs), each beside a baseline of the same run:
 *   - import time        vs reading + inflating the same zips without parsing (the I/O floor);
 *   - memory             sampled at every tenth of the import (heap and array buffers), vs the peak
 *                        of a naive parse (whole file as one string, split into lines);
 *   - storage            bytes of typed arrays written to the store, vs the text size;
 *   - check time         checkClaim on a 20-line claim with the edits, vs without them (median).
 * Targets (issue 16): import ≤ 60 s, storage ≤ 50 MB, check ≤ 10 ms.
 *
 * With --chromium (needs `npm run build:e2e` and Debian's Chromium): the same files are also chosen
 * in the options page of the built extension, timed until the page says they are imported, with the
 * page's JS heap sampled meanwhile and the origin's storage use (navigator.storage.estimate) before
 * and after; printed beside the Node import of the same run.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Unzip, UnzipInflate, Zip, ZipDeflate, unzipSync } from 'fflate';
import { checkClaim } from '@/lib/checks';
import { TestTables } from '@/test/support/checks/tables';
import type { Claim, ServiceLine } from '@/lib/claim/types';
import { loadTablesFromDir } from '@/lib/codes/node';
import type { CodeTables } from '@/lib/codes/types';
import { decodeCode, encodeCode } from '@/lib/edits/codes';
import { EditsIndex } from '@/lib/edits/edits-index';
import { importEdits } from '@/lib/edits/import';
import { nodeSource } from '@/lib/edits/node';
import { launch } from '@/test/e2e/harness';
import { EditsStore } from '@/lib/edits/store';

const ROWS_PER_FILE = 500_000;
const FILES = 4;
const DIR = join(tmpdir(), 'remit-ranger-bench-edits');
const RATIONALES = ['Synthetic rationale A', 'Synthetic rationale B: standards of practice', 'Synthetic rationale C: mutually exclusive', 'Synthetic rationale D', 'Synthetic rationale E: misuse of column two code'];
const CLAIM_CODES = ['99213', '36415', '80053', '93000', '97110', '97140', '20610', '11042', '11045', '17000', '17003', '29881', '64483', '64484', '96365', '96366', '12001', '12002', '76942', '77002'];

const mb = (n: number) => (n / 1e6).toFixed(1);
const ms = (n: number) => n.toFixed(n < 10 ? 2 : 0);

/** Writes one zip of one CMS-layout PTP text file, streamed (the generator holds no whole file either). */
async function writePart(part: number): Promise<{ zip: string; textBytes: number }> {
  const name = `ccipra-v321r0-f${part}.txt`;
  const zipPath = join(DIR, `ccipra-v321r0-f${part}.zip`);
  const out = createWriteStream(zipPath);
  let textBytes = 0;
  const zip = new Zip((err, chunk) => { if (err) throw err; out.write(chunk); });
  const member = new ZipDeflate(name, { level: 1 });
  zip.add(member);
  const push = (s: string) => { const b = Buffer.from(s, 'latin1'); textBytes += b.length; member.push(b); };
  push('Synthetic notice: CPT codes only are copyright of the AMA (test file, not CMS data)\r\nColumn 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\r\n');
  // Column 1 codes of this part: a contiguous range, as CMS splits the table; ~100 partners each,
  // one row in three a deleted historical edit. The claim's codes are in part 1 so the check hits.
  const base = encodeCode('10000')! + (part - 1) * 40_000;
  let rows = 0;
  let buf = '';
  for (let c1 = 0; rows < ROWS_PER_FILE; c1++) {
    const col1 = part === 1 && c1 < CLAIM_CODES.length ? CLAIM_CODES[c1]! : decodeCode(base + c1 * 7);
    for (let k = 0; k < 100 && rows < ROWS_PER_FILE; k++, rows++) {
      const col2 = part === 1 && c1 < CLAIM_CODES.length && k < CLAIM_CODES.length ? CLAIM_CODES[k]! : decodeCode(base + 300_000 + ((c1 * 131 + k * 17) % 200_000));
      if (col2 === col1) continue;
      const deleted = k % 3 === 2;
      const year = 1996 + (k % 30);
      buf += `${col1}\t${col2}\t${k % 5 === 0 ? '*' : ''}\t${year}0101\t${deleted ? `${year + 1 + (k % 3)}0701` : '*'}\t${k % 4 === 0 ? 0 : k % 9 === 0 ? 9 : 1}\t${RATIONALES[k % RATIONALES.length]}\r\n`;
    }
    if (buf.length > 1 << 20) { push(buf); buf = ''; }
  }
  push(buf);
  member.push(new Uint8Array(0), true);
  zip.end();
  await new Promise<void>((resolve) => out.end(resolve));
  return { zip: zipPath, textBytes };
}

function mueFile(): string {
  const lines = ['"Synthetic notice\r\n\r\nnot CMS data",,,', '"HCPCS/\r\nCPT Code",Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale'];
  for (let i = 0; i < 15_000; i++) if (!CLAIM_CODES.includes(decodeCode(encodeCode('10000')! + i * 13))) lines.push(`${decodeCode(encodeCode('10000')! + i * 13)},${1 + (i % 4)},${1 + (i % 3)} ${['Line Edit', 'Date of Service Edit: Policy', 'Date of Service Edit: Clinical'][i % 3]},Synthetic`);
  CLAIM_CODES.forEach((c, i) => lines.push(`${c},${1 + (i % 2)},${1 + (i % 3)} Line Edit,Synthetic`));
  return lines.join('\r\n') + '\r\n';
}

function mem(): { heap: number; buffers: number } {
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

async function rawRead(paths: string[]): Promise<number> {
  let bytes = 0;
  for (const p of paths) {
    const src = await nodeSource(p);
    const unzip = new Unzip((f) => { f.ondata = (_e, d) => { bytes += d.length; }; f.start(); });
    unzip.register(UnzipInflate);
    for await (const chunk of src.chunks()) unzip.push(chunk);
    unzip.push(new Uint8Array(0), true);
  }
  return bytes;
}

async function naiveParse(paths: string[]): Promise<{ rows: number; peak: number }> {
  let rows = 0; let peak = 0;
  for (const p of paths) {
    const files = unzipSync(new Uint8Array(await readFile(p)));
    for (const bytes of Object.values(files)) {
      const text = new TextDecoder('latin1').decode(bytes);
      const lines = text.split('\n');
      rows += lines.filter((l) => l.split('\t').length >= 6).length;
      const m = mem();
      peak = Math.max(peak, m.heap + m.buffers);
    }
  }
  return { rows, peak };
}

/**
 * 'typical': 20 lines on one date, three codes that form edit pairs, two units above their MUE, the
 * rest codes without edits between them. 'dense': the 20 codes all pair with each other (a worst
 * case no real claim reaches: every one of the 380 ordered pairs is an edit, ~300 findings).
 */
function benchClaim(variant: 'typical' | 'dense'): Claim {
  const codes = variant === 'dense' ? CLAIM_CODES
    : [...CLAIM_CODES.slice(0, 3), ...Array.from({ length: 17 }, (_, i) => decodeCode(encodeCode('10000')! + 13 * (100 + i)))];
  const lines: ServiceLine[] = codes.map((code, i) => ({
    code, modifiers: i % 4 === 1 ? ['59'] : [], units: variant === 'typical' ? (i === 5 || i === 9 ? 6 : 1) : 1 + (i % 3),
    serviceDate: '2026-03-02', billed: 100, allowed: 0, paid: 0,
    dxPointers: [1], adjustments: i % 5 === 0 ? [{ group: 'CO', reason: '97', amount: 100 }] : [], remarks: [],
  }));
  return {
    portal: 'generic', payer: 'Medicare Part B', claimNumber: 'BENCH', patientAccountNumber: null, memberId: null, patientName: null,
    patientDob: null, serviceFrom: '2026-03-02', serviceTo: '2026-03-02', status: 'Denied', statusCategory: 'F2', billed: 2000,
    allowed: 0, paid: 0, patientResponsibility: null, checkNumber: null, paidDate: null, diagnoses: ['E11.9'], lines,
  };
}

function timeCheck(claim: Claim, tables: CodeTables, index: EditsIndex): { withEdits: number; without: number; findings: number } {
  const withEdits: number[] = []; const without: number[] = [];
  let findings = 0;
  for (let i = 0; i < 330; i++) {
    let s = performance.now();
    findings = checkClaim(claim, tables, { edits: index }, '2026-11-26').filter((f) => f.rule.startsWith('ncci-')).length;
    const a = performance.now() - s;
    s = performance.now();
    checkClaim(claim, tables, {}, '2026-11-26');
    const b = performance.now() - s;
    if (i >= 30) { withEdits.push(a); without.push(b); }
  }
  return { withEdits: median(withEdits), without: median(without), findings };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const CHROMIUM_RUN = process.argv.includes('--chromium');
await rm(DIR, { recursive: true, force: true });
await mkdir(DIR, { recursive: true });
console.log(`bench:edits — generating ${FILES} synthetic PTP zips of ${ROWS_PER_FILE.toLocaleString()} rows each in ${DIR} …`);
const parts = [];
for (let p = 1; p <= FILES; p++) parts.push(await writePart(p));
const muePath = join(DIR, 'MCR_MUE_PractitionerServices_Eff_01-01-2026.csv');
await import('node:fs/promises').then((fs) => fs.writeFile(muePath, mueFile(), 'latin1'));
const zips = parts.map((p) => p.zip);
const textBytes = parts.reduce((n, p) => n + p.textBytes, 0);
let zipBytes = 0;
for (const z of zips) zipBytes += (await stat(z)).size;
console.log(`  files: ${mb(zipBytes)} MB of zips, ${mb(textBytes)} MB of text`);

// Baseline 1: read + inflate only.
let t0 = performance.now();
const inflated = await rawRead(zips);
const rawMs = performance.now() - t0;

// The import, with memory sampled at every tenth of the bytes.
const start = mem();
const samples: string[] = [];
let nextDecile = 0.1;
let peak = 0;
t0 = performance.now();
const result = await importEdits(await Promise.all([...zips, muePath].map(nodeSource)), {
  onProgress: (p) => {
    const m = mem();
    peak = Math.max(peak, m.heap + m.buffers);
    if (p.bytesDone / p.bytesTotal >= nextDecile) {
      samples.push(`${Math.round(nextDecile * 100)}%: heap ${mb(m.heap - start.heap)} / buffers ${mb(m.buffers - start.buffers)}`);
      nextDecile += 0.1;
    }
  },
});
const importMs = performance.now() - t0;
if (!result.ok) { console.error(result.errors); process.exit(1); }
const rows = result.files.reduce((n, f) => n + f.meta.rows, 0);

// Store in (fake) IndexedDB: one transaction, as the options page does.
const store = new EditsStore({ indexedDB: new IDBFactory(), IDBKeyRange });
t0 = performance.now();
await store.replace(result.files);
const storeMs = performance.now() - t0;
const stored = result.files.reduce((n, f) => n + f.meta.storedBytes, 0);
t0 = performance.now();
const index = new EditsIndex(await store.loadAll());
const loadMs = performance.now() - t0;
store.close();

// Baseline 2: naive parse (whole-file strings).
const naive = await naiveParse(zips);

// Check time: a 20-line claim, with and without the edits.
const tables: CodeTables = await loadTablesFromDir(undefined, { extras: 'eager' }).catch(() => new TestTables());
const typical = timeCheck(benchClaim('typical'), tables, index);
const dense = timeCheck(benchClaim('dense'), tables, index);

console.log(`\n  import      ${(importMs / 1000).toFixed(1)} s for ${rows.toLocaleString()} rows (${FILES} PTP zips + MUE)   target 60 s: ${importMs <= 60_000 ? 'PASS' : 'OVER'}`);
console.log(`  baseline    read + inflate only ${(rawMs / 1000).toFixed(1)} s (${mb(inflated)} MB)   import/raw = ${(importMs / rawMs).toFixed(1)}x`);
console.log(`  memory      growth during import (heap / array buffers, MB): ${samples.join('; ')}`);
console.log(`              peak ${mb(peak - start.heap - start.buffers)} MB over start; naive whole-file parse peak ${mb(naive.peak - start.heap - start.buffers)} MB (${naive.rows.toLocaleString()} rows)`);
console.log(`  storage     ${mb(stored)} MB of typed arrays (${(stored / rows).toFixed(1)} bytes/row) vs ${mb(textBytes)} MB of text = ${(stored / textBytes * 100).toFixed(0)}%   target 50 MB: ${stored <= 50e6 ? 'PASS' : 'OVER'}`);
console.log(`              write ${ms(storeMs)} ms, load + index ${ms(loadMs)} ms (fake-indexeddb in Node; Chromium's own timing not measured here)`);
console.log(`  check       20-line claim with edits median ${ms(typical.withEdits)} ms (${typical.findings} ncci findings); without edits ${ms(typical.without)} ms; with/without = ${(typical.withEdits / typical.without).toFixed(2)}x   target 10 ms: ${typical.withEdits <= 10 ? 'PASS' : 'OVER'}`);
console.log(`              worst case, 20 codes all paired: ${ms(dense.withEdits)} ms (${dense.findings} ncci findings), without edits ${ms(dense.without)} ms`);
if (CHROMIUM_RUN) {
  const h = await launch();
  try {
    const page = await h.openExtensionPage('options');
    const usage = () => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const heap = () => page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    const before = await usage();
    const heapBefore = await heap();
    const heaps: number[] = [];
    const t1 = performance.now();
    await page.getByLabel('Import edit files (zip, txt, csv)').setInputFiles([...zips, muePath]);
    const section = page.locator('section[aria-labelledby="edits-title"]');
    for (;;) {
      const text = (await section.textContent()) ?? '';
      if (/Imported \d+ file\(s\)|Nothing was imported/.test(text)) break;
      if (performance.now() - t1 > 300_000) throw new Error('Chromium import did not finish in 5 minutes');
      heaps.push(await heap().catch(() => 0));
      await new Promise((r) => setTimeout(r, 500));
    }
    const chromiumMs = performance.now() - t1;
    const after = await usage();
    const ok = ((await section.textContent()) ?? '').includes('Imported');
    const deciles = heaps.filter((_, i) => i % Math.max(1, Math.floor(heaps.length / 10)) === 0).map((x) => mb(x - heapBefore));
    console.log(`\n  Chromium    import ${(chromiumMs / 1000).toFixed(1)} s (${ok ? 'imported' : 'REFUSED'}), Node import of the same files ${(importMs / 1000).toFixed(1)} s = ${(chromiumMs / importMs).toFixed(1)}x   target 60 s: ${chromiumMs <= 60_000 ? 'PASS' : 'OVER'}`);
    console.log(`              options page JS heap over start, sampled every 0.5 s (MB): ${deciles.join(', ')}`);
    console.log(`              storage used by the extension origin: +${mb(after - before)} MB (navigator.storage.estimate)   target 50 MB: ${after - before <= 50e6 ? 'PASS' : 'OVER'}`);
  } finally {
    await h.close();
  }
}
await rm(DIR, { recursive: true, force: true });
