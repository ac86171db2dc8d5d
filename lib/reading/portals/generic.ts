/**
 * The generic extractor: label-based reading of any portal's claim page, and the engine adapters
 * configure. Steps: find tables (service lines, results lists, diagnosis lists, adjustment
 * lists), then read label/value pairs outside them, then assemble one claim or a list of claims.
 */
import { deriveStatusCategory, parseMoney } from '@/lib/reading/parse';
import { emptyClaim, type Claim, type ClaimPageData, type ServiceLine } from '@/lib/claim/types';
import { isNoise, isSkippedTag, newBudget, type WalkBudget } from './dom';
import { matchClaimLabel, matchLineHeader, type ClaimField, type LineField } from './labels';
import { isLineTable, mapLineColumns, readAdjustments, readDiagnosisGrid, readLines, type LineColumns, type LineDiagnoses } from './lines';
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

/** Fields a claim-list row can carry, by header. */
function mapClaimColumns(headers: string[], extra?: ReadonlyMap<string, ClaimField | null>): Partial<Record<ClaimField, number>> {
  const cols: Partial<Record<ClaimField, number>> = {};
  headers.forEach((h, i) => {
    const f = h ? matchClaimLabel(h, extra) : null;
    if (f && cols[f] === undefined) cols[f] = i;
  });
  return cols;
}

function looksLikeHeader(texts: string[], opts: GenericOptions): boolean {
  let n = 0;
  for (const t of texts) if (t && (matchLineHeader(t, opts.lineLabels) || matchClaimLabel(t, opts.claimLabels))) n++;
  return n >= 3 && n >= texts.length / 2;
}

interface Classified {
  lineGrids: { grid: Grid; cols: LineColumns }[];
  listGrids: { grid: Grid; cols: Partial<Record<ClaimField, number>> }[];
  dxGrids: { grid: Grid; cols: LineColumns }[];
  adjGrids: { grid: Grid; cols: LineColumns }[];
  consumed: Set<Element>;
}

