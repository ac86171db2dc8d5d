/**
 * What the lookup answers for what staff paste: the code tables' search (lib/codes/search.ts) plus
 * everything around it, in groups, one per code written in the query (lib/codes/shapes.ts finds
 * them) or one for words:
 * - a code's rows (the code first; codes under it when it is alone);
 * - ICD-9-CM answers followed right after by their GEMs ICD-10-CM targets, flags kept;
 * - denial (CARC, with its group) and remark (RARC) codes with the playbook's explanation, or the
 *   user's imported X12 wording; labelled beside the code-table answer when a token fits both
 *   ("N130" the remark and "N13.0" the diagnosis);
 * - modifiers and units written after a procedure code;
 * - the history and successors of a retired code, or the nearest real codes for a shape that never
 *   was a code.
 * Pure: tables and imported lists in, data out; the views lay it out.
 */
import { explainAdjustment, explainRemark } from '@/lib/denials';
import type { Explanation, OfficialLists } from '@/lib/denials';
import { cleanList, findCodeTokens, type AdjustmentGroupCode, type CodeToken } from '@/lib/codes/shapes';
import { expandQuery } from '@/lib/codes/synonyms';
import type { CodeEntry, CodeHistory, CodeSystem, CodeTables, GemMapping, SearchOptions, SearchResult } from '@/lib/codes/types';

export interface LookupRow extends SearchResult {
  /** Set on an ICD-10-CM row that is a GEMs target of the ICD-9-CM row above it. */
  gem?: GemMapping;
  /** Set on an ICD-9-CM row the GEMs map to nothing ("no map"). */
  gemNoMap?: boolean;
}

export interface DenialAnswer {
  list: 'carc' | 'rarc';
  /** As X12 prints it: "50", "N130". */
  code: string;
  group: AdjustmentGroupCode | null;
  explanation: Explanation;
}

export interface LookupGroup {
  /** Stable key for the view. */
  key: string;
  /** The code as written, or null for a words group. */
  token: CodeToken | null;
  rows: LookupRow[];
  denials: DenialAnswer[];
  /** Modifiers written after the code, each with its entry (null when unknown). */
  modifiers: { code: string; entry: CodeEntry | null }[];
  units: number | null;
  history: CodeHistory | null;
  /** A code shape that is no code in the loaded releases, with the nearest real codes by prefix. */
  unknown: { system: CodeSystem; code: string; nearest: CodeEntry[] } | null;
}

export interface LookupAnswer {
  groups: LookupGroup[];
  /** Several codes: the clean list they copy back as ("99213-25, K21.9"); else null. */
  copyList: string | null;
  /** Coding-guideline notes the words call for ("r/o", "f/u"). */
  notes: ('ruleOut' | 'followUp')[];
}

export interface LookupOptions extends SearchOptions {
  /** The user's imported X12 CARC/RARC lists, or null. */
  official?: OfficialLists | null;
}

const TABLE_SYSTEMS: readonly CodeSystem[] = ['icd10cm', 'icd9cm', 'hcpcs', 'cpt', 'modifier'];
/** GEMs targets listed under one ICD-9-CM answer. */
const GEM_TARGETS = 6;

const isTable = (s: string): s is CodeSystem => (TABLE_SYSTEMS as readonly string[]).includes(s);

function row(tables: CodeTables, e: CodeEntry, dos: string | undefined, matchedBy: string, score = 0): LookupRow {
  let billable = e.billable;
  let validOnDos: boolean | null = null;
  if (dos) {
    const v = tables.validity(e.system, e.code, dos);
    // Dates not checked (CPT without a licensed file) is not "invalid".
    validOnDos = v.status === 'unknown' ? null : v.status === 'valid';
    // Header or billable as of the date of service's release.
    if (e.system === 'icd10cm' && (v.status === 'valid' || v.status === 'header')) billable = v.status === 'valid';
  }
  return { ...e, billable, score, validOnDos, matchedBy };
}

