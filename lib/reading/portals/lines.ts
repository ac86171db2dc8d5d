/**
 * Service-line tables -> ServiceLine[]. Columns are found by header wording (labels.ts); codes
 * may carry their modifiers ("99213-25") or have Modifier 1-4 columns; adjustments may be
 * "CO-45" in one column or a group column beside a reason column; a row without a procedure code
 * right under a line continues it (remits print one row per adjustment).
 */
import {
  findIcd10Codes, parseAdjustments, parseDate, parseDateRange, parseDxPointers, parseGroup, parseModifiers,
  parseMoney, parseProcedure, parseQuantity, parseRemarks,
} from '@/lib/reading/parse';
import type { Adjustment, ServiceLine } from '@/lib/claim/types';
import { matchLineHeader, type LineField } from './labels';
import type { Recorder } from './record';
import type { Cell, Grid } from './tables';

export type LineColumns = Partial<Record<LineField, number[]>>;

export function mapLineColumns(headers: string[], extra?: ReadonlyMap<string, LineField | null>): LineColumns {
  const cols: LineColumns = {};
  const bare: number[] = [];
  headers.forEach((h, i) => {
    if (!h) return;
    const field = matchLineHeader(h, extra);
    if (field) (cols[field] ??= []).push(i);
    else if (/^(?:amount|amt|adj(?:ustment)?\.? ?amt)$/i.test(h.trim())) bare.push(i);
  });
  // A bare "Amount" beside a group or reason column is that adjustment's amount ("Group | CARC | Amount").
  if (bare.length && (cols.adjGroup || cols.adjReason) && !cols.adjAmount) cols.adjAmount = bare;
  return cols;
}

/** Which adjustment a money column carries ("Discount" = CO-45), read from the page's legend. */
export type ColumnCodes = Partial<Record<LineField, { group: Adjustment['group']; reason: string }>>;

const AMOUNT_FIELDS: LineField[] = ['billed', 'allowed', 'paid', 'units', 'modifiers'];

/** A line table names a procedure (or revenue) code column and at least one amount, unit or date column. */
export function isLineTable(cols: LineColumns): boolean {
  const hasCode = Boolean(cols.code || cols.revenueCode);
  const hasDetail = AMOUNT_FIELDS.some((f) => cols[f]) || Boolean(cols.serviceDate || cols.serviceFrom);
  return hasCode && hasDetail;
}

const TOTAL_ROW = /^(?:claim\s+)?(?:totals?|sub-?totals?|grand total)\b/i;

function first(cells: (Cell | undefined)[], idx: number[] | undefined): Cell | undefined {
  if (!idx) return undefined;
  for (const i of idx) {
    const c = cells[i];
    if (c && c.text) return c;
  }
  return undefined;
}

export function emptyLine(): ServiceLine {
  return { code: null, modifiers: [], units: null, serviceDate: null, billed: null, allowed: null, paid: null, dxPointers: [], adjustments: [], remarks: [] };
}

/** Reads the lines of one grid. `base` is the contract path prefix ("lines" or "claims[0].lines"). */
/** Diagnosis codes printed on a line instead of pointers (some Medicare and commercial screens). */
export interface LineDiagnoses {
  line: number;
  codes: string[];
  cell: Cell;
}

