/**
 * Finds the label of a value element the user pointed at ("the paid amount is this cell"): the
 * header of its table column, the <dt> before its <dd>, the cell or element right before it, or
 * the "Label:" text in front of it. Reads text only, never runs page code. Returns the label and
 * the structure, or null when no label-like text names the element.
 */
import { cleanText } from '@/lib/reading/parse';
import { textOf } from '@/lib/reading/portals/dom';
import { cleanLabel, type TaughtStructure } from './mapping';

export interface FoundLabel {
  label: string;
  structure: Exclude<TaughtStructure, 'absent'>;
}

const CELL = new Set(['TD', 'TH']);

function columnHeader(cell: Element): string | null {
  const row = cell.parentElement;
  const table = cell.closest('table');
  if (!row || !table) return null;
  let col = 0;
  for (let c = row.firstElementChild; c && c !== cell; c = c.nextElementSibling) col += Number(c.getAttribute('colspan') ?? '1') || 1;
  // The header row: the last row of <thead>, else the table's first row when it is all <th>.
  const rows = Array.from(table.querySelectorAll('tr')).slice(0, 50);
  const head = rows.findLast((r) => r.parentElement?.tagName === 'THEAD')
    ?? rows.find((r) => r !== row && r.children.length > 1 && Array.from(r.children).every((c) => c.tagName === 'TH'));
  if (!head || head === row) return null;
  let at = 0;
  for (let c = head.firstElementChild; c; c = c.nextElementSibling) {
    const span = Number(c.getAttribute('colspan') ?? '1') || 1;
    if (col >= at && col < at + span) return textOf(c, 80) || null;
    at += span;
  }
  return null;
}

function ariaColumnHeader(cell: Element): string | null {
  const row = cell.closest('[role="row"]');
  const grid = row?.closest('[role="table"], [role="grid"]');
  if (!row || !grid) return null;
  const cells = Array.from(row.querySelectorAll('[role="cell"], [role="gridcell"]'));
  const i = cells.indexOf(cell);
  const headers = Array.from(grid.querySelectorAll('[role="columnheader"]'));
  return i >= 0 && headers[i] ? textOf(headers[i]!, 80) : null;
}

/** The nearest element or text right before `el`, climbing out of wrappers that hold only it. */
function labelBefore(el: Element): string | null {
  let cur: Element = el;
  for (let depth = 0; depth < 3; depth++) {
    for (let n = cur.previousSibling; n; n = n.previousSibling) {
      const text = n.nodeType === 3 ? cleanText(n.nodeValue) : n.nodeType === 1 ? textOf(n as Element, 80) : '';
      if (text) return text;
    }
    const parent = cur.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.childElementCount > 1 && depth > 0) return null;
    cur = parent;
  }
  return null;
}

export function labelOf(picked: Element): FoundLabel | null {
  const cell = picked.closest('td, th, [role="cell"], [role="gridcell"]');
  if (cell && !CELL.has(cell.tagName)) {
    const header = ariaColumnHeader(cell);
    if (header) return { label: cleanLabel(header), structure: 'column' };
  }
  if (cell && CELL.has(cell.tagName)) {
    const header = columnHeader(cell);
    if (header) return { label: cleanLabel(header), structure: 'column' };
    const prev = cell.previousElementSibling;
    if (prev) {
      const text = textOf(prev, 80);
      if (text) return { label: cleanLabel(text), structure: 'pair' };
    }
  }
  const dd = picked.closest('dd');
  if (dd) {
    for (let s = dd.previousElementSibling; s; s = s.previousElementSibling) {
      if (s.tagName === 'DT') return { label: cleanLabel(textOf(s, 80)), structure: 'pair' };
    }
  }
  const own = textOf(picked, 120);
  const colon = own.indexOf(':');
  if (colon > 0 && colon < 50) return { label: cleanLabel(own.slice(0, colon)), structure: 'pair' };
  const before = labelBefore(picked);
  return before ? { label: cleanLabel(before), structure: 'pair' } : null;
}
