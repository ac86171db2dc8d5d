/**
 * Search: a code in any form answers first (score 0), then codes under it (prefix / hierarchy),
 * then words: abbreviations and lay terms are expanded, the word index narrows to a few dozen
 * candidates (search-score.ts), and fuse.js scores those against the query. Billable, current and
 * commonly billed codes rank above headers, deleted and rare ones when the text matches equally.
 */
import Fuse from 'fuse.js';
import { CPT_FAMILIES, cptSection } from './cpt';
import { compactCode, looksLikeCode } from './normalize';
import { scoreIndex, type Candidate } from './search-score';
import { findCodeTokens } from './shapes';
import { expandQuery } from './synonyms';
import type { CodeTablesImpl } from './tables';
import { tokenize } from './text';
import type { CodeEntry, CodeSystem, SearchOptions, SearchResult } from './types';

const CANDIDATES = 40;
const FUSE_TOP = 12;
/**
 * Characters of a title fuse.js sees. Bitap costs (allowed errors) x (text length) a record, and
 * some HCPCS quality-measure descriptors run past 4,000 characters (about 1 ms each, most of the
 * p95 tail); what a specialist reads and matches on is the opening of the title.
 */
const FUSE_TEXT = 256;

interface Scored {
  /** Global entry id; negative for a CPT shape without a licensed file (then `entry` is set). */
  gid: number;
  score: number;
  matchedBy: string;
  entry?: CodeEntry;
}

const TABLE_SYSTEMS = new Set<string>(['icd10cm', 'icd9cm', 'hcpcs', 'cpt', 'modifier']);

