/**
 * The generic extractor: label-based reading of any portal's claim page, and the engine adapters
 * configure. Steps (issue 13): read the page into a neutral model (tables as grids with header rows,
 * label/value pairs with their label and element, lists under headings); map fields from it,
 * keeping every candidate reading; choose between candidates with the claim's own arithmetic
 * (lib/reading/arithmetic.ts) and record how sure each value is. Nothing is ever filled in that
 * the page does not show.
 */
import { parseMoney } from '@/lib/reading/parse';
import { emptyClaim, type Claim, type ClaimPageData, type ServiceLine } from '@/lib/claim/types';
import { isNoise, isSkippedTag, newBudget, type WalkBudget } from './dom';
import { matchClaimLabel, matchLineHeader, type ClaimField, type LineField } from './labels';
import { isLineTable, mapLineColumns, readAdjustments, readDiagnosisGrid, readLines, type LineColumns, type LineDiagnoses } from './lines';
import { findIcd10Codes, parseAdjustments } from '@/lib/reading/parse';
import { agreement, checkArithmetic, lineSum, patientShare } from '@/lib/reading/arithmetic';
import { textOf } from './dom';
import { labelRank } from './labels';
import { type ColumnCodes } from './lines';
import { collectPairs, type Pair } from './pairs';
import { diagnosesUnderHeadings } from './heading-dx';
import { Recorder } from './record';
import { findTables, readGrid, type Grid } from './tables';
import type { AdapterOutput } from './types';
import { claimFieldValue } from './values';

export interface GenericOptions {
  portal: string;
  /** Payer to report when the page does not name one (single-payer portals). */
  payer?: string | null;
  /** The portal's own wording: label -> field, or null to ignore a label there. */
  claimLabels?: ReadonlyMap<string, ClaimField | null>;
  lineLabels?: ReadonlyMap<string, LineField | null>;
  /** Read only inside this element (e.g. the selected response on ePACES). */
  root?: Element | null;
  budget?: WalkBudget;
  /** Force the page type: some adapters know whether the page is a list. */
  listPage?: boolean;
  /** Portal-specific clean-up of a field's printed text before it is parsed. */
  rewrite?: Partial<Record<ClaimField, (text: string) => string>>;
}

const COMPONENTS = ['copay', 'deductible', 'coinsurance'] as const;

const isChrome = (el: Element) => isSkippedTag(el) || isNoise(el);

// Header words of a one-row summary table that name claim dates only there ("From | Through").
const SUMMARY_DATES: Partial<Record<LineField, ClaimField>> = { serviceFrom: 'serviceFrom', serviceTo: 'serviceTo', serviceDate: 'serviceRange' };

/** Fields a claim-list row (or a one-row summary) can carry, by header. */
function mapClaimColumns(headers: string[], extra?: ReadonlyMap<string, ClaimField | null>): Partial<Record<ClaimField, number>> {
  const cols: Partial<Record<ClaimField, number>> = {};
  headers.forEach((h, i) => {
    if (!h) return;
    let f = matchClaimLabel(h, extra);
    if (!f) {
      const line = matchLineHeader(h);
      f = line ? SUMMARY_DATES[line] ?? null : null;
    }
    if (f && cols[f] === undefined) cols[f] = i;
  });
  return cols;
}

function isLabel(t: string, opts: GenericOptions): boolean {
  return Boolean(t && (matchLineHeader(t, opts.lineLabels) || matchClaimLabel(t, opts.claimLabels)));
}

function looksLikeHeader(texts: string[], opts: GenericOptions): boolean {
  let n = 0;
  for (const t of texts) if (isLabel(t, opts)) n++;
  if (n < 3 || n < texts.length / 2) return false;
  // "Claim | AZ001 | Payer | Tailspin": label, value, label, value is a row of pairs, not a header.
  let pairs = 0;
  for (let i = 0; i + 1 < texts.length; i += 2) if (isLabel(texts[i]!, opts) && texts[i + 1] && !isLabel(texts[i + 1]!, opts)) pairs++;
  return pairs < 2;
}

