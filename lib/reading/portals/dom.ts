/**
 * DOM reading that stays bounded on hostile pages: iterative walks (no recursion, so 10,000-deep
 * nesting cannot overflow the stack), an element budget, and text read from `textContent`-like
 * walks that never depend on layout (hidden tabs are read too) and never execute anything.
 */

/** Elements whose content is never claim data (or is not text at all). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'SELECT',
  'OPTION', 'BUTTON', 'NAV', 'FOOTER', 'HEAD', 'VIDEO', 'AUDIO', 'TEXTAREA', 'MATH',
]);

/** Our own badge hosts carry this attribute; extraction and the observer ignore them. */
export const OWN_MARKER = 'data-remit-ranger';

// Block-level elements: a boundary between them reads as a space ("01/02/2026<br>01/05/2026").
const BREAKING = new Set([
  'BR', 'DIV', 'P', 'LI', 'TR', 'TD', 'TH', 'DD', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION',
  'TABLE', 'TBODY', 'THEAD', 'UL', 'OL', 'DL', 'ARTICLE', 'HEADER', 'BLOCKQUOTE', 'PRE', 'HR',
]);

export function isSkippedTag(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  // Our hosts are spans and divs: other tags need no attribute read (a 200-line table has 2,000 cells).
  return SKIP_TAGS.has(tag) || ((tag === 'SPAN' || tag === 'DIV') && el.hasAttribute(OWN_MARKER));
}

/**
 * Text of an element, whitespace collapsed, at most `max` characters (the walk stops there, so a
 * huge subtree costs no more than `max` characters). Input values count: some portals render
 * read-only values in disabled inputs.
 */
export function textOf(el: Element, max = 300): string {
  let out = '';
  const stack: Node[] = [el];
  let steps = 0;
  while (stack.length && out.length <= max && steps++ < 20000) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const e = node as Element;
    if (e !== el && isSkippedTag(e)) continue;
    const tag = e.tagName.toUpperCase();
    if (tag === 'INPUT') {
      const type = (e.getAttribute('type') ?? 'text').toLowerCase();
      if (type !== 'hidden' && type !== 'password') out += ` ${(e as HTMLInputElement).value ?? ''} `;
      continue;
    }
    const breaking = BREAKING.has(tag);
    if (breaking) stack.push(spaceNode);
    for (let c = e.lastChild; c; c = c.previousSibling) stack.push(c);
    if (breaking) out += ' ';
  }
  return out.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim().slice(0, max);
}

// A shared stand-in for "a space after this block element" on the walk stack.
const spaceNode = { nodeType: 3, nodeValue: ' ' } as unknown as Node;

export interface WalkBudget {
  /** Elements visited so far, across walks sharing this budget. */
  visited: number;
  max: number;
  truncated: boolean;
}

export function newBudget(max = 60000): WalkBudget {
  return { visited: 0, max, truncated: false };
}

/** What a visitor tells the walk: false skips the children; "skip-siblings" also skips the following siblings. */
export type WalkStep = boolean | void | 'skip-siblings' | 'stop';

/**
 * Pre-order walk of the elements under `root`, iterative and lazy (the stack holds one entry per
 * level, so neither depth nor width can blow it up). Stops, and marks the budget truncated, after
 * `budget.max` elements.
 */
export function walkElements(root: Element, budget: WalkBudget, visit: (el: Element) => WalkStep): void {
  const stack: Element[] = [root];
  while (stack.length) {
    if (budget.visited >= budget.max) {
      budget.truncated = true;
      return;
    }
    const el = stack.pop()!;
    budget.visited++;
    const step = visit(el);
    if (step === 'stop') return;
    if (el !== root && step !== 'skip-siblings') {
      const next = el.nextElementSibling;
      if (next) stack.push(next);
    }
    if (step !== false && step !== 'skip-siblings') {
      const child = el.firstElementChild;
      if (child) stack.push(child);
    }
  }
}

const SIMPLE_ID = /^[A-Za-z][\w-]{0,80}$/;

export interface SelectorCache {
  selectors: Map<Element, string>;
  /** nth-of-type index per element, so row 2,000 does not walk 1,999 siblings again. */
  indices: Map<Element, number>;
}

