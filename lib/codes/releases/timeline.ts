/**
 * One timeline across the bundled releases (core.bin) and the releases the user imported: the
 * release in force on the date of service answers.
 *   ICD-10-CM: fiscal-year releases from October 1, April updates from April 1; the step with the
 *   latest start on or before the date decides (an imported release replaces a bundled one that
 *   starts the same day).
 *   HCPCS Level II and modifiers: the newest quarterly file in force on the date, then that file's
 *   added and termination dates.
 * Codes only in imported releases get ids after the core (the tables' overlay puts them first), so
 * their ids stay stable when the licensed CPT overlay changes.
 */
import type { CoreView } from '../core-view';
import { displayCode } from '../normalize';
import type { CodeSystem, DosValidity, ImportSuggestion, ReleaseInfo } from '../types';
import { addDays, ICD10_START } from '../validity';
import type { ImportedMeta, ImportedRelease } from './model';
import { suggestImport } from './suggest';

export interface ExtraEntry {
  system: 'icd10cm' | 'hcpcs' | 'modifier';
  code: string;
  title: string;
  shortTitle: string | null;
}

interface Icd10Step {
  id: string;
  name: string;
  from: string;
  to: string;
  derived: boolean;
  imported: boolean;
  /** 0 absent, 1 header, 2 billable. */
  state(gid: number): number;
}

interface HcpcsStep {
  id: string;
  name: string;
  from: string;
  imported: boolean;
  /** "added|lastValidDay" (ISO or '') or undefined when the code is not in this file. */
  dates(gid: number): string | undefined;
}

export interface ReleaseChanges {
  added: string[];
  deleted: string[];
  /** null when the previous release's titles are not loaded (older bundled releases keep only codes). */
  revised: { code: string; from: string; to: string }[] | null;
  /** HCPCS: codes that received a termination date in this file. */
  terminated: string[];
  /** Release compared with, or null for the first of its system. */
  against: string | null;
}

export interface CoverageRow {
  system: 'icd10cm' | 'hcpcs' | 'notes';
  id: string;
  name: string;
  from: string;
  /** Last day this release answers (the day before the next one starts), or null when open-ended. */
  to: string | null;
  imported: boolean;
}

export class ReleaseTimeline {
  constructor(
    readonly core: CoreView,
    readonly extras: ExtraEntry[],
    readonly icd10: Icd10Step[],
    readonly hcpcs: HcpcsStep[],
    readonly titles: Map<number, { long: string; short: string }>,
    readonly replacements: Map<string, string[]>,
    readonly changes: Map<string, ReleaseChanges>,
    readonly imported: ImportedMeta[],
    readonly notes: ImportedRelease | null,
    private readonly extraChildren: Map<number, number[]>,
  ) {}

  get infos(): ReleaseInfo[] {
    return this.imported.map((m) => ({
      id: m.id,
      system: m.system,
      name: m.name,
      effectiveFrom: m.effectiveFrom,
      effectiveTo: m.effectiveTo,
      files: m.files.map((f) => ({ name: f.name, sha256: f.sha256, bytes: f.bytes })),
    }));
  }

  systemOf(gid: number): CodeSystem {
    return gid >= this.core.size ? this.extras[gid - this.core.size]!.system : this.core.systemOf(gid);
  }

  /** ICD-10-CM: billable in the newest release that has the code. */
  icd10Billable(gid: number): boolean {
    for (let k = this.icd10.length - 1; k >= 0; k--) {
      const s = this.icd10[k]!.state(gid);
      if (s) return s === 2;
    }
    return false;
  }

  isCurrent(gid: number): boolean {
    const sys = this.systemOf(gid);
    if (sys === 'icd10cm') return this.icd10[this.icd10.length - 1]!.state(gid) > 0;
    if (sys === 'icd9cm') return false;
    const d = this.hcpcs[this.hcpcs.length - 1]!.dates(gid);
    return d != null && !d.split('|')[1];
  }