interface Classified {
  lineGrids: { grid: Grid; cols: LineColumns }[];
  listGrids: { grid: Grid; cols: Partial<Record<ClaimField, number>> }[];
  /** One-row tables whose header names claim fields ("Subscriber ID | Patient Name | DOB" over one row). */
  summaryGrids: { grid: Grid; cols: Partial<Record<ClaimField, number>> }[];
  dxGrids: { grid: Grid; cols: LineColumns }[];
  adjGrids: { grid: Grid; cols: LineColumns }[];
  consumed: Set<Element>;
}

function classifyTables(root: Element, budget: WalkBudget, skip: (el: Element) => boolean, opts: GenericOptions): Classified {
  const out: Classified = { lineGrids: [], listGrids: [], summaryGrids: [], dxGrids: [], adjGrids: [], consumed: new Set() };
  for (const table of findTables(root, budget, skip)) {
    const grid = readGrid(table, budget, (texts) => looksLikeHeader(texts, opts));
    if (!grid) continue;
    const cols = mapLineColumns(grid.headers, opts.lineLabels);
    if (isLineTable(cols)) {
      out.lineGrids.push({ grid, cols });
      out.consumed.add(table);
      continue;
    }
    const claimCols = mapClaimColumns(grid.headers, opts.claimLabels);
    const known = Object.keys(claimCols).length;
    if (claimCols.claimNumber !== undefined && known >= 2) {
      out.listGrids.push({ grid, cols: claimCols });
      out.consumed.add(table);
    } else if (known >= 2 && grid.rows.length === 1 && !cols.diagnosis) {
      out.summaryGrids.push({ grid, cols: claimCols });
      out.consumed.add(table);
    } else if (cols.diagnosis && !cols.code) {
      out.dxGrids.push({ grid, cols });
      out.consumed.add(table);
    } else if ((cols.adjReason || cols.reasonAndRemarks || cols.remarks) && cols.lineNumber) {
      out.adjGrids.push({ grid, cols });
      out.consumed.add(table);
    }
  }
  return out;
}

/** One reading of one claim key: several labels may name the same field (a summary and a detail). */
interface Candidate {
  key: keyof Claim;
  value: unknown;
  el: Element;
  text: string;
  /** 0: a plain label; higher: a loose one ("Line of Business" for the payer). */
  rank: number;
}

interface Reading {
  candidates: Candidate[];
  parts: Partial<Record<string, number>>;
}

const newReading = (): Reading => ({ candidates: [], parts: {} });

/** Items of a list value ("Diagnoses" over <ol><li>N39.0 Urinary tract infection</li>…) are read one by one. */
function diagnosisTexts(el: Element, text: string): string[] {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'OL' && tag !== 'UL') return [text];
  return Array.from(el.children).slice(0, 12).map((li) => textOf(li, 200));
}

/** Reads one label's value into candidates; diagnoses accumulate (each label adds its codes). */
function applyValue(claim: Claim, field: ClaimField, el: Element, printed: string, rec: Recorder, base: string, reading: Reading, opts: GenericOptions, label = ''): void {
  const text = opts.rewrite?.[field]?.(printed) ?? printed;
  const { parts } = reading;
  if (field === 'copay' || field === 'deductible' || field === 'coinsurance') {
    const v = parseMoney(text);
    if (v === null || parts[field] !== undefined) return;
    parts[field] = v;
    rec.note(`${base}patientResponsibility`, el, text);
    return;
  }
  if (field === 'diagnoses') {
    for (const item of diagnosisTexts(el, text)) {
      for (const code of findIcd10Codes(item)) {
        if (claim.diagnoses.includes(code) || claim.diagnoses.length >= 26) continue;
        rec.note(`${base}diagnoses[${claim.diagnoses.length}]`, el, item);
        claim.diagnoses.push(code);
      }
    }
    return;
  }
  const value = claimFieldValue(field, text);
  if (!value) {
    if (text.length <= 60) rec.miss(`${base}${field}`, el, text);
    return;
  }
  const rank = label ? labelRank(label) : 0;
  for (const [key, v] of Object.entries(value) as [keyof Claim, unknown][]) reading.candidates.push({ key, value: v, el, text, rank });
}

