/**
 * Puts text into the field the user is typing in on a portal page: `<textarea>`, single-line text
 * `<input>`, or a contenteditable editor, in such a way that the page's own script sees it.
 *
 * React and Angular keep the form's state in JavaScript. React wraps each input's `value` property
 * with a tracker and ignores an `input` event when the tracked value did not change, so assigning
 * `el.value = text` goes unseen; calling the setter from the element class's prototype bypasses
 * the tracker, and the `input` event that follows updates the state (facebook/react#10135,
 * #11488). Angular's DefaultValueAccessor listens for `input` as well.
 *
 * A field's `maxlength` is never overrun and never cut silently: the caller gets back what would be
 * cut and may insert the part that fits only by asking explicitly (`allowTruncate`).
 */

export type InsertMode = 'replace' | 'insert-at-cursor';

export interface InsertOptions {
  /** `insert-at-cursor` (default) keeps what the field already holds; `replace` empties it first. */
  mode?: InsertMode;
  /** Insert the part that fits a length limit instead of refusing. The cut part is returned. */
  allowTruncate?: boolean;
}

export type InsertResult =
  | {
      ok: true;
      /** Text that did not fit and was left out (only with `allowTruncate`). */
      cut?: string;
      /** Line breaks became spaces: a single-line input cannot hold them. */
      flattened?: boolean;
    }
  | {
      ok: false;
      reason: 'maxlength';
      maxLength: number;
      /** Where the limit came from: the `maxlength` attribute or a "N characters remaining" counter. */
      limitSource: 'attribute' | 'counter';
      wouldCut: string;
      fits: string;
    }
  | { ok: false; reason: 'not-editable' };

/** What the content script answers: also covers "no field has the focus". */
export type InsertOutcome = InsertResult | { ok: false; reason: 'no-target' };

/**
 * What inserting into a tab answers: also "the extension may not script this page" (a site that is
 * neither enabled nor granted through activeTab, a browser page, the web store).
 */
export type TabInsertOutcome =
  | InsertOutcome
  | { ok: false; reason: 'no-access' }
  /** The field is on a site where Remit Ranger is not enabled: the worker refuses (issue 17 item 1). */
  | { ok: false; reason: 'not-enabled'; origin: string }
  /** The field is on another site than the letter's claim: the user must confirm that origin first. */
  | { ok: false; reason: 'other-origin'; origin: string };

// Single-line types that take free text. Not password (never put PHI there), nor email/url/number,
// whose value sanitising would mangle a letter.
const TEXT_INPUT_TYPES = new Set(['text', 'search']);

type TextControl = HTMLTextAreaElement | HTMLInputElement;

function isTextControl(el: Element): el is TextControl {
  if (el.localName === 'textarea') return true;
  return el.localName === 'input' && TEXT_INPUT_TYPES.has((el as HTMLInputElement).type);
}

/** The editing host an element belongs to (the outermost contenteditable ancestor-or-self). */
function editingHost(el: Element): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const attr = node.getAttribute('contenteditable');
    if (attr === null) continue;
    if (attr.toLowerCase() === 'false') break;
    host = node as HTMLElement;
  }
  if (host) return host;
  return el.ownerDocument.designMode === 'on' ? el.ownerDocument.body : null;
}

/** The element that takes the text: the control itself or its editing host; null if none. */
export function editableTarget(el: Element): Element | null {
  if (isTextControl(el)) return el.disabled || el.readOnly ? null : el;
  return editingHost(el);
}

/**
 * Where the focus of `doc` ends: follows it into same-origin frames (rich-text editors such as
 * CKEditor 4 and TinyMCE edit inside an iframe) and open shadow roots (web-component portals).
 * A cross-origin frame is out of reach from here: `blockedFrame` is that frame, whose own copy of
 * the insert script answers instead.
 */