  /** Ids of imported-only codes directly under `gid` (their parent is the longest prefix that is a code). */
  extraChildrenOf(gid: number): number[] {
    return this.extraChildren.get(gid) ?? [];
  }

  /** ICD-10-CM parent of a core or imported-only code, or -1. */
  parentOf(gid: number): number {
    if (gid < this.core.size) return gid < this.core.parent.length ? this.core.parent[gid]! : -1;
    for (const [p, kids] of this.extraChildren) if (kids.includes(gid)) return p;
    return -1;
  }

  /** Compact code of a core or imported-only entry. */
  codeOf(gid: number): string {
    return gid < this.core.size ? this.core.code(gid) : this.extras[gid - this.core.size]!.code;
  }

  icd10Validity(gid: number, dos: string): DosValidity {
    if (dos < ICD10_START) return { status: 'out-of-range', note: 'ICD-10-CM applies to dates of service from October 1, 2015; earlier dates use ICD-9-CM.' };
    const steps = this.icd10;
    let r = steps.length - 1;
    while (r > 0 && dos < steps[r]!.from) r--;
    const rel = steps[r]!;
    let caveat: string | undefined;
    let suggest: ImportSuggestion | undefined;
    if (dos > rel.to) {
      caveat = `No ICD-10-CM release after ${rel.name} is loaded; answered from it.`;
      suggest = suggestImport('icd10cm', dos);
    } else if (dos < rel.from) {
      caveat = `Older than the oldest loaded ICD-10-CM release; answered from ${rel.name}.`;
      suggest = suggestImport('icd10cm', dos);
    } else if (rel.derived) caveat = `${rel.name}: codes are exact, titles are the later release's.`;
    const state = rel.state(gid);
    if (state) {
      const status = state === 2 ? 'valid' : 'header';
      return { status, release: rel.id, ...(caveat ? { caveat } : {}), ...(suggest ? { suggest } : {}) };
    }
    for (let k = r + 1; k < steps.length; k++) {
      if (steps[k]!.state(gid)) return { status: 'not-yet-valid', effectiveFrom: steps[k]!.from, release: steps[k]!.id };
    }
    for (let k = r - 1; k >= 0; k--) {
      if (steps[k]!.state(gid)) {
        const code = gid < this.core.size ? this.core.code(gid) : this.extras[gid - this.core.size]!.code;
        return {
          status: 'deleted',
          deletedOn: steps[k + 1]!.from,
          replacements: (this.replacements.get(`${steps[k + 1]!.id}:${code}`) ?? this.core.header.replacements[code] ?? []).map((c) => displayCode('icd10cm', c)),
          release: steps[k + 1]!.id,
        };
      }
    }
    return { status: 'unknown' };
  }

  hcpcsValidity(gid: number, dos: string, system: 'hcpcs' | 'modifier'): DosValidity {
    const steps = this.hcpcs;
    let r = steps.length - 1;
    while (r > 0 && dos < steps[r]!.from) r--;
    const step = steps[r]!;
    const release = !step.imported && system === 'modifier' ? step.id.replace(/^hcpcs-/, 'modifier-') : step.id;
    const raw = step.dates(gid);
    if (raw == null) {
      for (let k = r + 1; k < steps.length; k++) {
        const later = steps[k]!.dates(gid);
        if (later != null) return { status: 'not-yet-valid', effectiveFrom: later.split('|')[0] || steps[k]!.from, release: steps[k]!.id };
      }
      for (let k = r - 1; k >= 0; k--) {
        const earlier = steps[k]!.dates(gid);
        if (earlier != null) {
          const term = earlier.split('|')[1];
          return { status: 'terminated', terminatedOn: term ? addDays(term, 1) : step.from, release };
        }
      }
      return { status: 'unknown' };
    }
    const [added, terminated] = raw.split('|');
    if (added && dos < added) return { status: 'not-yet-valid', effectiveFrom: added, release };
    // The file's termination date is the last day the code may be billed.
    if (terminated && dos > terminated) return { status: 'terminated', terminatedOn: addDays(terminated, 1), release };
    if (r === steps.length - 1 && dos >= addDays(step.from, 90)) {
      return { status: 'valid', release, caveat: `Checked against ${step.name}; later quarterly HCPCS updates are not loaded.`, suggest: suggestImport('hcpcs', dos) };
    }
    if (dos < step.from && r === 0) {
      return { status: 'valid', release, caveat: `Older than the oldest loaded HCPCS file; answered from ${step.name}.` };
    }
    return { status: 'valid', release };
  }