export function readLines(grid: Grid, cols: LineColumns, rec: Recorder, base = 'lines', lineDx: LineDiagnoses[] = [], legend: ColumnCodes = {}): ServiceLine[] {
  const lines: ServiceLine[] = [];
  for (const cells of grid.rows) {
    const rowText = cells.find((c) => c?.text)?.text ?? '';
    if (TOTAL_ROW.test(rowText)) continue;
    const codeCell = first(cells, cols.code);
    const revCell = first(cells, cols.revenueCode);
    const proc = parseProcedure(codeCell?.text);
    // NUBC revenue code 0001 is the UB-04 "total charges" line, not a service.
    if (!proc.code && revCell && /^0001\b/.test(revCell.text)) continue;
    let line: ServiceLine;
    let index: number;
    if (proc.code || (revCell && parseProcedure(revCell.text).code)) {
      line = emptyLine();
      index = lines.length;
      lines.push(line);
      const p = `${base}[${index}]`;
      if (proc.code && codeCell) {
        line.code = proc.code;
        rec.note(`${p}.code`, codeCell.el, codeCell.text);
        proc.modifiers.forEach((m, k) => rec.note(`${p}.modifiers[${k}]`, codeCell.el, codeCell.text));
        line.modifiers.push(...proc.modifiers);
      } else if (revCell) {
        // UB-04 lines without HCPCS: the revenue code is the line's code (lib/claim/types.ts).
        line.code = parseProcedure(revCell.text).code;
        rec.note(`${p}.code`, revCell.el, revCell.text);
      }
      // The revenue code itself (UB-04 FL 42): tells an institutional line, and repeated revenue codes apart.
      const rev = revCell ? /^0?\d{3}\b/.exec(revCell.text.trim())?.[0] : undefined;
      if (rev) {
        line.revenueCode = rev.padStart(4, '0');
        rec.note(`${p}.revenueCode`, revCell!.el, revCell!.text);
      }
      readLineFields(line, cells, cols, rec, p, legend);
      const dxCell = first(cells, cols.diagnosis);
      const codes = dxCell ? findIcd10Codes(dxCell.text) : [];
      if (dxCell && codes.length) lineDx.push({ line: index, codes, cell: dxCell });
      else if (dxCell && !line.dxPointers.length && /^[A-L\d][A-L\d,\s]*$/i.test(dxCell.text)) {
        // A "Dx" column holding pointer letters ("A,B") rather than codes.
        line.dxPointers = parseDxPointers(dxCell.text);
        if (line.dxPointers.length) rec.note(`${p}.dxPointers`, dxCell.el, dxCell.text);
      }
    } else {
      // Continuation row: adjustments or remarks of the line above; anything else is not a line.
      const prev = lines[lines.length - 1];
      if (!prev || codeCell) continue;
      index = lines.length - 1;
      const filled = cells.filter((c) => c?.text);
      if (filled.length === 1 && !first(cells, cols.adjReason) && !first(cells, cols.remarks) && !first(cells, cols.reasonAndRemarks)) {
        // A detail row spanning the table ("Reason codes: CO-45 ... Remark codes: N130"), as
        // Medicare portals print line-level CARC/RARC under each line.
        readDetailRow(prev, filled[0]!, rec, `${base}[${index}]`);
      } else {
        readAdjustments(prev, cells, cols, rec, `${base}[${index}]`);
      }
    }
  }
  return lines;
}

function readDetailRow(line: ServiceLine, cell: Cell, rec: Recorder, p: string): void {
  for (const adj of parseAdjustments(cell.text).filter((a) => a.group !== null)) {
    rec.note(`${p}.adjustments[${line.adjustments.length}]`, cell.el, cell.text);
    line.adjustments.push(adj);
  }
  for (const r of parseRemarks(cell.text)) {
    if (line.remarks.includes(r)) continue;
    rec.note(`${p}.remarks[${line.remarks.length}]`, cell.el, cell.text);
    line.remarks.push(r);
  }
}

function readLineFields(line: ServiceLine, cells: (Cell | undefined)[], cols: LineColumns, rec: Recorder, p: string, legend: ColumnCodes): void {
  for (const i of cols.modifiers ?? []) {
    const c = cells[i];
    if (!c?.text) continue;
    for (const m of parseModifiers(c.text)) {
      if (line.modifiers.length >= 4 || line.modifiers.includes(m)) continue;
      rec.note(`${p}.modifiers[${line.modifiers.length}]`, c.el, c.text);
      line.modifiers.push(m);
    }
  }
  const units = first(cells, cols.units);
  if (units) {
    line.units = parseQuantity(units.text);
    if (line.units !== null) rec.note(`${p}.units`, units.el, units.text);
  }
  const date = first(cells, cols.serviceDate) ?? first(cells, cols.serviceFrom);
  if (date) {
    line.serviceDate = parseDateRange(date.text).from ?? parseDate(date.text);
    if (line.serviceDate) rec.note(`${p}.serviceDate`, date.el, date.text);
  }
  for (const field of ['billed', 'allowed', 'paid'] as const) {
    const c = first(cells, cols[field]);
    if (!c) continue;
    line[field] = parseMoney(c.text);
    if (line[field] !== null) rec.note(`${p}.${field}`, c.el, c.text);
    else rec.miss(`${p}.${field}`, c.el, c.text);
  }
  const ptr = first(cells, cols.dxPointers);
  if (ptr) {
    line.dxPointers = parseDxPointers(ptr.text);
    if (line.dxPointers.length) rec.note(`${p}.dxPointers`, ptr.el, ptr.text);
  }
  readAdjustments(line, cells, cols, rec, p);
  readMoneyColumns(line, cells, cols, rec, p, legend);
}