const MONEY_KEYS = new Set<keyof Claim>(['billed', 'allowed', 'paid', 'patientResponsibility']);

/** What the lines say a claim money field should be, when they say anything. */
function arithmeticTarget(key: keyof Claim, lines: readonly ServiceLine[]): number | null {
  if (key === 'billed' || key === 'allowed' || key === 'paid') return lineSum(lines, key);
  if (key === 'patientResponsibility') return patientShare(lines);
  return null;
}

/**
 * Chooses one candidate per key: the plainest label first, then page order. When candidates
 * disagree, a money field takes the one the lines' arithmetic agrees with; otherwise the first is
 * kept and marked unsure. A loose label alone is unsure too.
 */
function resolve(claim: Claim, reading: Reading, rec: Recorder, base: string, lines: readonly ServiceLine[]): void {
  const byKey = new Map<keyof Claim, Candidate[]>();
  for (const c of reading.candidates) {
    // Set by an earlier step (a summary row); contract keys start null, the optional ones absent.
    if (claim[c.key] !== null && claim[c.key] !== undefined && !Array.isArray(claim[c.key])) continue;
    let list = byKey.get(c.key);
    if (!list) byKey.set(c.key, (list = []));
    list.push(c);
  }
  for (const [key, list] of byKey) {
    const best = Math.min(...list.map((c) => c.rank));
    // A reading inside another reading's element is the more precise one ("Insurance: X" in a chip
    // inside a filter bar that also reads as "Insurance: X Status: Any").
    const top = list.filter((c) => c.rank === best).filter((c, _, all) => !all.some((o) => o !== c && o.el !== c.el && c.el.contains(o.el)));
    const distinct = new Set(top.map((c) => JSON.stringify(c.value)));
    let chosen = top[0]!;
    let confidence = best > 0 ? 0.6 : undefined;
    if (distinct.size > 1) {
      const target = MONEY_KEYS.has(key) ? arithmeticTarget(key, lines) : null;
      const agreeing = target === null ? undefined : top.find((c) => Math.round((c.value as number) * 100) === Math.round(target * 100));
      if (agreeing) chosen = agreeing;
      else confidence = 0.5;
    }
    (claim as unknown as Record<string, unknown>)[key] = chosen.value;
    rec.note(`${base}${key}`, chosen.el, chosen.text);
    if (confidence !== undefined) rec.doubt(`${base}${key}`, confidence);
  }
}

function finishClaim(claim: Claim, parts: Partial<Record<string, number>>): void {
  if (claim.patientResponsibility === null && COMPONENTS.some((c) => parts[c] !== undefined)) {
    // Patient responsibility = deductible + coinsurance + copay (X12 CARC 1, 2, 3) when no total is shown.
    const cents = COMPONENTS.reduce((sum, c) => sum + Math.round((parts[c] ?? 0) * 100), 0);
    claim.patientResponsibility = cents / 100;
  }
}

function readListRow(grid: Grid, row: number, cols: Partial<Record<ClaimField, number>>, opts: GenericOptions, rec: Recorder, base: string): Claim {
  const claim = emptyClaim(opts.portal);
  const reading = newReading();
  const cells = grid.rows[row]!;
  for (const [field, i] of Object.entries(cols) as [ClaimField, number][]) {
    const cell = cells[i];
    if (cell?.text) applyValue(claim, field, cell.el, cell.text, rec, base, reading, opts);
  }
  resolve(claim, reading, rec, base, []);
  finishClaim(claim, reading.parts);
  return claim;
}

