/**
 * What became of a code that is no longer (or never was) billable: retired ICD-10-CM codes from the
 * loaded releases (the FY2024 release rebuilt from the FY2025 addenda, FY2025, FY2026) and from the
 * 2018 GEMs (which list every FY2018 ICD-10-CM code), terminated HCPCS codes, and, for a code shape
 * that was never a code, the nearest real codes by prefix.
 *
 * Successors, in order of how much the official files say:
 * 1. the addenda's replacements (codes added where it was deleted), recorded by the build;
 * 2. the children of the header it became (a code that got children is "expanded");
 * 3. the billable codes under its nearest surviving ancestor, same 7th character first.
 */
import { compactCode, displayShape, isShape } from './shapes';
import type { CodeTablesImpl } from './tables';
import type { CodeEntry, CodeHistory } from './types';

const SUCCESSORS = 24;

/** The nearest existing ICD-10-CM ancestor of a compact code (dropping characters and X placeholders). */
function survivingAncestor(t: CodeTablesImpl, compact: string): number {
  const newest = t.core.header.icd10Releases.length - 1;
  for (let n = compact.length - 1; n >= 3; n--) {
    const head = compact.slice(0, n).replace(/X+$/, '');
    if (head.length < 3) break;
    const id = t.core.find('icd10cm', head);
    if (id >= 0 && t.core.inRelease(id, newest)) return id;
  }
  return -1;
}

/** Characters a successor shares with the retired code at the same places (X placeholders aside). */
function likeness(successor: string, retired: string): number {
  const a = compactCode(successor);
  let n = 0;
  for (let i = 3; i < Math.min(a.length, retired.length); i++) if (retired[i] !== 'X' && a[i] === retired[i]) n++;
  // The 7th character (encounter) matters most: an initial encounter stays initial.
  if (retired.length === 7 && a.length === 7 && a[6] === retired[6]) n += 4;
  return n;
}

/** Most alike first (same 7th character, same 6th ...), then tabular order. */
function rankSuccessors(list: CodeEntry[], retired: string): CodeEntry[] {
  return list
    .map((e, i) => ({ e, i, like: likeness(e.code, retired) }))
    .sort((x, y) => y.like - x.like || x.i - y.i)
    .slice(0, SUCCESSORS)
    .map((x) => x.e);
}

/** Billable codes under an ICD-10-CM entry in the newest release (itself when it is billable), most like `retired` first. */
function billableUnder(t: CodeTablesImpl, id: number, retired: string | null): CodeEntry[] {
  const newest = t.core.header.icd10Releases.length - 1;
  if (t.core.billableIn(id, newest)) return [t.entry(id)];
  const all = t.billableDescendants(t.core.code(id), 400);
  return retired ? rankSuccessors(all, retired) : all.slice(0, SUCCESSORS);
}

/**
 * No surviving ancestor: through the GEMs, FY2018 code -> its ICD-9-CM codes -> their current
 * ICD-10-CM targets (approximate by nature; the UI says to verify).
 */
function gemsRoundTrip(t: CodeTablesImpl, compact: string): CodeEntry[] {
  const out = new Map<string, CodeEntry>();
  for (const back of t.crosswalk('icd10cm', compact)) {
    if (back.noMap) continue;
    for (const fwd of t.crosswalk('icd9cm', back.to)) {
      if (fwd.noMap || out.has(fwd.to)) continue;
      const id = t.core.find('icd10cm', compactCode(fwd.to));
      if (id >= 0 && t.core.isCurrent(id) && t.core.billable(id)) out.set(fwd.to, t.entry(id));
    }
  }
  return [...out.values()].slice(0, SUCCESSORS);
}

/**
 * History of a code that is not billable and current, or null when it is (or when nothing is known:
 * see nearestCodes). ICD-10-CM and HCPCS only.
 */