  /** Which release answers which dates, per system, oldest first. */
  coverage(): CoverageRow[] {
    const rows: CoverageRow[] = [];
    this.icd10.forEach((s, k) => {
      const next = this.icd10[k + 1];
      rows.push({ system: 'icd10cm', id: s.id, name: s.name, from: s.from, to: next ? addDays(next.from, -1) : s.to, imported: s.imported });
    });
    this.hcpcs.forEach((s, k) => {
      const next = this.hcpcs[k + 1];
      rows.push({ system: 'hcpcs', id: s.id, name: s.name, from: s.from, to: next ? addDays(next.from, -1) : null, imported: s.imported });
    });
    return rows;
  }
}

function hcpcsSystem(kind: 'code' | 'modifier'): 'hcpcs' | 'modifier' {
  return kind === 'code' ? 'hcpcs' : 'modifier';
}

/** Replacements of codes that leave at a release: added under them, else beside them, else in the category. */
function replacementsFor(before: Set<string>, after: Map<string, boolean>): Map<string, string[]> {
  const added = [...after.keys()].filter((c) => !before.has(c) && after.get(c));
  const out = new Map<string, string[]>();
  for (const code of before) {
    if (after.has(code)) continue;
    let found: string[] = [];
    for (const prefix of [code, code.slice(0, -1), code.slice(0, 3)]) {
      found = added.filter((a) => a.startsWith(prefix));
      if (found.length) break;
    }
    out.set(code, found);
  }
  return out;
}

/**
 * Builds the timeline of `core` plus `releases` (any order). The newest imported tabular list
 * (system 'notes') is returned as `notes` for the tables to use instead of the bundled notes.
 */
