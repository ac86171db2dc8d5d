/**
 * Words of code titles and queries, reduced the same way on both sides so "Fractures" finds
 * "fracture" and "Ménière" finds "meniere". Deliberately light: medical words break aggressive
 * stemmers ("diabetes", "stenosis", "mellitus").
 */

// Words that carry no meaning in a code title. "without", "due", "not" and numbers are kept.
const STOPWORDS = new Set(['of', 'and', 'the', 'a', 'an', 'to', 'in', 'on', 'for', 'by', 'at', 'as', 'or', 'with', 'from', 'into', 'its', 'is', 'be', 'other', 'than']);

// Words that do not make a title more specific: an "unspecified" code is the plain answer to a
// plain query, so they do not count in a title's length (see search ranking).
export const NEUTRAL = new Set(['unspecified', 'nos', 'nec', 'site', 'type', 'encounter', 'initial', 'without', 'complication']);

export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is|os)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lower-case words without accents or punctuation, raw (no stemming, stop words kept). */
export function rawWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Index/query tokens: stemmed, stop words removed, duplicates kept in order of first use. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const w of rawWords(text)) {
    if (STOPWORDS.has(w)) continue;
    const s = stem(w);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), stopping past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2: number[] = Array.from({ length: n + 1 }, () => 0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur: number[] = Array.from({ length: n + 1 }, () => 0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** Trigrams of a word padded with ^ and $ ("htn" -> "^ht", "htn", "tn$"). */
export function trigrams(word: string): string[] {
  const w = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= w.length; i++) {
    const g = w.slice(i, i + 3);
    if (!out.includes(g)) out.push(g);
  }
  return out;
}
