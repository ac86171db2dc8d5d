/**
 * npm run bench:check — `checkClaim` on a 200-line claim (12 diagnoses, modifiers, adjustments,
 * remarks, a month of service dates) over the real generated tables. Prints median and p95 against
 * the 10 ms budget, and two baselines measured in the same run, as ratios:
 *   - normalise: a plain loop that only normalises the same codes (the floor of any checker);
 *   - lookup: one exact table look-up per code (what a checker must at least ask the tables).
 */
import { checkClaim } from '@/lib/checks';
import { codeBody } from '@/lib/checks/codes';
import { TestTables } from '@/test/support/checks/tables';
import type { Claim, ServiceLine } from '@/lib/claim/types';
import { loadTablesFromDir } from '@/lib/codes/node';
import type { CodeTables } from '@/lib/codes/types';
import { errorMessage } from '@/lib/platform/errors';
import { percentiles } from './lib/bench';

const LINES = 200;
const RUNS = 300;
const WARMUP = 30;
const BUDGET_MS = 10;
const TODAY = '2026-11-26';

const DIAGNOSES = ['E11.9', 'I10', 'E78.5', 'M54.50', 'J01.90', 'R05.9', 'S52.521A', 'G30.9', 'F02.80', 'Z79.4', 'N18.30', 'K21.9'];
const CODES = ['99213', '99214', 'J1100', 'G0439', '36415', '80053', '93000', '97110', '97140', '20610', 'Q0516', 'A9615'];
const MODIFIERS = [[], ['25'], ['59'], ['LT'], ['XS', 'RT'], ['GP']];
const ADJUSTMENTS: ServiceLine['adjustments'][] = [
  [{ group: 'CO', reason: '45', amount: 40 }, { group: 'PR', reason: '2', amount: 12 }],
  [{ group: 'CO', reason: '97', amount: 90 }],
  [{ group: 'CO', reason: '50', amount: 90 }],
  [{ group: 'PR', reason: '1', amount: 30 }],
  [{ group: 'OA', reason: '288', amount: 5 }],
];
const REMARKS = [[], ['M15'], ['N115'], ['N130'], ['N999']];

/**
 * 'typical': a month of visits, 12 services a day, the last line repeating the one before it.
 * 'dense': 28 dates cycling against 12 codes, so over half the lines duplicate an earlier one: a
 * worst case for the per-finding work (every duplicate is a rendered finding).
 */
function benchClaim(variant: 'typical' | 'dense'): Claim {
  const lines: ServiceLine[] = Array.from({ length: LINES }, (_, i) => ({
    code: CODES[(variant === 'typical' ? Math.min(i, LINES - 2) : i) % CODES.length]!,
    modifiers: MODIFIERS[(variant === 'typical' ? Math.min(i, LINES - 2) : i) % MODIFIERS.length]!,
    units: 1 + (i % 3),
    serviceDate: variant === 'typical'
      ? `2025-12-${String(1 + (Math.floor(Math.min(i, LINES - 2) / CODES.length) % 28)).padStart(2, '0')}`
      : `2025-12-${String(1 + (i % 28)).padStart(2, '0')}`,
    billed: 150, allowed: 90, paid: 70,
    dxPointers: [1 + (i % 12), 1 + ((i + 5) % 12)],
    adjustments: ADJUSTMENTS[i % ADJUSTMENTS.length]!,
    remarks: REMARKS[i % REMARKS.length]!,
  }));
  return {
    portal: 'generic', payer: 'Medicare Part B', claimNumber: 'BENCH', patientAccountNumber: null, memberId: null,
    patientName: null, patientDob: null, serviceFrom: '2025-12-01', serviceTo: '2025-12-28', status: 'Denied',
    statusCategory: 'F2', billed: 150 * LINES, allowed: 90 * LINES, paid: 70 * LINES, patientResponsibility: null,
    checkNumber: null, paidDate: '2026-08-10', diagnoses: DIAGNOSES, lines,
  };
}

function codesOf(claim: Claim): string[] {
  return [...claim.diagnoses, ...claim.lines.flatMap((l) => [l.code ?? '', ...l.modifiers, ...l.adjustments.map((a) => a.reason), ...l.remarks])];
}

function time(runs: number, fn: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

let tables: CodeTables;
let tablesName = 'real generated tables (code-data/generated)';
try {
  tables = await loadTablesFromDir(undefined, { extras: 'eager' });
} catch (e) {
  tables = new TestTables();
  tablesName = `hand-made test tables (real tables unavailable: ${errorMessage(e)})`;
}

const ms = (n: number) => (n < 0.1 ? n.toFixed(4) : n.toFixed(2));
let sink = 0;

function bench(variant: 'typical' | 'dense'): void {
  const claim = benchClaim(variant);
  const codes = codesOf(claim);
  const normalise = () => { for (const c of codes) sink += codeBody(c).length; };
  const lookup = () => {
    for (const d of claim.diagnoses) sink += tables.get('icd10cm', d) ? 1 : 0;
    for (const l of claim.lines) {
      if (l.code) sink += (tables.get('hcpcs', l.code) ?? tables.get('cpt', l.code)) ? 1 : 0;
      for (const m of l.modifiers) sink += tables.get('modifier', m) ? 1 : 0;
    }
  };
  let findings = 0;
  const check = () => { findings = checkClaim(claim, tables, {}, TODAY).length; };

  time(WARMUP, normalise); time(WARMUP, lookup); time(WARMUP, check);
  // Interleave the three so drift (GC, CPU frequency) hits them alike.
  const runs: Record<'normalise' | 'lookup' | 'check', number[]> = { normalise: [], lookup: [], check: [] };
  for (let r = 0; r < RUNS; r++) {
    runs.normalise.push(...time(1, normalise));
    runs.lookup.push(...time(1, lookup));
    runs.check.push(...time(1, check));
  }
  const median = { normalise: percentiles(runs.normalise).p50, lookup: percentiles(runs.lookup).p50, check: percentiles(runs.check).p50 };
  const p95 = percentiles(runs.check).p95;
  console.log(`[${variant}] ${LINES}-line claim, ${claim.diagnoses.length} diagnoses, ${codes.length} codes, ${RUNS} runs`);
  console.log(`  checkClaim          median ${ms(median.check)} ms   p95 ${ms(p95)} ms   (${findings} findings)   budget ${BUDGET_MS} ms: ${median.check <= BUDGET_MS ? 'PASS' : 'OVER'} (median)`);
  console.log(`  baseline normalise  median ${ms(median.normalise)} ms   checkClaim/normalise = ${(median.check / median.normalise).toFixed(0)}x`);
  console.log(`  baseline lookup     median ${ms(median.lookup)} ms   checkClaim/lookup = ${(median.check / median.lookup).toFixed(1)}x`);
}

console.log(`bench:check — tables: ${tablesName}`);
bench('typical');
bench('dense');
if (sink < 0) console.log(sink); // keeps the baselines from being optimised away
