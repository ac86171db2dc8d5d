/**
 * Inverted word index over code titles and inclusion terms, built once (at build time for the
 * official tables, at import time for a licensed CPT file) so a query touches only the entries that
 * share a word with it. Typed arrays keep it compact and load without parsing.
 */
import { NEUTRAL, editDistance, tokenize, trigrams } from './text';

export interface TextIndex {
  size: number;
  /** Sorted distinct words. */
  vocab: string[];
  /** Entries containing vocab[t]: post[postStart[t] .. postStart[t + 1]), ascending. */
  postStart: Uint32Array;
  post: Uint32Array;
  /** Sorted trigrams of the vocabulary and the words containing each (typo tolerance). */
  grams: string[];
  gramStart: Uint32Array;
  gramTerms: Uint32Array;
  /** Words of each entry's title that make it specific (neutral words not counted), capped at 255. */
  titleLen: Uint8Array;
}

export interface IndexDoc {
  title: string;
  terms?: readonly string[];
}

function flatten(map: Map<string, number[]>): { keys: string[]; start: Uint32Array; items: Uint32Array } {
  const keys = [...map.keys()].sort();
  const start = new Uint32Array(keys.length + 1);
  let total = 0;
  keys.forEach((k, i) => {
    start[i] = total;
    total += map.get(k)!.length;
  });
  start[keys.length] = total;
  const items = new Uint32Array(total);
  keys.forEach((k, i) => items.set(map.get(k)!, start[i]!));
  return { keys, start, items };
}

export function buildTextIndex(docs: readonly IndexDoc[]): TextIndex {
  const postings = new Map<string, number[]>();
  const titleLen = new Uint8Array(docs.length);
  docs.forEach((doc, id) => {
    const titleTokens = tokenize(doc.title);
    titleLen[id] = Math.min(255, titleTokens.filter((t) => !NEUTRAL.has(t)).length);
    const all = new Set(titleTokens);
    for (const term of doc.terms ?? []) for (const t of tokenize(term)) all.add(t);
    for (const t of all) {
      const list = postings.get(t);
      if (list) list.push(id);
      else postings.set(t, [id]);
    }
  });
  const p = flatten(postings);
  const gramMap = new Map<string, number[]>();
  p.keys.forEach((word, termId) => {
    for (const g of trigrams(word)) {
      const list = gramMap.get(g);
      if (list) list.push(termId);
      else gramMap.set(g, [termId]);
    }
  });
  const g = flatten(gramMap);
  return { size: docs.length, vocab: p.keys, postStart: p.start, post: p.items, grams: g.keys, gramStart: g.start, gramTerms: g.items, titleLen };
}

export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface TermMatch {
  term: number;
  /** 1 exact word, less for a prefix or a typo. */
  weight: number;
  how: 'exact' | 'prefix' | 'typo';
}

const MAX_PREFIX_TERMS = 400;
const gramCounts = new WeakMap<TextIndex, Uint16Array>();

/** Vocabulary words matching one query token: exact, then prefix (typing in progress), then typos. */
export function matchToken(ix: TextIndex, token: string, allowPrefix: boolean): TermMatch[] {
  const out: TermMatch[] = [];
  const at = lowerBound(ix.vocab, token);
  const exact = ix.vocab[at] === token;
  if (exact) out.push({ term: at, weight: 1, how: 'exact' });
  if (allowPrefix && token.length >= 3) {
    for (let t = exact ? at + 1 : at; t < ix.vocab.length && out.length < MAX_PREFIX_TERMS && ix.vocab[t]!.startsWith(token); t++) {
      // A short extension ("fracture" -> "fractured") is nearly the word itself.
      const extra = ix.vocab[t]!.length - token.length;
      out.push({ term: t, weight: extra <= 2 ? 0.9 : 0.75, how: 'prefix' });
    }
  }
  if (!exact && token.length >= 4 && !/^\d+$/.test(token)) out.push(...typoMatches(ix, token));
  return out;
}

function typoMatches(ix: TextIndex, token: string): TermMatch[] {
  const maxDist = token.length <= 5 ? 1 : 2;
  const grams = trigrams(token);
  let counts = gramCounts.get(ix);
  if (!counts) {
    counts = new Uint16Array(ix.vocab.length);
    gramCounts.set(ix, counts);
  }
  const touched: number[] = [];
  for (const g of grams) {
    const gi = lowerBound(ix.grams, g);
    if (ix.grams[gi] !== g) continue;
    for (let k = ix.gramStart[gi]!; k < ix.gramStart[gi + 1]!; k++) {
      const t = ix.gramTerms[k]!;
      if (counts[t] === 0) touched.push(t);
      counts[t]!++;
    }
  }
  // An edit changes at most 3 trigrams; fewer shared than that cannot be within maxDist.
  const need = Math.max(1, grams.length - 3 * maxDist);
  const out: TermMatch[] = [];
  for (const t of touched) {
    if (counts[t]! >= need) {
      const word = ix.vocab[t]!;
      const d = editDistance(token, word, maxDist);
      if (d <= maxDist && word.length >= 3) out.push({ term: t, weight: d === 1 ? 0.8 : 0.65, how: 'typo' });
    }
    counts[t] = 0;
  }
  out.sort((a, b) => b.weight - a.weight);
  return out.slice(0, 30);
}

/**
 * Postings are ascending within each word: store gaps as LEB128 varints (a quarter of the bytes).
 * Each list restarts from 0 so lists decode independently.
 */
export function encodeDeltas(post: Uint32Array, start: Uint32Array): Uint8Array {
  const out: number[] = [];
  for (let t = 0; t + 1 < start.length; t++) {
    let prev = 0;
    for (let k = start[t]!; k < start[t + 1]!; k++) {
      let gap = post[k]! - prev;
      prev = post[k]!;
      while (gap >= 0x80) {
        out.push((gap & 0x7f) | 0x80);
        gap >>>= 7;
      }
      out.push(gap);
    }
  }
  return Uint8Array.from(out);
}

export function decodeDeltas(bytes: Uint8Array, start: Uint32Array): Uint32Array {
  const post = new Uint32Array(start[start.length - 1]!);
  let pos = 0;
  for (let t = 0; t + 1 < start.length; t++) {
    let prev = 0;
    for (let k = start[t]!; k < start[t + 1]!; k++) {
      let v = 0;
      let shift = 0;
      let b: number;
      do {
        b = bytes[pos++]!;
        v |= (b & 0x7f) << shift;
        shift += 7;
      } while (b & 0x80);
      prev += v;
      post[k] = prev;
    }
  }
  if (pos !== bytes.length) throw new Error('word index: postings do not match their offsets (file truncated?)');
  return post;
}