function classifyTables(root: Element, budget: WalkBudget, skip: (el: Element) => boolean, opts: GenericOptions): Classified {
  const out: Classified = { lineGrids: [], listGrids: [], dxGrids: [], adjGrids: [], consumed: new Set() };
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

/** Applies one label's value to a claim; first readable value wins, diagnoses accumulate. */
function applyValue(claim: Claim, field: ClaimField, el: Element, printed: string, rec: Recorder, base: string, parts: Partial<Record<string, number>>, opts: GenericOptions): void {
  const text = opts.rewrite?.[field]?.(printed) ?? printed;
  if (field === 'copay' || field === 'deductible' || field === 'coinsurance') {
    const v = parseMoney(text);
    if (v === null || parts[field] !== undefined) return;
    parts[field] = v;
    rec.note(`${base}patientResponsibility`, el, text);
    return;
  }
  const value = claimFieldValue(field, text);
  if (!value) {
    if (text.length <= 60) rec.miss(`${base}${field}`, el, text);
    return;
  }
  if (field === 'diagnoses') {
    for (const code of value.diagnoses ?? []) {
      if (claim.diagnoses.includes(code)) continue;
      rec.note(`${base}diagnoses[${claim.diagnoses.length}]`, el, text);
      claim.diagnoses.push(code);
    }
    return;
  }
  for (const [key, v] of Object.entries(value) as [keyof Claim, unknown][]) {
    // Contract keys start null; the optional ones (claim type, type of bill ...) start absent.
    if (claim[key] !== null && claim[key] !== undefined) continue;
    (claim as unknown as Record<string, unknown>)[key] = v;
    rec.note(`${base}${key}`, el, text);
  }
}

function finishClaim(claim: Claim, parts: Partial<Record<string, number>>): void {
  if (claim.patientResponsibility === null && COMPONENTS.some((c) => parts[c] !== undefined)) {
    // Patient responsibility = deductible + coinsurance + copay (X12 CARC 1, 2, 3) when no total is shown.
    const cents = COMPONENTS.reduce((sum, c) => sum + Math.round((parts[c] ?? 0) * 100), 0);
    claim.patientResponsibility = cents / 100;
  }
  if (claim.statusCategory === null) claim.statusCategory = deriveStatusCategory(claim.status);
}

function readListRow(grid: Grid, row: number, cols: Partial<Record<ClaimField, number>>, opts: GenericOptions, rec: Recorder, base: string): Claim {
  const claim = emptyClaim(opts.portal);
  const parts: Partial<Record<string, number>> = {};
  const cells = grid.rows[row]!;
  for (const [field, i] of Object.entries(cols) as [ClaimField, number][]) {
    const cell = cells[i];
    if (cell?.text) applyValue(claim, field, cell.el, cell.text, rec, base, parts, opts);
  }
  finishClaim(claim, parts);
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

export function extractGeneric(doc: Document, _url: URL, opts: GenericOptions): AdapterOutput {
  const budget = opts.budget ?? newBudget();
  const rec = new Recorder();
  const root = opts.root ?? doc.body ?? doc.documentElement;
  const claim = emptyClaim(opts.portal);
  if (!root) return { page: claim, provenance: [], unparsed: [], truncated: false };
  const tables = classifyTables(root, budget, isChrome, opts);

  // Service lines: the line table that yields most lines (portals sometimes render a summary twice).
  let lines: ServiceLine[] = [];
  let lineRec = new Recorder();
  let lineDx: LineDiagnoses[] = [];
  for (const { grid, cols } of tables.lineGrids) {
    const r = new Recorder();
    const dx: LineDiagnoses[] = [];
    const read = readLines(grid, cols, r, 'lines', dx);
    if (read.length > lines.length) {
      lines = read;
      lineRec = r;
      lineDx = dx;
    }
  }

  const pairs: Pair[] = collectPairs(root, budget, (el) => isChrome(el) || tables.consumed.has(el), opts.claimLabels);
  const parts: Partial<Record<string, number>> = {};
  for (const p of pairs) applyValue(claim, p.field, p.el, p.text, rec, '', parts, opts);

  const rows = tables.listGrids.reduce((n, g) => n + g.grid.rows.length, 0);
  const isList = opts.listPage ?? (lines.length === 0 && claim.claimNumber === null && rows > 0);
  if (isList) {
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
    return { page, provenance: rec.provenance, unparsed: rec.unparsed, truncated: budget.truncated };
  }

  // A one-row summary table on a detail page ("Claim # | DOS | Billed" over one row) fills the header.
  for (const { grid, cols } of tables.listGrids) {
    if (grid.rows.length !== 1) continue;
    for (const [field, i] of Object.entries(cols) as [ClaimField, number][]) {
      const cell = grid.rows[0]![i];
      if (cell?.text) applyValue(claim, field, cell.el, cell.text, rec, '', parts, opts);
    }
  }
  if (claim.diagnoses.length === 0) {
    for (const { grid, cols } of tables.dxGrids) {
      claim.diagnoses = readDiagnosisGrid(grid, cols, rec);
      if (claim.diagnoses.length) break;
    }
  }
  if (claim.diagnoses.length === 0) claim.diagnoses = diagnosesUnderHeadings(doc, rec);
  pointLineDiagnoses(claim, lines, lineDx, rec);
  for (const { grid, cols } of tables.adjGrids) attachAdjustmentGrid(lines, grid, cols, rec);
  for (const p of lineRec.provenance) rec.provenance.push(p);
  for (const p of lineRec.unparsed) rec.unparsed.push(p);
  claim.lines = lines;
  if (claim.payer === null) claim.payer = opts.payer ?? null;
  finishClaim(claim, parts);
  return { page: claim, provenance: rec.provenance, unparsed: rec.unparsed, truncated: budget.truncated };
}