/** A separate adjustments table ("Line | Group | Reason | Amount | Remarks") attaches to lines by line number. */
function attachAdjustmentGrid(lines: ServiceLine[], grid: Grid, cols: LineColumns, rec: Recorder): void {
  const lineCol = cols.lineNumber?.[0];
  if (lineCol === undefined) return;
  for (const cells of grid.rows) {
    const n = Number(/\d+/.exec(cells[lineCol]?.text ?? '')?.[0]);
    const line = lines[n - 1];
    if (line) readAdjustments(line, cells, cols, rec, `lines[${n - 1}]`);
  }
}

/**
 * Lines that print diagnosis codes instead of pointers: each code points at its place in the
 * claim's list (added at the end when the header did not list it), so dxPointers stay 1-based.
 */
function pointLineDiagnoses(claim: Claim, lines: ServiceLine[], lineDx: LineDiagnoses[], rec: Recorder): void {
  for (const { line, codes, cell } of lineDx) {
    const target = lines[line];
    if (!target || target.dxPointers.length) continue;
    for (const code of codes.slice(0, 12)) {
      let i = claim.diagnoses.indexOf(code);
      if (i < 0 && claim.diagnoses.length < 12) {
        i = claim.diagnoses.length;
        rec.note(`diagnoses[${i}]`, cell.el, cell.text);
        claim.diagnoses.push(code);
      }
      if (i >= 0 && !target.dxPointers.includes(i + 1)) target.dxPointers.push(i + 1);
    }
    if (target.dxPointers.length) rec.note(`lines[${line}].dxPointers`, cell.el, cell.text);
  }
}

const MONEY_COLUMNS: LineField[] = ['discount', 'deductible', 'coinsurance', 'copay'];

/**
 * EOB layouts put amounts in money columns ("Discount", "Copay") and say in a legend or notes
 * block which adjustment each column carries ("Discount: … (CO-45)"). Reads that legend from the
 * column's own header and the text right after the table; a column the legend does not name gets
 * no code here (lines.ts then falls back only to X12's own definitions of copay/deductible/coinsurance).
 */
function columnLegend(grid: Grid, cols: LineColumns): ColumnCodes {
  const fields = MONEY_COLUMNS.filter((f) => cols[f]);
  if (fields.length === 0) return {};
  let after = '';
  let el: Element | null = grid.el;
  for (let depth = 0; depth < 3 && el && !after.trim(); depth++, el = el.parentElement) {
    for (let n = el.nextElementSibling, k = 0; n && k < 3 && after.length < 3000; n = n.nextElementSibling, k++) after += ` ${textOf(n, 1500)}`;
  }
  const legend: ColumnCodes = {};
  for (const field of fields) {
    const header = grid.headers[cols[field]![0]!] ?? '';
    const own = parseAdjustments(header).find((a) => a.group);
    if (own) {
      legend[field] = { group: own.group, reason: own.reason };
      continue;
    }
    const word = header.toLowerCase().replace(/[^a-z -]/g, '').trim();
    if (!word) continue;
    const lower = after.toLowerCase();
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      // The code must be in the same sentence as the column's name.
      const sentence = after.slice(at + word.length, at + word.length + 120).split(/[.;]\s/)[0]!;
      const pair = parseAdjustments(sentence).find((a) => a.group);
      if (pair) {
        legend[field] = { group: pair.group, reason: pair.reason };
        break;
      }
    }
  }
  return legend;
}

function balanceScore(lines: readonly ServiceLine[]): number {
  return agreement(checkArithmetic({ ...emptyClaim(''), lines: [...lines] }).filter((c) => c.kind === 'line-balance'));
}

/**
 * Which column is paid and which allowed, when the headers leave room for doubt (two columns
 * named for the same amount, or a page whose "Paid" column never balances): the reading whose
 * lines balance (billed − adjustments = paid) wins. The labelled reading stays unless another
 * balances strictly better.
 */
