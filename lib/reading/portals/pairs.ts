/**
 * Label/value pairs outside tables: <dl> (dt -> dd), th/td rows, <label for>, "Label: value" in one
 * element, and label/value sibling elements (div grids, React key/value lists). Only labels in the
 * dictionary count, so "Phone:", "ZIP", "NPI", "Tax ID" and "Last login" are never read.
 */
import { cleanText } from '@/lib/reading/parse';
import { isSkippedTag, textOf, walkElements, type WalkBudget } from './dom';
import { matchClaimLabel, matchLineHeader, type ClaimField } from './labels';

export interface Pair {
  field: ClaimField;
  /** The element the value text was read from. */
  el: Element;
  text: string;
  /** The label as printed ("Claim No.:"), for ranking candidates and for teaching the reader. */
  label: string;
}

const STRUCTURAL = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'FORM', 'BODY', 'HTML', 'MAIN', 'SECTION', 'ARTICLE']);

const SECTION_TITLES = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION']);

/**
 * An editable field holds what the user typed into a search form ("Claim Number" on a results
 * page), not what the payer says: only read-only and disabled fields show claim data.
 */
function isSearchInput(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'INPUT' && tag !== 'TEXTAREA' && tag !== 'SELECT') return false;
  return !el.hasAttribute('readonly') && !el.hasAttribute('disabled');
}

function isLabelText(text: string, extra?: ReadonlyMap<string, ClaimField | null>): boolean {
  return text.length <= 60 && (matchClaimLabel(text, extra) !== null || matchLineHeader(text) !== null);
}

// Inline elements that may carry the rest of a value ("Denied <span>(F2)</span>").
const INLINE = new Set(['SPAN', 'B', 'I', 'EM', 'STRONG', 'SMALL', 'SUP', 'SUB', 'MARK', 'CODE', 'FONT']);

/** "Denied" then "<span>(F2)</span>": a short inline decoration right after a status belongs to it. */
function withDecoration(e: Element, text: string): string {
  let out = text;
  for (let n = e.nextElementSibling, k = 0; n && k < 2; n = n.nextElementSibling, k++) {
    if (!INLINE.has(n.tagName.toUpperCase())) break;
    const t = textOf(n, 20);
    if (!t || t.length > 12) break;
    out += ` ${t}`;
  }
  return out;
}

function valueElement(label: Element, field: ClaimField | null = null): { el: Element; text: string } | null {
  const tag = label.tagName.toUpperCase();
  if (tag === 'DT') {
    for (let s = label.nextElementSibling; s; s = s.nextElementSibling) {
      const t = s.tagName.toUpperCase();
      if (t === 'DD') return { el: s, text: textOf(s) };
      if (t === 'DT') return null;
    }
    return null;
  }
  if (tag === 'TH' || tag === 'TD') {
    // Old layout tables put the colon in a cell of its own: "Claim # | : | 123".
    let next = label.nextElementSibling;
    if (next && /^[:\-–]$/.test(textOf(next, 3))) next = next.nextElementSibling;
    return next ? { el: next, text: textOf(next) } : null;
  }
  if (tag === 'LABEL') {
    const id = label.getAttribute('for');
    const target = id ? label.ownerDocument?.getElementById(id) : null;
    if (target) return { el: target, text: textOf(target) };
  }
  // Sibling text or element; climb out of wrappers that hold only the label ("<div><span>Claim #</span></div><div>123</div>").
  let cur: Element = label;
  for (let depth = 0; depth < 4; depth++) {
    for (let n = cur.nextSibling; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const t = cleanText(n.nodeValue);
        if (t && t !== ':') return { el: cur.parentElement ?? cur, text: t.replace(/^:\s*/, '') };
        continue;
      }
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (isSkippedTag(e)) continue;
      const text = textOf(e);
      // An icon or a coloured dot before the value ("<i class=dot></i> Paid") is not the value.
      if (!text && INLINE.has(e.tagName.toUpperCase()) && e.childElementCount === 0) continue;
      return { el: e, text: field === 'status' ? withDecoration(e, text) : text };
    }
    const parent = cur.parentElement;
    if (!parent || STRUCTURAL.has(parent.tagName.toUpperCase())) return null;
    if (parent.childElementCount > 1) return null;
    cur = parent;
  }
  return null;
}

