/**
 * Code references inside tabular notes: "(S58.-)", "(A00-A09)", "(K52.0-K52.9)", "(R76.11)".
 * The tabular list prints them in parentheses; plain words such as "vitamin B12" are not codes.
 */

// A trailing "-" marks "and below"; a "-" followed by a code is a range.
const REF = /[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{0,4})?(?:-(?![A-Z]))?(?:-[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{0,4})?(?:-(?![A-Z]))?)?/g;

/**
 * "(E08-E13 with .42)": the same subcategory under each category of the range (E08.42, E09.42 ...
 * E13.42), not the whole range. Expanded to plain codes so every consumer reads it right.
 */
const WITH_SUFFIX = /\b([A-Z])(\d{2})-\1(\d{2}) with \.([0-9A-Z]{1,4})\b/g;

function expandWithSuffix(inner: string, out: string[]): string {
  return inner.replace(WITH_SUFFIX, (_whole, letter: string, from: string, to: string, suffix: string) => {
    for (let n = Number(from); n <= Number(to); n++) {
      const code = `${letter}${String(n).padStart(2, '0')}.${suffix}`;
      if (!out.includes(code)) out.push(code);
    }
    return ' ';
  });
}

/** Codes and ranges named in the parentheses of a note, as printed. */
export function extractNoteCodes(text: string): string[] {
  const out: string[] = [];
  for (const group of text.matchAll(/\(([^)]*)\)/g)) {
    const inner = expandWithSuffix(group[1]!, out);
    for (const m of inner.matchAll(REF)) {
      // Ignore matches glued to a longer word, e.g. "(B12 deficiency)" is not followed by a code form.
      const before = inner[m.index! - 1];
      if (before && /[A-Za-z0-9]/.test(before)) continue;
      if (!out.includes(m[0])) out.push(m[0]);
    }
  }
  return out;
}

function bare(ref: string): string {
  return ref.replace(/[.-]+$/, '').replace(/\./g, '');
}

/** True when the note reference covers the compact ICD-10-CM code ("S58.-" covers "S5801XA"). */
export function refCovers(ref: string, compact: string): boolean {
  const range = /^([A-Z]\d[0-9A-Z.]*-?)-([A-Z]\d[0-9A-Z.]*-?)$/.exec(ref);
  if (range) {
    const lo = bare(range[1]!);
    const hi = bare(range[2]!);
    return compact.slice(0, lo.length) >= lo && compact.slice(0, hi.length) <= hi;
  }
  const b = bare(ref);
  return b.length > 0 && compact.startsWith(b);
}