function readBestLines(grid: Grid, cols: LineColumns, legend: ColumnCodes): { lines: ServiceLine[]; rec: Recorder; dx: LineDiagnoses[]; chosen: boolean } {
  const read = (c: LineColumns) => {
    const rec = new Recorder();
    const dx: LineDiagnoses[] = [];
    return { lines: readLines(grid, c, rec, 'lines', dx, legend), rec, dx };
  };
  const first = read(cols);
  const score = balanceScore(first.lines);
  const balanced = first.lines.filter((l) => l.adjustments.length && l.billed !== null && l.paid !== null).length;
  if (balanced === 0 || score === balanced) return { ...first, chosen: false };
  const alternatives: LineColumns[] = [];
  for (const f of ['paid', 'allowed'] as const) {
    const idx = cols[f] ?? [];
    for (const i of idx.slice(1)) alternatives.push({ ...cols, [f]: [i, ...idx.filter((x) => x !== i)] });
  }
  if (cols.paid && cols.allowed) alternatives.push({ ...cols, paid: cols.allowed, allowed: cols.paid });
  // Against the headers only when the labelled reading balances no line and another balances them all.
  if (score > -balanced) return { ...first, chosen: false };
  for (const alt of alternatives.slice(0, 6)) {
    const r = read(alt);
    if (balanceScore(r.lines) === balanced) return { ...r, chosen: true };
  }
  return { ...first, chosen: false };
}

/** The claim's arithmetic sets how sure each amount is: agreement confirms, disagreement doubts. */
function weighArithmetic(claim: Claim, rec: Recorder): void {
  for (const check of checkArithmetic(claim)) {
    if (check.ok) {
      for (const p of check.paths) rec.confirm(p);
      continue;
    }
    switch (check.kind) {
      case 'line-balance':
        // Which of billed, paid or an adjustment amount was misread cannot be told: all are doubtful.
        for (const p of check.paths) rec.doubt(p, 0.5);
        break;
      case 'pointers':
        // A pointer past the diagnoses read is as often a real claim error (a corrected claim is
        // due) as a misread: lower the confidence, but not to "unsure", so the check still speaks.
        for (const p of check.paths) rec.doubt(p, 0.75);
        break;
      default:
        // A total that is not the sum of the lines: the total, or a line the page did not list.
        rec.doubt(check.paths[0]!, 0.5);
    }
  }
  // Lines point at diagnoses but none were read: the list is somewhere the reader did not see.
  if (claim.diagnoses.length === 0 && claim.lines.some((l) => l.dxPointers.length)) rec.doubt('diagnoses', 0.3);
}