/** "<td>Claim Number<br>123</td>": the text before the first <br> is the label, the rest the value. */
function labelBeforeBreak(el: Element, extra?: ReadonlyMap<string, ClaimField | null>): Pair | null {
  let label = '';
  let node = el.firstChild;
  for (; node && label.length <= 60; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR') break;
    label += node.textContent ?? '';
  }
  if (!node) return null;
  const labelText = cleanText(label);
  const field = matchClaimLabel(labelText, extra);
  if (!field) return null;
  let value = '';
  for (let n = node.nextSibling; n && value.length <= 300; n = n.nextSibling) {
    if (n.nodeType === 3) value += n.nodeValue ?? '';
    else if (n.nodeType === 1 && !isSkippedTag(n as Element)) value += ` ${textOf(n as Element)} `;
  }
  const text = cleanText(value);
  return text ? { field, el, text, label: labelText } : null;
}

/**
 * "Payer: <span>Contoso</span> · NPI: …" inside a long paragraph (search criteria, EOB headers):
 * a text node ending in a known "Label:" and the element right after it.
 */
function textNodeLabels(el: Element, extra: ReadonlyMap<string, ClaimField | null> | undefined, pairs: Pair[]): void {
  if (el.childElementCount > 30) return;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 3) continue;
    const t = cleanText(n.nodeValue);
    if (!t.endsWith(':')) continue;
    const label = t.slice(0, -1).split(/\s[·•|]\s|[·•|]/).pop()!.trim();
    const field = label ? matchClaimLabel(label, extra) : null;
    const next = n.nextSibling;
    if (!field || !next || next.nodeType !== 1 || isSkippedTag(next as Element)) continue;
    const text = textOf(next as Element);
    if (text && !isLabelText(text, extra)) pairs.push({ field, el: next as Element, text, label });
  }
}

/** "Litware Health Plan Status: Any" -> "Litware Health Plan": a value ends where the next known "Label:" starts. */
function cutAtNextLabel(rest: string, extra?: ReadonlyMap<string, ClaimField | null>): string {
  for (let colon = rest.indexOf(':'); colon > 0; colon = rest.indexOf(':', colon + 1)) {
    // The longest run of up to four words right before the colon that is a known label.
    let cut = -1;
    for (let words = 0, start = rest.lastIndexOf(' ', colon); start > 0 && words < 4; words++, start = rest.lastIndexOf(' ', start - 1)) {
      if (isLabelText(rest.slice(start + 1, colon), extra)) cut = start;
    }
    if (cut > 0) return rest.slice(0, cut).trim();
  }
  return rest;
}

export function collectPairs(
  root: Element,
  budget: WalkBudget,
  skip: (el: Element) => boolean,
  extra?: ReadonlyMap<string, ClaimField | null>,
): Pair[] {
  const pairs: Pair[] = [];
  walkElements(root, budget, (el) => {
    if (el !== root && skip(el)) return false;
    if (pairs.length >= 400) return false;
    const tag = el.tagName.toUpperCase();
    if (STRUCTURAL.has(tag) || el.childElementCount > 4) return true;
    // Headings title sections ("Claim Status", "Payment"): what follows is a section, not a value.
    if (SECTION_TITLES.has(tag)) return false;
    const text = textOf(el, 81);
    if (!text) return true;
    if (text.length > 80) {
      textNodeLabels(el, extra, pairs);
      return true;
    }
    // Let the innermost element that holds the whole text be the label.
    const only = el.childElementCount === 1 ? el.firstElementChild : null;
    if (only && !isSkippedTag(only) && textOf(only, 81) === text) return true;
    const broken = labelBeforeBreak(el, extra);
    if (broken) {
      pairs.push(broken);
      return false;
    }
    const field = matchClaimLabel(text, extra);
    if (field) {
      const value = valueElement(el, field);
      // A value that is itself a label means the real value is missing ("Check #" then "Paid Date");
      // status words ("Paid") double as labels, so status is exempt.
      if (value && value.text && !isSearchInput(value.el) && (field === 'status' || !isLabelText(value.text, extra))) {
        pairs.push({ field, el: value.el, text: value.text, label: text });
      }
      return false;
    }
    // "Claim #: 123" in one element, or several pairs on one line ("Patient: X · Member ID: Y").
    let inlineFound = false;
    for (const segment of text.split(/\s[·•|]\s/)) {
      const colon = segment.indexOf(':');
      if (colon <= 0 || colon >= 50) continue;
      const inline = matchClaimLabel(segment.slice(0, colon), extra);
      const rest = cutAtNextLabel(segment.slice(colon + 1).trim(), extra);
      if (inline && rest && (inline === 'status' || !isLabelText(rest, extra))) {
        pairs.push({ field: inline, el, text: rest, label: segment.slice(0, colon).trim() });
        inlineFound = true;
      }
    }
    // Children may hold the same pairs more precisely (<b>Label:</b> value): only leaves stop here.
    if (inlineFound && el.childElementCount === 0) return false;
    return true;
  });
  return pairs;
}
