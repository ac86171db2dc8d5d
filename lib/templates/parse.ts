/**
 * Tokenizer and parser for template bodies: a small, logic-less subset of Mustache that a billing
 * office can read without training.
 *
 *   {{name}}            a variable;            {{name|filter}}  a variable with a format
 *   {{#name}}...{{/name}}  shown only when name has a value
 *   {{^name}}...{{/name}}  shown only when name has no value
 *   \{{                 literal "{{" (so a letter can show braces)
 *
 * A section tag alone on its line takes the whole line with it (as in Mustache's "standalone"
 * rule), so optional blocks leave no blank lines. Anything that is not a well-formed tag is text.
 */

export type Node =
  | { type: 'text'; value: string }
  | { type: 'var'; name: string; filter?: string; raw: string }
  | { type: 'section'; name: string; inverted: boolean; raw: string; closeRaw: string; children: Node[] }
  /** An open tag without its close (or the reverse): rendered visibly so the author sees it. */
  | { type: 'stray'; name: string; raw: string };

type Token =
  | { type: 'text'; value: string }
  | { type: 'tag'; kind: 'var' | 'open' | 'inverted' | 'close'; name: string; filter?: string; raw: string };

const TAG = /^\{\{\s*([#^/]?)\s*([A-Za-z][A-Za-z0-9_]*)\s*(?:\|\s*([A-Za-z][A-Za-z0-9_]*)\s*)?\}\}/;

function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let i = 0;
  while (i < body.length) {
    if (body.startsWith('\\{{', i)) {
      text += '{{';
      i += 3;
      continue;
    }
    if (body.startsWith('{{', i)) {
      const m = TAG.exec(body.slice(i));
      if (m) {
        if (text) tokens.push({ type: 'text', value: text });
        text = '';
        const sigil = m[1];
        const kind = sigil === '#' ? 'open' : sigil === '^' ? 'inverted' : sigil === '/' ? 'close' : 'var';
        tokens.push({ type: 'tag', kind, name: m[2]!, filter: kind === 'var' ? m[3] : undefined, raw: m[0] });
        i += m[0].length;
        continue;
      }
    }
    text += body[i];
    i += 1;
  }
  if (text) tokens.push({ type: 'text', value: text });
  return trimStandaloneSections(tokens);
}

const NEWLINE_THEN_INDENT = /\n[ \t]*$/;
const LINE_START_AFTER = /^[ \t]*(\r?\n|$)/;

/**
 * Removes the line around a section tag that stands alone on it. Decisions are taken on the
 * untouched text first, then applied, so consecutive standalone tags all lose their lines.
 */
function trimStandaloneSections(tokens: Token[]): Token[] {
  const textOf = (tok: Token | undefined): string | null => (tok === undefined ? '' : tok.type === 'text' ? tok.value : null);
  const standalone = tokens.map((tok, i) => {
    if (tok.type !== 'tag' || tok.kind === 'var') return false;
    const beforeText = textOf(tokens[i - 1]);
    const afterText = textOf(tokens[i + 1]);
    if (beforeText === null || afterText === null) return false;
    // The tag starts its line: the text before ends with a newline (plus indentation), or the tag
    // is at the very start of the body (only indentation before it).
    const startsLine = NEWLINE_THEN_INDENT.test(beforeText) || (i <= 1 && /^[ \t]*$/.test(beforeText));
    // ...and ends it: a newline follows, or the end of the body (not merely the end of this text token).
    const isLastText = i + 1 >= tokens.length - 1;
    const endsLine = /^[ \t]*\r?\n/.test(afterText) || (isLastText && /^[ \t]*$/.test(afterText));
    return startsLine && endsLine;
  });
  standalone.forEach((isStandalone, i) => {
    if (!isStandalone) return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before?.type === 'text') before.value = before.value.replace(/[ \t]*$/, '');
    if (after?.type === 'text') after.value = after.value.replace(LINE_START_AFTER, '');
  });
  return tokens.filter((tok) => tok.type !== 'text' || tok.value !== '');
}

export function parse(body: string): Node[] {
  const root: Node[] = [];
  const stack: { node: Extract<Node, { type: 'section' }>; parent: Node[] }[] = [];
  let current = root;
  for (const tok of tokenize(body)) {
    if (tok.type === 'text') {
      current.push({ type: 'text', value: tok.value });
    } else if (tok.kind === 'var') {
      current.push({ type: 'var', name: tok.name, filter: tok.filter, raw: tok.raw });
    } else if (tok.kind === 'open' || tok.kind === 'inverted') {
      const node: Extract<Node, { type: 'section' }> = {
        type: 'section', name: tok.name, inverted: tok.kind === 'inverted', raw: tok.raw, closeRaw: '', children: [],
      };
      stack.push({ node, parent: current });
      current.push(node);
      current = node.children;
    } else {
      const top = stack[stack.length - 1];
      if (top && top.node.name === tok.name) {
        top.node.closeRaw = tok.raw;
        stack.pop();
        current = top.parent;
      } else {
        current.push({ type: 'stray', name: tok.name, raw: tok.raw });
      }
    }
  }
  // Unclosed sections: keep their content, show the open tag so the author can fix it.
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    const at = parent.indexOf(node);
    parent.splice(at, 1, { type: 'stray', name: node.name, raw: node.raw }, ...node.children);
  }
  return root;
}

/** Variable names a body uses (for the editor's "unknown variable" hints), in first-use order. */
export function variablesUsed(body: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: Node[]): void => {
    for (const n of nodes) {
      if (n.type === 'var' || n.type === 'stray') names.add(n.name);
      else if (n.type === 'section') {
        names.add(n.name);
        walk(n.children);
      }
    }
  };
  walk(parse(body));
  return [...names];
}