export function extractGeneric(doc: Document, _url: URL, opts: GenericOptions): AdapterOutput {
  const budget = opts.budget ?? newBudget();
  const rec = new Recorder();
  const root = opts.root ?? doc.body ?? doc.documentElement;
  const claim = emptyClaim(opts.portal);
  if (!root) return { page: claim, provenance: [], unparsed: [], truncated: false, unsure: [] };
  const tables = classifyTables(root, budget, isChrome, opts);

  // Service lines: the line table that yields most lines (portals sometimes render a summary twice).
  let lines: ServiceLine[] = [];
  let lineRec = new Recorder();
  let lineDx: LineDiagnoses[] = [];
  let chosenByArithmetic = false;
  for (const { grid, cols } of tables.lineGrids) {
    const r = readBestLines(grid, cols, columnLegend(grid, cols));
    if (r.lines.length > lines.length) {
      lines = r.lines;
      lineRec = r.rec;
      lineDx = r.dx;
      chosenByArithmetic = r.chosen;
    }
  }

  const reading = newReading();
  const pairs: Pair[] = collectPairs(root, budget, (el) => isChrome(el) || tables.consumed.has(el), opts.claimLabels);
  for (const p of pairs) applyValue(claim, p.field, p.el, p.text, rec, '', reading, opts, p.label);

  const rows = tables.listGrids.reduce((n, g) => n + g.grid.rows.length, 0);
  const isList = opts.listPage ?? (lines.length === 0 && reading.candidates.every((c) => c.key !== 'claimNumber') && rows > 0);
  if (isList) {
    resolve(claim, reading, rec, '', []);
    const claims: Claim[] = [];
    for (const { grid, cols } of tables.listGrids) {
      for (let r = 0; r < grid.rows.length && claims.length < 2000; r++) {
        const c = readListRow(grid, r, cols, opts, rec, `claims[${claims.length}].`);
        if (c.claimNumber === null) continue;
        if (c.payer === null) c.payer = claim.payer ?? opts.payer ?? null;
        claims.push(c);
      }
    }
    const page: ClaimPageData = { claims };
    return { page, provenance: rec.provenance, unparsed: rec.unparsed, truncated: budget.truncated, unsure: rec.finish() };
  }

  // A one-row summary table on a detail page ("Claim # | DOS | Billed" over one row) fills the
  // header; its readings come before the pairs' (it is usually the page's own summary).
  const summary = newReading();
  for (const { grid, cols } of [...tables.summaryGrids, ...tables.listGrids.filter((g) => g.grid.rows.length === 1)]) {
    for (const [field, i] of Object.entries(cols) as [ClaimField, number][]) {
      const cell = grid.rows[0]![i];
      if (cell?.text) applyValue(claim, field, cell.el, cell.text, rec, '', summary, opts, grid.headers[i]);
    }
  }
  reading.candidates.unshift(...summary.candidates);
  for (const [k, v] of Object.entries(summary.parts)) reading.parts[k] ??= v;

  // Diagnoses: labels first, then diagnosis tables, then lists under a heading. When the lines point
  // past what was read, another source that covers every pointer is the better reading.
  const highest = lines.reduce((m, l) => Math.max(m, ...l.dxPointers), 0);
  if (claim.diagnoses.length === 0 || claim.diagnoses.length < highest) {
    const sources: (() => { codes: string[]; rec: Recorder })[] = [
      ...tables.dxGrids.map(({ grid, cols }) => () => {
        const r = new Recorder();
        return { codes: readDiagnosisGrid(grid, cols, r), rec: r };
      }),
      () => {
        const r = new Recorder();
        return { codes: diagnosesUnderHeadings(doc, r), rec: r };
      },
    ];
    for (const read of sources) {
      const found = read();
      const better = claim.diagnoses.length === 0 ? found.codes.length > 0 : found.codes.length >= highest;
      if (!better) continue;
      rec.provenance.splice(0, rec.provenance.length, ...rec.provenance.filter((p) => !p.path.startsWith('diagnoses')), ...found.rec.provenance);
      claim.diagnoses = found.codes;
      if (found.codes.length >= highest) break;
    }
  }
  pointLineDiagnoses(claim, lines, lineDx, rec);
  for (const { grid, cols } of tables.adjGrids) attachAdjustmentGrid(lines, grid, cols, rec);
  for (const p of lineRec.provenance) rec.provenance.push(p);
  for (const p of lineRec.unparsed) rec.unparsed.push(p);
  claim.lines = lines;
  resolve(claim, reading, rec, '', lines);
  if (claim.payer === null) claim.payer = opts.payer ?? null;
  finishClaim(claim, reading.parts);
  weighArithmetic(claim, rec);
  // Columns chosen against their headers by the arithmetic: shown, but as a reading to verify.
  if (chosenByArithmetic) lines.forEach((_, i) => (rec.doubt(`lines[${i}].paid`, 0.6), rec.doubt(`lines[${i}].allowed`, 0.6)));
  return { page: claim, provenance: rec.provenance, unparsed: rec.unparsed, truncated: budget.truncated, unsure: rec.finish() };
}