/** ICD-9-CM rows among the first few get their GEMs ICD-10-CM targets right after them. */
function withGemTargets(tables: CodeTables, rows: LookupRow[], dos: string | undefined, within = 3): LookupRow[] {
  const k = rows.slice(0, within).findIndex((r) => r.system === 'icd9cm');
  if (k < 0) return rows;
  const mappings = tables.crosswalk('icd9cm', rows[k]!.code);
  if (mappings.length && mappings.every((m) => m.noMap)) return rows.map((r, i) => (i === k ? { ...r, gemNoMap: true } : r));
  const targets: LookupRow[] = [];
  const above = new Set(rows.slice(0, k).map((r) => `${r.system}:${r.code}`));
  for (const m of mappings) {
    if (targets.length >= GEM_TARGETS) break;
    if (m.noMap || above.has(`icd10cm:${m.to}`)) continue;
    const e = tables.get('icd10cm', m.to);
    if (e) targets.push({ ...row(tables, e, dos, `GEMs from ${rows[k]!.code}`, rows[k]!.score), gem: m });
  }
  if (!targets.length) return rows;
  const seen = new Set(targets.map((r) => r.code));
  return [...rows.slice(0, k + 1), ...targets, ...rows.slice(k + 1).filter((r) => r.system !== 'icd10cm' || !seen.has(r.code))];
}

/**
 * Words that read like an ICD-9-CM title: when an ICD-9-CM entry matches them clearly better than
 * the best ICD-10-CM answer, it leads, with its GEMs targets right after (staff paste old diagnoses
 * from pre-2015 records to find today's code). An ICD-9-CM row already among the first three gets
 * its targets too.
 */
function icd9Lead(tables: CodeTables, query: string, options: SearchOptions): LookupRow[] {
  const wanted = !options.systems?.length || options.systems.includes('icd9cm');
  // Titles are several words; the best ICD-9-CM match comes from the same walk, so asking costs little.
  const asTitle = wanted && query.split(/\s+/).length >= 2;
  let rows: LookupRow[];
  let best9: SearchResult | null = null;
  if (asTitle && tables.searchWithIcd9) ({ results: rows, icd9: best9 } = tables.searchWithIcd9(query, options));
  else rows = tables.search(query, options);
  if (rows.slice(0, 3).some((r) => r.system === 'icd9cm')) return withGemTargets(tables, rows, options.dos);
  if (!best9) return rows;
  // Only a clearly better match leads ("heartburn" is R12 as well as 787.1, and R12 answers it).
  if (best9.score > (rows[0]?.score ?? 1) - 0.03) return rows;
  return withGemTargets(tables, [best9, ...rows.filter((r) => !(r.system === 'icd9cm' && r.code === best9.code))], options.dos, 1);
}

function denialsOf(token: CodeToken, alone: boolean, official: OfficialLists | null): DenialAnswer[] {
  const out: DenialAnswer[] = [];
  for (const m of token.shapes) {
    if (m.system === 'carc') {
      const explanation = explainAdjustment(token.group, m.code, official);
      const known = explanation.inPlaybook || (!explanation.inPlaybook && explanation.official != null);
      if (known || token.group || token.label === 'carc') out.push({ list: 'carc', code: explanation.code, group: token.group, explanation });
    } else if (m.system === 'rarc') {
      const explanation = explainRemark(m.code, official);
      const known = explanation.inPlaybook || (!explanation.inPlaybook && explanation.official != null);
      if (known || alone || token.label === 'rarc') out.push({ list: 'rarc', code: explanation.code, group: null, explanation });
    }
  }
  return out;
}

/** Exact table entries of a token, most likely system first. */
function entriesOf(tables: CodeTables, token: CodeToken): CodeEntry[] {
  const out: CodeEntry[] = [];
  for (const m of token.shapes) {
    if (!isTable(m.system)) continue;
    const e = tables.get(m.system, m.compact);
    if (e && !out.some((x) => x.system === e.system && x.code === e.code)) out.push(e);
  }
  return out;
}

function historyOf(tables: CodeTables, token: CodeToken, entries: CodeEntry[]): CodeHistory | null {
  if (!tables.history) return null;
  for (const m of token.shapes) {
    if (m.system !== 'icd10cm' && m.system !== 'hcpcs') continue;
    // A code another system knows ("N130" as a remark is not asked about here) still gets its history.
    const h = tables.history(m.system, m.compact);
    if (h) return h;
    if (entries.some((e) => e.system === m.system)) return null;
  }
  return null;
}

