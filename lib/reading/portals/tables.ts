/**
 * Tables as grids of cells: HTML tables (thead/tbody/tfoot, colspan) and ARIA grids
 * (role=table/grid with role=row, columnheader, cell/gridcell), which React portals render from divs.
 */
import { cleanText } from '@/lib/reading/parse';
import { isSkippedTag, textOf, walkElements, type WalkBudget } from './dom';

export interface Cell {
  el: Element;
  text: string;
}

export interface Grid {
  el: Element;
  /** Header texts by column index (after colspan expansion). */
  headers: string[];
  headerEls: Element[];
  /** Data rows: cells by column index; a missing cell is undefined. */
  rows: (Cell | undefined)[][];
  rowEls: Element[];
}

const MAX_ROWS = 2000;
const MAX_COLS = 60;
const CELL_CHARS = 300;

// Tags that carry ARIA table/row roles in practice (React grids render divs and lists).
const ARIA_HOSTS = new Set(['DIV', 'UL', 'OL', 'LI', 'SECTION', 'ARTICLE', 'SPAN']);

function isTableEl(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TABLE') return true;
  if (!ARIA_HOSTS.has(tag)) return false;
  const role = el.getAttribute('role');
  return role === 'table' || role === 'grid' || role === 'treegrid';
}

function isRow(el: Element, aria: boolean): boolean {
  return aria ? el.getAttribute('role') === 'row' : el.tagName.toUpperCase() === 'TR';
}

function isCell(el: Element, aria: boolean): boolean {
  if (aria) {
    const role = el.getAttribute('role');
    return role === 'cell' || role === 'gridcell' || role === 'columnheader' || role === 'rowheader';
  }
  const tag = el.tagName.toUpperCase();
  return tag === 'TD' || tag === 'TH';
}

function isHeaderCell(el: Element, aria: boolean): boolean {
  if (aria) return el.getAttribute('role') === 'columnheader';
  return el.tagName.toUpperCase() === 'TH';
}

/** Rows of this table only (not of tables nested in its cells). */
function rowsOf(table: Element, aria: boolean, budget: WalkBudget): Element[] {
  const rows: Element[] = [];
  walkElements(table, budget, (el) => {
    if (el === table) return true;
    if (isSkippedTag(el) || isTableEl(el)) return false;
    if (isRow(el, aria)) {
      rows.push(el);
      return rows.length > MAX_ROWS + 5 ? 'stop' : false;
    }
    return true;
  });
  return rows;
}

function cellsOf(row: Element, aria: boolean): Element[] {
  const cells: Element[] = [];
  if (!aria) {
    for (let c = row.firstElementChild; c && cells.length < MAX_COLS; c = c.nextElementSibling) if (isCell(c, false)) cells.push(c);
    return cells;
  }
  // ARIA cells may sit inside wrapper divs.
  const stack: Element[] = [];
  for (let c = row.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  let steps = 0;
  while (stack.length && cells.length < MAX_COLS && steps++ < 500) {
    const el = stack.pop()!;
    if (isCell(el, true)) cells.push(el);
    else for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return cells;
}

function span(el: Element): number {
  const n = Number(el.getAttribute('colspan') ?? '1');
  return Number.isInteger(n) && n > 1 && n <= MAX_COLS ? n : 1;
}

function expand(cells: Element[]): { el: Element; col: number }[] {
  const out: { el: Element; col: number }[] = [];
  let col = 0;
  for (const el of cells) {
    out.push({ el, col });
    col += span(el);
    if (col >= MAX_COLS) break;
  }
  return out;
}

/**
 * Reads a table into a header and data rows. The header row is the last row of <thead>, else the
 * first row whose cells are all header cells, else (when `looksLikeHeader` accepts it) the first row.
 */
export function readGrid(table: Element, budget: WalkBudget, looksLikeHeader: (texts: string[]) => boolean): Grid | null {
  const aria = table.tagName.toUpperCase() !== 'TABLE';
  const rows = rowsOf(table, aria, budget);
  if (rows.length === 0) return null;
  let headerIndex = -1;
  for (let i = 0; i < Math.min(rows.length, 4); i++) {
    const row = rows[i]!;
    const inThead = row.parentElement?.tagName.toUpperCase() === 'THEAD';
    const cells = cellsOf(row, aria);
    if (cells.length === 0) continue;
    const allHeaders = cells.every((c) => isHeaderCell(c, aria));
    if (inThead || allHeaders) {
      headerIndex = i;
      // A two-row <thead> (group titles over column titles): keep going to its last row.
      if (rows[i + 1]?.parentElement?.tagName.toUpperCase() === 'THEAD') continue;
      break;
    }
  }
  if (headerIndex < 0) {
    const first = cellsOf(rows[0]!, aria).map((c) => cleanText(textOf(c, 80)));
    if (!looksLikeHeader(first)) return null;
    headerIndex = 0;
  }
  const headers: string[] = [];
  const headerEls: Element[] = [];
  for (const { el, col } of expand(cellsOf(rows[headerIndex]!, aria))) {
    const text = cleanText(textOf(el, 80));
    for (let k = 0; k < span(el); k++) {
      headers[col + k] = k === 0 ? text : `${text} ${k + 1}`;
      headerEls[col + k] = el;
    }
  }
  const data: (Cell | undefined)[][] = [];
  const rowEls: Element[] = [];
  for (let i = headerIndex + 1; i < rows.length && data.length < MAX_ROWS; i++) {
    const row = rows[i]!;
    const cells: (Cell | undefined)[] = [];
    for (const { el, col } of expand(cellsOf(row, aria))) cells[col] = { el, text: cleanText(textOf(el, CELL_CHARS)) };
    if (cells.length === 0) continue;
    data.push(cells);
    rowEls.push(row);
  }
  return { el: table, headers, headerEls, rows: data, rowEls };
}

/** Every table-like element under root, outermost first, skipping noise subtrees. */
export function findTables(root: Element, budget: WalkBudget, skip: (el: Element) => boolean): Element[] {
  const tables: Element[] = [];
  const rowsSeen = new Map<Element, number>();
  walkElements(root, budget, (el) => {
    if (el !== root && skip(el)) return false;
    if (isTableEl(el) && tables.length < 200) tables.push(el);
    // Past MAX_ROWS rows of one table section, the rest cannot hold a table we would read.
    const tag = el.tagName.toUpperCase();
    if ((tag === 'TR' || (ARIA_HOSTS.has(tag) && el.getAttribute('role') === 'row')) && el.parentElement) {
      const n = (rowsSeen.get(el.parentElement) ?? 0) + 1;
      rowsSeen.set(el.parentElement, n);
      if (n > MAX_ROWS + 5) return 'skip-siblings';
    }
    return true;
  });
  return tables;
}