export function newSelectorCache(): SelectorCache {
  return { selectors: new Map(), indices: new Map() };
}

function nthOfType(el: Element, cache: SelectorCache): number {
  const known = cache.indices.get(el);
  if (known !== undefined) return known;
  let n = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) {
    if (s.tagName !== el.tagName) continue;
    const before = cache.indices.get(s);
    if (before !== undefined) {
      n += before;
      break;
    }
    n++;
  }
  cache.indices.set(el, n);
  return n;
}

/**
 * A CSS selector that finds `el` again in its document: the nearest ancestor id that is unique in
 * the document, then `tag:nth-of-type(n)` steps. Cached per element because table cells share
 * their row's and table's prefix.
 */
export function selectorOf(el: Element, cache: SelectorCache): string {
  const cached = cache.selectors.get(el);
  if (cached !== undefined) return cached;
  const steps: Element[] = [];
  let prefix = '';
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const hit = cache.selectors.get(cur);
    if (hit !== undefined) {
      prefix = hit;
      break;
    }
    const id = cur.getAttribute('id');
    if (id && SIMPLE_ID.test(id) && cur.ownerDocument?.getElementById(id) === cur) {
      prefix = `#${id}`;
      cache.selectors.set(cur, prefix);
      break;
    }
    if (cur.tagName.toUpperCase() === 'HTML' || steps.length > 400) {
      prefix = 'html';
      break;
    }
    steps.push(cur);
  }
  let selector = prefix;
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
    selector = `${selector}${selector ? ' > ' : ''}${step.tagName.toLowerCase()}:nth-of-type(${nthOfType(step, cache)})`;
    cache.selectors.set(step, selector);
  }
  return selector;
}

// Class/id/aria words that mark page chrome rather than the claim: "recently viewed" widgets,
// navigation, session banners ("Last login ..."), footers, help and contact boxes.
const NOISE_WORDS = /(?:^|[\s_-])(?:footer|nav|navbar|navigation|menu|menubar|breadcrumbs?|recent(?:ly)?|recents|viewed|session|login|logon|signin|user-?menu|account-?menu|masthead|banner|help|contact|announcements?|ticker|chat|feedback|toast)(?:$|[\s_-])/i;
const WRAPPER_WORDS = /content|main|body|wrap|container|page|layout|app|root|with|has|claim/i;
const NOISE_ROLES = new Set(['navigation', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'toolbar', 'tooltip', 'alert']);
const NOISE_HEADING = /\b(?:recently viewed|recent claims|recent searches|recent activity|recent patients|quick links|contact us|need help|announcements)\b/i;
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION']);

// Chrome comes in containers; cells, labels and inline text are never checked (a 200-line table
// would otherwise cost thousands of attribute reads).
const CONTAINERS = new Set(['DIV', 'SECTION', 'ASIDE', 'HEADER', 'UL', 'OL', 'TABLE', 'FORM', 'P', 'DL', 'ARTICLE', 'FIELDSET']);

/** True for page chrome that must not be read as claim data. */
export function isNoise(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (!CONTAINERS.has(tag)) return false;
  const role = el.getAttribute('role');
  if (role && NOISE_ROLES.has(role.toLowerCase())) return true;
  // A page-level <header> (not one inside the claim's own section) holds the user name and login time.
  if (tag === 'HEADER' && !el.closest('main, article, section, form, [role="main"]')) return true;
  const marks = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
  if (marks.length > 2 && marks.length < 400) {
    for (const token of marks.split(/\s+/)) {
      // "page-with-nav", "main-content", "app-layout" wrap the whole page: never chrome by their name.
      if (token && !WRAPPER_WORDS.test(token) && NOISE_WORDS.test(token)) return true;
    }
  }
  const label = el.getAttribute('aria-label');
  if (label && label.length < 80 && NOISE_HEADING.test(label)) return true;
  if (tag === 'ASIDE' || tag === 'SECTION' || tag === 'DIV' || tag === 'UL') {
    const first = el.firstElementChild;
    if (first && HEADING_TAGS.has(first.tagName.toUpperCase()) && NOISE_HEADING.test(textOf(first, 60))) return true;
  }
  return false;
}