// Patient-share columns are patient-responsibility adjustments by definition (X12 CARC 1 deductible,
// 2 coinsurance, 3 co-payment): shown as PR-1/2/3 unless the page's legend says otherwise or the
// page already lists that adjustment. Other money columns ("Discount") carry whatever code the
// legend names, and nothing when it names none: a code is never guessed. A zero is no adjustment.
const SHARE: [LineField, string | null][] = [['discount', null], ['deductible', '1'], ['coinsurance', '2'], ['copay', '3']];

function readMoneyColumns(line: ServiceLine, cells: (Cell | undefined)[], cols: LineColumns, rec: Recorder, p: string, legend: ColumnCodes): void {
  for (const [field, reason] of SHARE) {
    const c = first(cells, cols[field]);
    const amount = c ? parseMoney(c.text) : null;
    if (!c || !amount) continue;
    const code = legend[field] ?? (reason ? { group: 'PR' as const, reason } : null);
    if (!code) {
      rec.miss(`${p}.adjustments`, c.el, c.text);
      continue;
    }
    if (line.adjustments.some((a) => a.group === code.group && a.reason === code.reason)) continue;
    rec.note(`${p}.adjustments[${line.adjustments.length}]`, c.el, c.text);
    line.adjustments.push({ group: code.group, reason: code.reason, amount });
  }
}

export function readAdjustments(line: ServiceLine, cells: (Cell | undefined)[], cols: LineColumns, rec: Recorder, p: string): void {
  const groupCell = first(cells, cols.adjGroup);
  const group = groupCell ? parseGroup(groupCell.text) : null;
  const amountCell = first(cells, cols.adjAmount);
  const amount = amountCell ? parseMoney(amountCell.text) : null;
  for (const i of [...(cols.adjReason ?? []), ...(cols.reasonAndRemarks ?? [])]) {
    const c = cells[i];
    if (!c?.text) continue;
    for (const adj of parseAdjustments(c.text, group, amount)) {
      rec.note(`${p}.adjustments[${line.adjustments.length}]`, c.el, c.text);
      line.adjustments.push(adj);
    }
  }
  // A "Group" column alone may hold the whole pair ("CO-45").
  if (groupCell && !cols.adjReason && !cols.reasonAndRemarks) {
    for (const adj of parseAdjustments(groupCell.text, null, amount)) {
      rec.note(`${p}.adjustments[${line.adjustments.length}]`, groupCell.el, groupCell.text);
      line.adjustments.push(adj);
    }
  }
  for (const i of [...(cols.remarks ?? []), ...(cols.reasonAndRemarks ?? [])]) {
    const c = cells[i];
    if (!c?.text) continue;
    for (const r of parseRemarks(c.text)) {
      if (line.remarks.includes(r)) continue;
      rec.note(`${p}.remarks[${line.remarks.length}]`, c.el, c.text);
      line.remarks.push(r);
    }
  }
}

/** Diagnosis tables ("Dx | Code | Description"): codes in pointer order when a pointer column is shown. */
export function readDiagnosisGrid(grid: Grid, cols: LineColumns, rec: Recorder): string[] {
  const found: { order: number; code: string; cell: Cell }[] = [];
  grid.rows.forEach((cells, rowIndex) => {
    let codeCell: Cell | undefined;
    let code: string | null = null;
    let order = rowIndex + 1;
    // "Dx" may head the pointer letter column and "ICD-10 Code" the code column: read both.
    for (const i of [...(cols.diagnosis ?? []), ...(cols.dxPointers ?? []), ...(cols.lineNumber ?? [])]) {
      const c = cells[i];
      if (!c?.text) continue;
      if (c.text.length <= 2 && /^(?:[A-L]|[1-9]|1[0-2])$/i.test(c.text)) order = parseDxPointers(c.text)[0] ?? order;
      else if (!code && cols.diagnosis?.includes(i)) {
        code = findIcd10(c.text);
        if (code) codeCell = c;
      }
    }
    if (code && codeCell) found.push({ order, code, cell: codeCell });
  });
  found.sort((a, b) => a.order - b.order);
  const out: string[] = [];
  for (const f of found) {
    if (out.includes(f.code)) continue;
    rec.note(`diagnoses[${out.length}]`, f.cell.el, f.cell.text);
    out.push(f.code);
  }
  return out;
}

function findIcd10(text: string): string | null {
  return findIcd10Codes(text, 1)[0] ?? null;
}
