/**
 * First stage of text search: score entries of one word index by how much of the query they cover,
 * touching only the postings of the query's words (exact, prefix, typo). Returns the best few
 * candidates; fuse.js then scores those (see search.ts).
 */
import { matchToken, type TextIndex } from './text-index';

export interface Candidate {
  id: number;
  /** Share of the query's weight this entry matches, 0-1. */
  coverage: number;
  /** Matched words / specific words of the title, 0-1 (short exact titles are better answers). */
  conciseness: number;
  typo: boolean;
}

interface Scratch {
  score: Float32Array;
  mark: Int32Array;
  matched: Uint8Array;
  typo: Uint8Array;
  stamp: number;
}

const scratches = new WeakMap<TextIndex, Scratch>();

function scratchFor(ix: TextIndex): Scratch {
  let s = scratches.get(ix);
  if (!s) {
    s = { score: new Float32Array(ix.size), mark: new Int32Array(ix.size).fill(-1), matched: new Uint8Array(ix.size), typo: new Uint8Array(ix.size), stamp: 0 };
    scratches.set(ix, s);
  }
  return s;
}

export interface ScoreOptions {
  accept: (id: number) => boolean;
  /** Extra ranking weight of an entry (common, billable, current), added to the selection key. */
  bonus: (id: number) => number;
  limit: number;
  /**
   * Also find the best entry `side.accept` allows, from the same walk (the lookup asks for the best
   * ICD-9-CM title, which the main ranking leaves out, without a second search).
   */
  side?: { accept: (id: number) => boolean; best: Candidate | null };
}

/**
 * A word in more entries than this share of the index ("encounter", "right", "unspecified") only
 * raises entries a rarer word of the query already found. Entries holding nothing but such words
 * cannot outrank those (their weight is small), and touching their tens of thousands of postings
 * was most of the slowest queries ("well child check" reaches "encounter": ~70,000 entries).
 */
const COMMON_SHARE = 1 / 40;

/** True when entry `id` is in the postings of vocabulary word `term` (binary search). */
function hasPosting(ix: TextIndex, term: number, id: number): boolean {
  let lo = ix.postStart[term]!;
  let hi = ix.postStart[term + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = ix.post[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

export function scoreIndex(ix: TextIndex, tokens: string[], opts: ScoreOptions): Candidate[] {
  if (!tokens.length || !ix.size) return [];
  const s = scratchFor(ix);
  const touched: number[] = [];
  let totalWeight = 0;
  const queryStamp = ++s.stamp * 32;
  const perToken = tokens.map((token, ti) => {
    const matches = matchToken(ix, token, true);
    let df = 0;
    for (const m of matches) df += ix.postStart[m.term + 1]! - ix.postStart[m.term]!;
    // Rare words decide more than common ones ("unspecified", "right").
    const w = Math.log(1 + ix.size / Math.max(1, Math.min(df, ix.size)));
    totalWeight += matches.length ? w : w * 0.5;
    return { ti, matches, df, w };
  });
  const common = ix.size * COMMON_SHARE;
  // Rarest first, so common words find the entries the rare ones chose.
  perToken.sort((a, b) => a.df - b.df || a.ti - b.ti);
  for (const { ti, matches, df, w } of perToken) {
    if (!matches.length) continue;
    const boostOnly = df > common && touched.length > 0;
    const tokenStamp = queryStamp + Math.min(ti, 31);
    // Few found entries against a long posting list: look each one up (postings are ascending)
    // instead of walking tens of thousands of postings.
    const lookUp = boostOnly && touched.length * matches.length * 24 < df;
    const found = lookUp ? touched : null; // not grown while looking up
    // Matches come best first, so the first hit on an entry is its best for this token.
    // (The updates are written out in both loops: a call per posting is slow before the JIT warms.)
    for (const m of matches) {
      const add = w * m.weight;
      const typo = m.how === 'typo' ? 1 : 0;
      if (found) {
        for (const id of found) {
          if (s.mark[id] === tokenStamp || !hasPosting(ix, m.term, id)) continue;
          s.mark[id] = tokenStamp;
          s.score[id]! += add;
          s.matched[id]!++;
          if (typo) s.typo[id] = 1;
        }
        continue;
      }
      for (let k = ix.postStart[m.term]!; k < ix.postStart[m.term + 1]!; k++) {
        const id = ix.post[k]!;
        const mark = s.mark[id]!;
        if (mark === tokenStamp) continue;
        if (mark < queryStamp) {
          if (boostOnly) continue;
          s.score[id] = 0;
          s.matched[id] = 0;
          s.typo[id] = 0;
          touched.push(id);
        }
        s.mark[id] = tokenStamp;
        s.score[id]! += add;
        s.matched[id]!++;
        if (typo) s.typo[id] = 1;
      }
    }
  }
  if (!touched.length) return [];

  // Keep the best `limit` by coverage, conciseness and bonus, without sorting everything.
  const best: { id: number; key: number }[] = [];
  let floor = -Infinity;
  let sideId = -1;
  let sideKey = -Infinity;
  for (const id of touched) {
    if (opts.side?.accept(id)) {
      const key = (s.score[id]! / totalWeight) * 4 + Math.min(1, s.matched[id]! / Math.max(1, ix.titleLen[id]!));
      if (key > sideKey) {
        sideKey = key;
        sideId = id;
      }
    }
    if (!opts.accept(id)) continue;
    const coverage = s.score[id]! / totalWeight;
    const conciseness = Math.min(1, s.matched[id]! / Math.max(1, ix.titleLen[id]!));
    const key = coverage * 4 + conciseness + opts.bonus(id);
    if (best.length >= opts.limit && key <= floor) continue;
    best.push({ id, key });
    if (best.length > opts.limit * 2) {
      best.sort((a, b) => b.key - a.key);
      best.length = opts.limit;
      floor = best[best.length - 1]!.key;
    }
  }
  best.sort((a, b) => b.key - a.key || a.id - b.id);
  if (opts.side) {
    opts.side.best =
      sideId < 0
        ? null
        : { id: sideId, coverage: Math.min(1, s.score[sideId]! / totalWeight), conciseness: Math.min(1, s.matched[sideId]! / Math.max(1, ix.titleLen[sideId]!)), typo: s.typo[sideId] === 1 };
  }
  return best.slice(0, opts.limit).map(({ id }) => ({
    id,
    coverage: Math.min(1, s.score[id]! / totalWeight),
    conciseness: Math.min(1, s.matched[id]! / Math.max(1, ix.titleLen[id]!)),
    typo: s.typo[id] === 1,
  }));
}