export function codeHistory(t: CodeTablesImpl, system: 'icd10cm' | 'hcpcs', code: string): CodeHistory | null {
  const compact = compactCode(code);
  if (!isShape(system, compact)) return null;
  const display = displayShape(system, compact);
  if (system === 'hcpcs') {
    const id = t.core.find('hcpcs', compact);
    if (id < 0) return null;
    const { terminated } = t.core.dates(id);
    if (!terminated) return null;
    return { system, code: display, title: t.core.title(id), status: 'terminated', lastValidDay: terminated, knownFrom: 'hcpcs-2025-jan', changedOn: null, deletedBefore: null, successors: [], successorsFrom: 'none', ancestor: null };
  }
  const rels = t.core.header.icd10Releases;
  const newest = rels.length - 1;
  const id = t.core.find('icd10cm', compact);
  if (id >= 0) {
    const last = t.core.newestRelease(id);
    if (last === newest) {
      if (t.core.billableIn(id, newest)) return null;
      // Still a code, but a header now (or always): bill a child.
      const wasBillable = rels.findIndex((_, r) => t.core.inRelease(id, r) && t.core.billableIn(id, r));
      if (wasBillable < 0) return null;
      let changed = newest;
      while (changed > 0 && !t.core.billableIn(id, changed - 1)) changed--;
      return {
        system, code: display, title: t.core.title(id), status: 'became-header', lastValidDay: null, knownFrom: rels[changed - 1]?.id ?? rels[0]!.id,
        changedOn: rels[changed]!.from, deletedBefore: null, successors: billableUnder(t, id, null), successorsFrom: 'children', ancestor: t.entry(id),
      };
    }
    const replacements = (t.core.header.replacements[compact] ?? []).map((c) => t.get('icd10cm', c)).filter((e): e is CodeEntry => !!e);
    const anc = survivingAncestor(t, compact);
    return {
      system, code: display, title: t.core.title(id), status: 'deleted', lastValidDay: null, knownFrom: rels[last]!.id,
      changedOn: rels[last + 1]!.from, deletedBefore: null,
      successors: replacements.length ? rankSuccessors(replacements, compact) : anc >= 0 ? billableUnder(t, anc, compact) : [],
      successorsFrom: replacements.length ? 'replacements' : anc >= 0 ? 'ancestor' : 'none',
      ancestor: anc >= 0 ? t.entry(anc) : null,
    };
  }
  // Not in a loaded release: the 2018 GEMs list every FY2018 code (as the source of the backward map).
  if (!t.gems?.backward[compact]) return null;
  const anc = survivingAncestor(t, compact);
  const viaGems = anc >= 0 ? [] : gemsRoundTrip(t, compact);
  return {
    system, code: display, title: null, status: 'deleted', lastValidDay: null, knownFrom: 'gems-2018',
    changedOn: null, deletedBefore: rels[0]!.from,
    successors: anc >= 0 ? billableUnder(t, anc, compact) : viaGems,
    successorsFrom: anc >= 0 ? 'ancestor' : viaGems.length ? 'gems' : 'none',
    ancestor: anc >= 0 ? t.entry(anc) : null,
  };
}

/**
 * Codes of `system` sharing the longest prefix with a code that does not exist ("E11.99" -> E11.9
 * and its neighbours): current and billable first, in tabular order.
 */
export function nearestCodes(t: CodeTablesImpl, system: 'icd10cm' | 'icd9cm' | 'hcpcs', code: string, limit = 8): CodeEntry[] {
  const compact = compactCode(code);
  for (let n = compact.length - 1; n >= 1; n--) {
    const ids = t.core.withPrefix(compact.slice(0, n), 600).filter((id) => t.core.systemOf(id) === system);
    if (!ids.length) continue;
    const ranked = ids
      .map((id) => ({ id, rank: (t.core.isCurrent(id) || system === 'icd9cm' ? 0 : 2) + (t.core.billable(id) ? 0 : 1) }))
      .sort((a, b) => a.rank - b.rank || a.id - b.id);
    return ranked.slice(0, limit).map((r) => t.entry(r.id));
  }
  return [];
}
