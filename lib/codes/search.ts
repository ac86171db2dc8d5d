/**
 * Search: a code in any form answers first (score 0), then codes under it (prefix / hierarchy),
 * then words: abbreviations and lay terms are expanded, the word index narrows to a few dozen
 * candidates (search-score.ts), and fuse.js scores those against the query. Billable, current and
 * commonly billed codes rank above headers, deleted and rare ones when the text matches equally.
 */
import Fuse from 'fuse.js';
import { compactCode, looksLikeCode } from './normalize';
import { scoreIndex, type Candidate } from './search-score';
import { expandQuery } from './synonyms';
import type { CodeTablesImpl } from './tables';
import { tokenize } from './text';
import type { CodeSystem, SearchOptions, SearchResult } from './types';

const CANDIDATES = 40;
const FUSE_TOP = 12;
/**
 * Characters of a title fuse.js sees. Bitap costs (allowed errors) x (text length) a record, and
 * some HCPCS quality-measure descriptors run past 4,000 characters (about 1 ms each, most of the
 * p95 tail); what a specialist reads and matches on is the opening of the title.
 */
const FUSE_TEXT = 256;

interface Scored {
  gid: number;
  score: number;
  matchedBy: string;
}

function codeMatches(t: CodeTablesImpl, query: string, allowed: (s: CodeSystem) => boolean, limit: number): Scored[] {
  const out: Scored[] = [];
  const seen = new Set<number>();
  for (const e of t.identify(query)) {
    if (!allowed(e.system)) continue;
    const gid = t.idOf(e.system, e.code);
    if (gid >= 0) {
      seen.add(gid);
      out.push({ gid, score: 0, matchedBy: 'code' });
    } else out.push({ gid: -1 - out.length, score: 0, matchedBy: 'code' }); // CPT shape without a licensed file
  }
  const prefix = compactCode(query);
  if (prefix.length < 1) return out;
  // Once the input is a known code, only its own system's codes below it ("E11.9" is not "E1190").
  const exactSystems = new Set(out.map((o) => (o.gid >= 0 ? t.systemOf(o.gid) : 'cpt')));
  const under = (s: CodeSystem) => allowed(s) && (!exactSystems.size || exactSystems.has(s));
  const ids = t.core.withPrefix(prefix, 4000).filter((id) => !seen.has(id) && under(t.core.systemOf(id)));
  const overlay = t.overlay.entries.flatMap((e, k) => (e.code.startsWith(prefix) && e.code !== prefix && under(e.system) ? [t.core.size + k] : []));
  // Direct children first, then deeper codes, each in tabular order; billable before headers.
  const depth = (gid: number) => (gid < t.core.size ? t.core.code(gid).length : 5) - prefix.length;
  const ranked = [...ids, ...overlay]
    .map((gid) => ({ gid, d: depth(gid), header: gid < t.core.size && !t.core.billable(gid) ? 1 : 0, stale: gid < t.core.size && !t.core.isCurrent(gid) ? 1 : 0 }))
    .sort((a, b) => a.stale - b.stale || a.d - b.d || a.gid - b.gid)
    .slice(0, limit);
  for (const r of ranked) out.push({ gid: r.gid, score: Math.min(0.5, 0.05 + 0.03 * r.d + 0.02 * r.header + 0.2 * r.stale), matchedBy: 'prefix' });
  return out;
}

function textMatches(t: CodeTablesImpl, query: string, allowed: (s: CodeSystem) => boolean, dos: string | undefined): Scored[] {
  const expansion = expandQuery(query);
  const tokens = tokenize(expansion.text);
  if (!tokens.length) return [];
  const candidates: (Candidate & { gid: number })[] = [
    ...scoreIndex(t.core.ix, tokens, { accept: (id) => allowed(t.core.systemOf(id)), bonus: (id) => t.rankBonus(id), limit: CANDIDATES }).map((c) => ({ ...c, gid: c.id })),
    ...scoreIndex(t.overlay.ix, tokens, { accept: (k) => allowed(t.overlay.entries[k]!.system), bonus: () => 0.1, limit: CANDIDATES }).map((c) => ({ ...c, gid: c.id + t.core.size })),
  ];
  if (!candidates.length) return [];
  // fuse.js scores the best few only: Bitap over long titles costs ~0.1 ms a record, and the word
  // index already put the right entries on top; the rest keep a neutral fuse score.
  const fuseScore = new Float64Array(candidates.length).fill(0.5);
  const scored = candidates.map((c, i) => i).filter((i) => i < FUSE_TOP || candidates[i]!.gid >= t.core.size);
  const fuse = new Fuse(
    scored.map((i) => ({ title: t.entry(candidates[i]!.gid).title.slice(0, FUSE_TEXT) })),
    { includeScore: true, ignoreLocation: true, threshold: 0.5, keys: ['title'] },
  );
  scored.forEach((i) => (fuseScore[i] = 1));
  // Bitap matches at most 32 characters of pattern.
  for (const r of fuse.search(expansion.text.slice(0, 32))) fuseScore[scored[r.refIndex]!] = r.score ?? 1;
  return candidates.map((c, i) => {
    const gid = c.gid;
    const inCore = gid < t.core.size;
    const common = inCore ? (t.prior.get(gid) ?? 0) : 0;
    let score = 0.55 * (1 - c.coverage) + 0.2 * fuseScore[i]! + 0.15 * (1 - c.conciseness) + 0.1 * (1 - common);
    if (inCore && !t.core.billable(gid)) score += 0.04;
    if (inCore && !t.core.isCurrent(gid)) score += 0.25;
    if (dos && !t.validOn(gid, dos)) score += 0.25;
    const how = expansion.matchedBy ?? (c.typo ? 'typo' : t.termsOf(gid).length && c.conciseness < 1 ? 'title or inclusion term' : 'title');
    return { gid, score: Math.max(0.01, Math.min(1, score)), matchedBy: how };
  });
}

export function searchTables(t: CodeTablesImpl, query: string, options: SearchOptions = {}): SearchResult[] {
  const q = query.trim();
  if (!q) return [];
  const limit = Math.max(1, options.limit ?? 20);
  const systems = options.systems?.length ? new Set(options.systems) : null;
  const allowed = (s: CodeSystem) => !systems || systems.has(s);
  const dos = options.dos;

  let found: Scored[] = [];
  if (looksLikeCode(q)) found = codeMatches(t, q, allowed, limit);
  // Words too, unless the input named a code exactly ("T2DM" and "B12" are code-shaped words);
  // an abbreviation that is also a modifier ("RA", "MS") answers both ways.
  if (found.length < limit && (!found.some((f) => f.score === 0) || expandQuery(q).matchedBy)) {
    const seen = new Set(found.map((f) => f.gid));
    found.push(...textMatches(t, q, allowed, dos).filter((f) => !seen.has(f.gid)));
  }
  const results: SearchResult[] = found.map((f) => {
    if (f.gid < 0) {
      const e = t.get('cpt', q)!;
      return { ...e, score: f.score, validOnDos: dos ? null : null, matchedBy: f.matchedBy };
    }
    const e = t.entry(f.gid);
    return { ...e, score: f.score, validOnDos: dos ? t.validOn(f.gid, dos) : null, matchedBy: f.matchedBy };
  });
  // Exact code answers keep their place; the rest by score (stable: ties keep tabular order).
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.score - b.r.score || a.i - b.i)
    .slice(0, limit)
    .map(({ r }) => r);
}