function unknownOf(tables: CodeTables, token: CodeToken, entries: CodeEntry[], history: CodeHistory | null, denials: DenialAnswer[]): LookupGroup['unknown'] {
  // "B12" and "T2DM" are words the synonyms know, not codes that were never issued.
  if (entries.length || history || denials.length || !tables.nearest || expandQuery(token.text).matchedBy) return null;
  const m = token.shapes.find((s) => s.system === 'icd10cm' || s.system === 'hcpcs' || s.system === 'icd9cm');
  if (!m) return null;
  const system = m.system as 'icd10cm' | 'hcpcs' | 'icd9cm';
  return { system, code: m.code, nearest: tables.nearest(system, m.compact, 8) };
}

/** Words around a code that only say what it is ("ICD-10 code:", "Dx #1", "CPT®"). */
const LABEL_WORDS = /^(icd|cm|dx|diag|diagnosis|code|codes|cpt|hcpcs|proc|procedure|px|carc|rarc|remark|reason|adj|denial|denied|mod|modifier|rev|revenue|no|line|primary|secondary|\d{1,2})$/i;

/** True when the query holds nothing but this code and labels: other words are a description to search. */
function isAlone(query: string, token: CodeToken): boolean {
  const rest = (query.slice(0, token.start) + ' ' + query.slice(token.end)).split(/[^A-Za-z0-9]+/).filter(Boolean);
  return rest.every((w) => LABEL_WORDS.test(w) || (token.units != null && /^(x?\d+|units?|qty)$/i.test(w)) || token.modifiers.includes(w.toUpperCase()));
}

function tokenGroup(tables: CodeTables, token: CodeToken, index: number, options: SearchOptions, official: OfficialLists | null, words: () => LookupRow[] | null, query: string): LookupGroup {
  const single = words() !== null;
  const alone = single && isAlone(query, token);
  const entries = entriesOf(tables, token);
  const denials = denialsOf(token, single, official);
  const history = historyOf(tables, token, entries);
  // "G6PD deficiency", "H1N1 flu": a code-shaped word among words is not an unknown code.
  const unknown = single && !alone ? null : unknownOf(tables, token, entries, history, denials);
  let rows: LookupRow[];
  const search = words();
  // The code alone answers with the engine's list (itself, then codes under it); a code-shaped
  // word the synonyms know ("B12", "T2DM") or among other words with its words; an unknown code
  // with nothing else.
  if (search && (entries.length || (!denials.length && !history && (!alone || expandQuery(token.text).matchedBy)))) rows = search;
  else rows = entries.map((e) => row(tables, e, options.dos, 'code'));
  rows = withGemTargets(tables, rows, options.dos);
  const modifiers = token.modifiers.map((code) => ({ code, entry: tables.get('modifier', code) }));
  return { key: `${index}:${token.text}`, token, rows, denials, modifiers, units: token.units, history, unknown };
}

export function lookup(tables: CodeTables, query: string, options: LookupOptions = {}): LookupAnswer {
  const q = query.trim();
  if (!q) return { groups: [], copyList: null, notes: [] };
  const { official, ...searchOptions } = options;
  const tokens = findCodeTokens(q);
  // "f/u E11.9" and "r/o pneumonia" both get their guideline note.
  const notes = expandQuery(q).notes;
  if (tokens.length <= 1) {
    // One code (with whatever surrounds it) or words: the engine's ranked list is the answer.
    let cached: LookupRow[] | null = null;
    const search = () => (cached ??= tables.search(q, searchOptions));
    if (!tokens.length) {
      const rows = icd9Lead(tables, q, searchOptions);
      return { groups: rows.length ? [{ key: 'words', token: null, rows, denials: [], modifiers: [], units: null, history: null, unknown: null }] : [], copyList: null, notes };
    }
    return { groups: [tokenGroup(tables, tokens[0]!, 0, searchOptions, official ?? null, search, q)], copyList: null, notes };
  }
  const groups = tokens.map((tk, i) => tokenGroup(tables, tk, i, searchOptions, official ?? null, () => null, q));
  return { groups, copyList: cleanList(tokens), notes };
}