function focusChain(doc: Document): { active: Element | null; blockedFrame: HTMLIFrameElement | null } {
  let active: Element | null = doc.activeElement;
  for (let depth = 0; active && depth < 32; depth++) {
    if (active.localName === 'iframe' || active.localName === 'frame') {
      let inner: Document | null = null;
      try {
        inner = (active as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null; // cross-origin
      }
      if (!inner) return { active: null, blockedFrame: active as HTMLIFrameElement };
      active = inner.activeElement;
      continue;
    }
    const shadow = active.shadowRoot;
    if (shadow?.activeElement) {
      active = shadow.activeElement;
      continue;
    }
    break;
  }
  return { active, blockedFrame: null };
}

/** The focused editable element of a page (see focusChain), or null. */
export function findEditableTarget(doc: Document): Element | null {
  const { active } = focusChain(doc);
  return active ? editableTarget(active) : null;
}

/**
 * What one frame of the portal tab reports before anything is inserted. The insert script runs in
 * every frame, and a frame keeps its `activeElement` after the focus moved to another frame, so
 * the extension asks every frame first and then sends the text to exactly one
 * (lib/templates/insert-into-tab.ts chooses).
 */
export interface FocusProbe {
  /** The frame's focus ends on a field that takes text. */
  hasTarget: boolean;
  /** `document.hasFocus()`: the page (not the side panel) holds the keyboard, e.g. after the shortcut. */
  hasFocus: boolean;
  /**
   * A same-origin parent can see into this frame, so the parent answers for it: only the root of
   * a same-origin chain of frames may answer, or a focused field inside it would get the text twice.
   */
  reachableFromParent: boolean;
  url: string;
  /** The cross-origin frame the focus went into (its `src`), to follow the focus across origins. */
  focusedFrameUrl: string | null;
}

export function probeFocus(doc: Document): FocusProbe {
  const { active, blockedFrame } = focusChain(doc);
  const win = doc.defaultView;
  let reachableFromParent = false;
  try {
    // frameElement is null at the top and under a cross-origin parent.
    reachableFromParent = win !== null && win.frameElement != null;
  } catch {
    reachableFromParent = false;
  }
  return {
    hasTarget: active !== null && editableTarget(active) !== null,
    hasFocus: doc.hasFocus(),
    reachableFromParent,
    url: doc.location?.href ?? '',
    focusedFrameUrl: blockedFrame ? blockedFrame.src || null : null,
  };
}

// "1,850 characters remaining", "Caractères restants : 200", "200 chars left".
const COUNTER_PATTERNS = [
  /(\d[\d,\s]*)\s*(?:characters?|chars?)\s*(?:remaining|left)/i,
  /(?:characters?|chars?)\s*(?:remaining|left)\s*:?\s*(\d[\d,\s]*)/i,
  /(\d[\d\s]*)\s*caract[eè]res?\s*restants?/i,
  /caract[eè]res?\s*restants?\s*:?\s*(\d[\d\s]*)/i,
];

/**
 * A counter says "1,850 characters remaining" in a few dozen characters; the element it sits in is
 * page-controlled and could hold 100,000 characters of digits and spaces, on which these patterns
 * backtrack quadratically. Only the start is read.
 */
export const MAX_COUNTER_TEXT = 300;

export function readCounter(raw: string): number | null {
  const text = raw.slice(0, MAX_COUNTER_TEXT);
  for (const re of COUNTER_PATTERNS) {
    const m = re.exec(text);
    if (m) return Number(m[1]!.replace(/[\s,]/g, ''));
  }
  return null;
}

/**
 * A limit enforced by the portal's script rather than by `maxlength`: a visible "N characters
 * remaining" counter named by `aria-describedby`, or right after the field. The limit is what the
 * field holds plus what remains.
 */
function counterLimit(el: TextControl): number | null {
  const doc = el.ownerDocument;
  const candidates: Element[] = [];
  for (const id of (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
    const described = doc.getElementById(id);
    if (described) candidates.push(described);
  }
  for (let sib = el.nextElementSibling, i = 0; sib && i < 3; sib = sib.nextElementSibling, i++) candidates.push(sib);
  for (const c of candidates) {
    const remaining = readCounter(c.textContent ?? '');
    if (remaining !== null) return el.value.length + remaining;
  }
  return null;
}

/** Cuts at `n` UTF-16 units (what maxlength counts) without splitting a surrogate pair. */
function sliceToFit(text: string, n: number): string {
  let fits = text.slice(0, Math.max(0, n));
  const last = fits.charCodeAt(fits.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) fits = fits.slice(0, -1);
  return fits;
}

/** The value setter of the element's own class, from the element's own window (frames differ). */
function nativeValueSetter(el: TextControl): ((v: string) => void) | null {
  const win = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const proto = win ? (el.localName === 'textarea' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype) : Object.getPrototypeOf(el);
  for (let p = proto; p; p = Object.getPrototypeOf(p)) {
    const setter = Object.getOwnPropertyDescriptor(p, 'value')?.set;
    if (setter) return setter;
  }
  return null;
}

function fireInput(el: Element, inputType: string, data: string): void {
  const win = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const init = { bubbles: true, composed: true, cancelable: false, inputType, data };
  const event = win && typeof win.InputEvent === 'function' ? new win.InputEvent('input', init) : new Event('input', init);
  el.dispatchEvent(event);
}

function fireChange(el: Element): void {
  const win = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  el.dispatchEvent(win ? new win.Event('change', { bubbles: true }) : new Event('change', { bubbles: true }));
}

function insertIntoControl(el: TextControl, rawText: string, opts: InsertOptions): InsertResult {
  const mode = opts.mode ?? 'insert-at-cursor';
  const singleLine = el.localName === 'input';
  let text = rawText.replace(/\r\n?/g, '\n');
  const flattened = singleLine && text.includes('\n');
  if (singleLine) text = text.replace(/[ \t]*\n+[ \t]*/g, ' ').trim();

  const value = el.value;
  const start = mode === 'replace' ? 0 : el.selectionStart ?? value.length;
  const end = mode === 'replace' ? value.length : el.selectionEnd ?? start;

  const attrLimit = el.maxLength >= 0 && el.hasAttribute('maxlength') ? el.maxLength : null;
  const limit = attrLimit ?? counterLimit(el);
  let cut: string | undefined;
  if (limit !== null) {
    const room = Math.max(0, limit - (value.length - (end - start)));
    if (text.length > room) {
      const fits = sliceToFit(text, room);
      const wouldCut = text.slice(fits.length);
      if (!opts.allowTruncate) {
        return { ok: false, reason: 'maxlength', maxLength: limit, limitSource: attrLimit !== null ? 'attribute' : 'counter', wouldCut, fits };
      }
      text = fits;
      cut = wouldCut;
    }
  }

  el.focus();
  const next = value.slice(0, start) + text + value.slice(end);
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, next);
  else el.value = next;
  const caret = start + text.length;
  try {
    el.setSelectionRange(caret, caret);
  } catch {
    // Some input types have no selection API; the text is in, the caret is the browser's choice.
  }
  fireInput(el, mode === 'replace' ? 'insertReplacementText' : 'insertText', text);
  fireChange(el);
  return { ok: true, ...(cut !== undefined ? { cut } : {}), ...(flattened ? { flattened } : {}) };
}

function selectionInside(host: HTMLElement, mode: InsertMode): Selection | null {
  const doc = host.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return null;
  const current = sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  if (mode === 'replace' || !current || !host.contains(current.commonAncestorContainer)) {
    const range = doc.createRange();
    range.selectNodeContents(host);
    // Not focused inside the editor: add to the end rather than replace what is there.
    if (mode !== 'replace') range.collapse(false);
    sel.removeAllRanges();
    sel.addRange(range);
  }
  return sel;
}

function insertIntoEditable(host: HTMLElement, rawText: string, opts: InsertOptions): InsertResult {
  const mode = opts.mode ?? 'insert-at-cursor';
  const text = rawText.replace(/\r\n?/g, '\n');
  const doc = host.ownerDocument;
  host.focus();
  const sel = selectionInside(host, mode);
  if (!sel) return { ok: false, reason: 'not-editable' };

  // execCommand is deprecated but still the one way to edit a contenteditable that keeps the
  // browser's undo stack and fires the events editors (ProseMirror, Draft, Quill) listen to.
  if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text)) return { ok: true };

  // Fallback: text nodes and <br> between lines, never HTML parsing of the letter.
  const range = sel.getRangeAt(0);
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  let last: Node | null = null;
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.appendChild(doc.createElement('br'));
    last = fragment.appendChild(doc.createTextNode(line));
  });
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    sel.removeAllRanges();
    sel.addRange(range);
  }
  fireInput(host, mode === 'replace' ? 'insertReplacementText' : 'insertText', text);
  return { ok: true };
}

/** Inserts `text` into a text control or contenteditable element; see the module comment. */
export function insertText(target: Element, text: string, opts: InsertOptions = {}): InsertResult {
  const el = editableTarget(target);
  if (!el) return { ok: false, reason: 'not-editable' };
  return isTextControl(el) ? insertIntoControl(el, text, opts) : insertIntoEditable(el as HTMLElement, text, opts);
}

/** The content script's one call: the focused field of `doc`, or "no-target". */
export function insertIntoFocusedField(doc: Document, text: string, opts: InsertOptions = {}): InsertOutcome {
  const target = findEditableTarget(doc);
  return target ? insertText(target, text, opts) : { ok: false, reason: 'no-target' };
}