export function buildTimeline(core: CoreView, releases: readonly ImportedRelease[]): ReleaseTimeline {
  const sorted = [...releases].sort((a, b) => (a.meta.effectiveFrom < b.meta.effectiveFrom ? -1 : a.meta.effectiveFrom > b.meta.effectiveFrom ? 1 : 0));
  const [i10lo, i10hi] = core.header.ranges.icd10cm;

  // 1. Codes not in core.bin become extra entries (the newest release's titles).
  const extras: ExtraEntry[] = [];
  const extraIds = new Map<string, number>();
  const gidOf = (system: 'icd10cm' | 'hcpcs' | 'modifier', code: string): number => {
    const id = core.find(system, code);
    return id >= 0 ? id : (extraIds.get(`${system}:${code}`) ?? -1);
  };
  const addExtra = (system: ExtraEntry['system'], code: string, title: string, short: string) => {
    const key = `${system}:${code}`;
    const k = extraIds.get(key);
    const e = { system, code, title, shortTitle: short && short !== title ? short : null };
    if (k == null) {
      extraIds.set(key, core.size + extras.length);
      extras.push(e);
    } else extras[k - core.size] = e; // newer release's title
  };
  for (const r of sorted) {
    const c = r.content;
    if (c.system === 'icd10cm') c.codes.forEach((code, i) => core.find('icd10cm', code) < 0 && addExtra('icd10cm', code, c.long[i]!, c.short[i]!));
    else if (c.system === 'hcpcs') for (const rec of c.records) if (core.find(hcpcsSystem(rec.kind), rec.code) < 0) addExtra(hcpcsSystem(rec.kind), rec.code, rec.long, rec.short);
  }
  const total = core.size + extras.length;

  // 2. ICD-10-CM steps: bundled, then imported ones (replacing a bundled step that starts the same day).
  const bundled10: Icd10Step[] = core.header.icd10Releases.map((rel, r) => ({
    id: rel.id,
    name: rel.name,
    from: rel.from,
    to: rel.to,
    derived: rel.derived,
    imported: false,
    state: (gid: number) => (gid >= i10lo && gid < i10hi && core.inRelease(gid, r) ? (core.billableIn(gid, r) ? 2 : 1) : 0),
  }));
  const titles = new Map<number, { long: string; short: string }>();
  const replacements = new Map<string, string[]>();
  const changes = new Map<string, ReleaseChanges>();
  const imported10 = sorted.filter((r) => r.content.system === 'icd10cm');
  const steps10: Icd10Step[] = bundled10.filter((b) => !imported10.some((r) => r.meta.effectiveFrom === b.from));
  /** Titles by gid of each imported ICD-10-CM step (only while building, for "revised"). */
  const stepTitles = new Map<string, Map<number, string>>();
  for (const r of imported10) {
    const c = r.content as Extract<ImportedRelease['content'], { system: 'icd10cm' }>;
    const state = new Uint8Array(total);
    const own = new Map<number, string>();
    c.codes.forEach((code, i) => {
      const gid = gidOf('icd10cm', code);
      state[gid] = c.billable[i] ? 2 : 1;
      own.set(gid, c.long[i]!);
      if (gid < core.size && core.title(gid) !== c.long[i]) titles.set(gid, { long: c.long[i]!, short: c.short[i]! });
      else if (gid < core.size) titles.delete(gid); // a newer release went back to the bundled title
    });
    stepTitles.set(r.meta.id, own);
    steps10.push({ id: r.meta.id, name: r.meta.name, from: r.meta.effectiveFrom, to: r.meta.effectiveTo ?? r.meta.effectiveFrom, derived: false, imported: true, state: (gid) => state[gid] ?? 0 });
  }
  steps10.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

  // Replacements and changes at each imported step, against the step before it.
  const codeOf = (gid: number) => (gid < core.size ? core.code(gid) : extras[gid - core.size]!.code);
  const icd10Gids: number[] = [];
  for (let g = i10lo; g < i10hi; g++) icd10Gids.push(g);
  extras.forEach((e, k) => e.system === 'icd10cm' && icd10Gids.push(core.size + k));
  const newestBundled = bundled10[bundled10.length - 1];
  steps10.forEach((step, k) => {
    if (!step.imported) return;
    const prev = steps10[k - 1];
    const added: string[] = [];
    const deleted: string[] = [];
    const before = new Set<string>();
    const after = new Map<string, boolean>();
    for (const g of icd10Gids) {
      const a = prev ? prev.state(g) : 0;
      const b = step.state(g);
      if (a) before.add(codeOf(g));
      if (b) after.set(codeOf(g), b === 2);
      if (prev && b && !a) added.push(codeOf(g));
      if (a && !b) deleted.push(codeOf(g));
    }
    for (const [code, list] of replacementsFor(before, after)) replacements.set(`${step.id}:${code}`, list);
    let revised: ReleaseChanges['revised'] = null;
    const mine = stepTitles.get(step.id)!;
    const prevTitles = prev ? (prev.imported ? stepTitles.get(prev.id)! : prev === newestBundled ? null : undefined) : undefined;
    if (prev && prevTitles !== undefined) {
      revised = [];
      for (const [g, to] of mine) {
        if (!prev.state(g)) continue;
        const from = prevTitles ? prevTitles.get(g) : g < core.size ? core.title(g) : undefined;
        if (from != null && from !== to) revised.push({ code: codeOf(g), from, to });
      }
    }
    changes.set(step.id, { added: prev ? added : [], deleted, revised, terminated: [], against: prev?.id ?? null });
  });

  // 3. HCPCS steps: the bundled January 2025 file, then imported quarters.
  const [hlo, hhi] = [core.header.ranges.hcpcs[0], core.header.ranges.modifier[1]];
  const bundledH = core.header.releases.find((r) => r.system === 'hcpcs');
  const stepsH: HcpcsStep[] = bundledH
    ? [{ id: bundledH.id, name: bundledH.name, from: bundledH.effectiveFrom, imported: false, dates: (gid) => (gid >= hlo && gid < hhi ? core.header.dates[gid - hlo] : undefined) }]
    : [];
  const importedH = sorted.filter((r) => r.content.system === 'hcpcs');
  const hTitles = new Map<string, Map<number, string>>();
  for (const r of importedH) {
    const c = r.content as Extract<ImportedRelease['content'], { system: 'hcpcs' }>;
    const dates = new Map<number, string>();
    const own = new Map<number, string>();
    for (const rec of c.records) {
      const gid = gidOf(hcpcsSystem(rec.kind), rec.code);
      dates.set(gid, `${rec.added ?? ''}|${rec.terminated ?? ''}`);
      own.set(gid, rec.long);
      if (gid < core.size && core.title(gid) !== rec.long) titles.set(gid, { long: rec.long, short: rec.short });
      else if (gid < core.size) titles.delete(gid);
    }
    hTitles.set(r.meta.id, own);
    const at = stepsH.findIndex((s) => s.from === r.meta.effectiveFrom);
    const step: HcpcsStep = { id: r.meta.id, name: r.meta.name, from: r.meta.effectiveFrom, imported: true, dates: (gid) => dates.get(gid) };
    if (at >= 0) stepsH[at] = step;
    else stepsH.push(step);
  }
  stepsH.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  stepsH.forEach((step, k) => {
    if (!step.imported) return;
    const prev = stepsH[k - 1];
    const mine = hTitles.get(step.id)!;
    const prevTitles = prev?.imported ? hTitles.get(prev.id)! : null;
    const added: string[] = [];
    const terminated: string[] = [];
    const revised: { code: string; from: string; to: string }[] = [];
    for (const [g, to] of mine) {
      const was = prev?.dates(g);
      const now = step.dates(g)!;
      if (prev && was == null) added.push(codeOf(g));
      if (was != null && !was.split('|')[1] && now.split('|')[1]) terminated.push(codeOf(g));
      if (was != null) {
        const from = prevTitles ? prevTitles.get(g) : g < core.size ? core.title(g) : undefined;
        if (from != null && from !== to) revised.push({ code: codeOf(g), from, to });
      }
    }
    const deleted: string[] = [];
    if (prev) {
      for (let g = hlo; g < hhi; g++) if (prev.dates(g) != null && step.dates(g) == null) deleted.push(codeOf(g));
      extras.forEach((e, i) => e.system !== 'icd10cm' && prev.dates(core.size + i) != null && step.dates(core.size + i) == null && deleted.push(e.code));
    }
    changes.set(step.id, { added, deleted, revised: prev ? revised : null, terminated, against: prev?.id ?? null });
  });

  // 4. Hierarchy of the new ICD-10-CM codes: parent = longest proper prefix that is a code.
  const extraChildren = new Map<number, number[]>();
  extras.forEach((e, k) => {
    if (e.system !== 'icd10cm') return;
    for (let len = e.code.length - 1; len >= 3; len--) {
      const p = gidOf('icd10cm', e.code.slice(0, len));
      if (p >= 0) {
        (extraChildren.get(p) ?? extraChildren.set(p, []).get(p)!).push(core.size + k);
        break;
      }
    }
  });

  const notes = sorted.filter((r) => r.content.system === 'notes').pop() ?? null;
  return new ReleaseTimeline(core, extras, steps10, stepsH, titles, replacements, changes, sorted.map((r) => r.meta), notes, extraChildren);
}