function codeMatches(t: CodeTablesImpl, query: string, allowed: (s: CodeSystem) => boolean, limit: number): Scored[] {
  const out: Scored[] = [];
  const seen = new Set<number>();
  for (const e of t.identify(query)) {
    if (!allowed(e.system)) continue;
    const gid = t.idOf(e.system, e.code);
    if (gid >= 0) {
      seen.add(gid);
      out.push({ gid, score: 0, matchedBy: 'code' });
    } else out.push({ gid: -1 - out.length, score: 0, matchedBy: 'code', entry: e }); // CPT shape without a licensed file
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

/** Filled by a words search that was asked for it: the best ICD-9-CM title match, scored without the "not current" penalties. */
export interface Icd9Side {
  best: SearchResult | null;
}

function textMatches(t: CodeTablesImpl, query: string, allowed: (s: CodeSystem) => boolean, dos: string | undefined, icd9?: Icd9Side): Scored[] {
  const expansion = expandQuery(query);
  // An ambiguous abbreviation ("ED", "CP", "PE") answers each of its senses, taken in turn.
  if (expansion.senses.length > 1) {
    const lists = expansion.senses.map((text) => senseMatches(t, text, expansion.matchedBy, allowed, dos).sort((a, b) => a.score - b.score));
    const out: Scored[] = [];
    const seen = new Set<number>();
    let last = 0;
    for (let k = 0; lists.some((l) => k < l.length); k++) {
      for (const l of lists) {
        const r = l[k];
        if (!r || seen.has(r.gid)) continue;
        seen.add(r.gid);
        last = Math.max(r.score, last + 1e-6);
        out.push({ ...r, score: last });
      }
    }
    return out;
  }
  return senseMatches(t, expansion.text, expansion.matchedBy, allowed, dos, icd9);
}

/** The release index in force on a date of service (the newest for dates after it). */
function releaseOn(t: CodeTablesImpl, dos: string): number {
  const rels = t.core.header.icd10Releases;
  let r = rels.length - 1;
  while (r > 0 && dos < rels[r]!.from) r--;
  return r;
}

/** Billable on the date of service for ICD-10-CM core entries (header/billable follow that release), else the newest flag. */
export function billableOn(t: CodeTablesImpl, gid: number, dos: string | undefined): boolean {
  if (gid >= t.core.size || t.core.systemOf(gid) !== 'icd10cm') return gid >= t.core.size ? true : t.core.billable(gid);
  if (!dos) return t.core.billable(gid);
  const r = releaseOn(t, dos);
  return t.core.inRelease(gid, r) ? t.core.billableIn(gid, r) : t.core.billable(gid);
}

function senseMatches(t: CodeTablesImpl, text: string, matchedBy: string | null, allowed: (s: CodeSystem) => boolean, dos: string | undefined, icd9?: Icd9Side): Scored[] {
  const tokens = tokenize(text);
  if (!tokens.length) return [];
  const [lo9, hi9] = t.core.header.ranges.icd9cm;
  const side = icd9 && allowed('icd9cm') ? { accept: (id: number) => id >= lo9 && id < hi9, best: null as Candidate | null } : undefined;
  const candidates: (Candidate & { gid: number })[] = [
    ...scoreIndex(t.core.ix, tokens, { accept: (id) => allowed(t.core.systemOf(id)), bonus: (id) => t.rankBonus(id), limit: CANDIDATES, side }).map((c) => ({ ...c, gid: c.id })),
    ...scoreIndex(t.overlay.ix, tokens, { accept: (k) => allowed(t.overlay.entries[k]!.system), bonus: () => 0.1, limit: CANDIDATES }).map((c) => ({ ...c, gid: c.id + t.core.size })),
  ];
  const out: Scored[] = [];
  // Visits named in words ("office visit") answer with the CPT E/M code shapes before HCPCS
  // S-codes that share the words; with a licensed CPT file its own titles already match.
  if (allowed('cpt') && !t.overlay.licensedCount) {
    const words = new Set(tokens);
    const family = CPT_FAMILIES.find((f) => f.words.every((w) => words.has(w)));
    family?.codes.forEach((code, k) => out.push({ gid: -1000 - k, score: 0.15 + 0.01 * k, matchedBy: 'visit (CPT E/M)', entry: { system: 'cpt', code, title: cptSection(code)!, shortTitle: null, billable: true } }));
  }
  // The side ICD-9-CM candidate is scored like the others (fuse.js included), minus the penalties.
  const sideBest = side?.best && !candidates.some((c) => c.gid === side.best!.id) ? side.best : null;
  if (sideBest) candidates.push({ ...sideBest, gid: sideBest.id });
  if (!candidates.length) return out;
  // fuse.js scores the best few only: Bitap over long titles costs ~0.1 ms a record, and the word
  // index already put the right entries on top; the rest keep a neutral fuse score.
  const fuseScore = new Float64Array(candidates.length).fill(0.5);
  const scored = candidates.map((c, i) => i).filter((i) => i < FUSE_TOP || candidates[i]!.gid >= t.core.size || (sideBest !== null && i === candidates.length - 1));
  const fuse = new Fuse(
    scored.map((i) => ({ title: t.entry(candidates[i]!.gid).title.slice(0, FUSE_TEXT) })),
    { includeScore: true, ignoreLocation: true, threshold: 0.5, keys: ['title'] },
  );
  scored.forEach((i) => (fuseScore[i] = 1));
  // Bitap matches at most 32 characters of pattern.
  for (const r of fuse.search(text.slice(0, 32))) fuseScore[scored[r.refIndex]!] = r.score ?? 1;
  if (icd9 && side?.best) {
    const i = candidates.findIndex((c) => c.gid === side.best!.id);
    const c = candidates[i]!;
    const score = 0.55 * (1 - c.coverage) + 0.2 * fuseScore[i]! + 0.15 * (1 - c.conciseness) + 0.1;
    const e = t.entry(c.gid);
    icd9.best = { ...e, score: Math.max(0.01, Math.min(1, score)), validOnDos: dos ? t.validOn(c.gid, dos) : null, matchedBy: 'ICD-9-CM title' };
  }
  const kept = sideBest ? candidates.slice(0, -1) : candidates;
  return out.concat(kept.map((c, i) => {
    const gid = c.gid;
    const inCore = gid < t.core.size;
    // The common-code boost goes to billable codes only (on the date of service when one is set):
    // a header that used to be billed often (N18.3, M54.5, K21.0) must not be promoted.
    const billable = inCore ? billableOn(t, gid, dos) : true;
    const common = inCore && billable ? (t.prior.get(gid) ?? 0) : 0;
    let score = 0.55 * (1 - c.coverage) + 0.2 * fuseScore[i]! + 0.15 * (1 - c.conciseness) + 0.1 * (1 - common);
    if (inCore && !billable) score += 0.04;
    if (inCore && !t.core.isCurrent(gid)) score += 0.25;
    if (dos && !t.validOn(gid, dos)) score += 0.25;
    const how = matchedBy ?? (c.typo ? 'typo' : t.termsOf(gid).length && c.conciseness < 1 ? 'title or inclusion term' : 'title');
    return { gid, score: Math.max(0.01, Math.min(1, score)), matchedBy: how };
  }));
}

/**
 * Code tokens of a pasted text ("ICD-10: K21.9", "CPT 99213 x1", "M79.604; M25.561", "97110-GP")
 * that are known codes: one alone answers like the bare code (itself, then codes under it);
 * several answer each, in the order given. Empty when no token is a known code.
 */
function tokenMatches(t: CodeTablesImpl, query: string, allowed: (s: CodeSystem) => boolean, limit: number): Scored[] {
  const tokens = findCodeTokens(query);
  const known = tokens.filter((tk) => tk.shapes.some((m) => TABLE_SYSTEMS.has(m.system) && allowed(m.system as CodeSystem) && t.get(m.system as CodeSystem, m.compact)));
  if (!known.length) return [];
  if (known.length === 1) {
    const tk = known[0]!;
    const m = tk.shapes.find((x) => TABLE_SYSTEMS.has(x.system) && t.get(x.system as CodeSystem, x.compact))!;
    return codeMatches(t, m.code, (s) => allowed(s) && s === m.system, limit);
  }
  const out: Scored[] = [];
  const seen = new Set<string>();
  for (const tk of known) {
    for (const m of tk.shapes) {
      if (!TABLE_SYSTEMS.has(m.system) || !allowed(m.system as CodeSystem)) continue;
      const e = t.get(m.system as CodeSystem, m.compact);
      if (!e || seen.has(`${e.system}:${e.code}`)) continue;
      seen.add(`${e.system}:${e.code}`);
      const gid = t.idOf(e.system, e.code);
      out.push(gid >= 0 ? { gid, score: 0, matchedBy: 'code' } : { gid: -1 - out.length, score: 0, matchedBy: 'code', entry: e });
      break; // the token's most likely system only
    }
  }
  return out;
}

/**
 * The engine's ranked answers. `icd9`, when given, is filled with the best ICD-9-CM title match of a
 * words query (lib/lookup/answer.ts puts it and its GEMs targets first when it matches best).
 */
export function searchTables(t: CodeTablesImpl, query: string, options: SearchOptions = {}, icd9?: Icd9Side): SearchResult[] {
  const q = query.trim();
  if (!q) return [];
  const limit = Math.max(1, options.limit ?? 20);
  const systems = options.systems?.length ? new Set(options.systems) : null;
  const allowed = (s: CodeSystem) => !systems || systems.has(s);
  const dos = options.dos;

  let found: Scored[] = [];
  if (looksLikeCode(q)) found = codeMatches(t, q, allowed, limit);
  // "97110-GP", "J0696x2" look like one code but are a code with modifiers or units.
  if (!found.some((f) => f.score === 0)) {
    // Codes inside pasted text rank first, whatever surrounds them.
    const tokens = tokenMatches(t, q, allowed, limit);
    if (tokens.length) return finish(t, tokens, dos, limit);
  }
  // Words too, unless the input named a code exactly ("T2DM" and "B12" are code-shaped words);
  // an abbreviation that is also a modifier ("RA", "MS") answers both ways.
  if (found.length < limit && (!found.some((f) => f.score === 0) || expandQuery(q).matchedBy)) {
    const seen = new Set(found.map((f) => f.gid));
    found.push(...textMatches(t, q, allowed, dos, icd9).filter((f) => !seen.has(f.gid)));
  }
  return finish(t, found, dos, limit);
}

function finish(t: CodeTablesImpl, found: Scored[], dos: string | undefined, limit: number): SearchResult[] {
  const results: SearchResult[] = found.map((f) => {
    if (f.gid < 0) return { ...f.entry!, score: f.score, validOnDos: null, matchedBy: f.matchedBy };
    const e = t.entry(f.gid);
    // Header or billable as of the date of service's release (a code billable in FY2025 is not a header for a 2025 date).
    return { ...e, billable: billableOn(t, f.gid, dos), score: f.score, validOnDos: dos ? t.validOn(f.gid, dos) : null, matchedBy: f.matchedBy };
  });
  // Exact code answers keep their place; the rest by score (stable: ties keep tabular order).
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.score - b.r.score || a.i - b.i)
    .slice(0, limit)
    .map(({ r }) => r);
}
