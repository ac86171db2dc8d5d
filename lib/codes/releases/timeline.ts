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
import type { CoreView } from '@/lib/codes/core-view';
import { displayCode } from '@/lib/codes/normalize';
import type { CodeSystem, DosValidity, ImportSuggestion, ReleaseInfo } from '@/lib/codes/types';
import { addDays, ICD10_START } from '@/lib/codes/validity';
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
    /** Imported tabular lists (system 'notes'), oldest first: each answers for its own dates of service. */
    readonly notes: ImportedRelease[],
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
    // Releases the build shipped from extra source folders count as bundled, not as the user's imports.
    const userImport = (s: { id: string; imported: boolean }) => s.imported && !this.imported.find((m) => m.id === s.id)?.bundled;
    this.icd10.forEach((s, k) => {
      const next = this.icd10[k + 1];
      rows.push({ system: 'icd10cm', id: s.id, name: s.name, from: s.from, to: next ? addDays(next.from, -1) : s.to, imported: userImport(s) });
    });
    this.hcpcs.forEach((s, k) => {
      const next = this.hcpcs[k + 1];
      rows.push({ system: 'hcpcs', id: s.id, name: s.name, from: s.from, to: next ? addDays(next.from, -1) : null, imported: userImport(s) });
    });
    return rows;
  }
}

function hcpcsSystem(kind: 'code' | 'modifier'): 'hcpcs' | 'modifier' {
  return kind === 'code' ? 'hcpcs' : 'modifier';
}

/** Replacements of codes that leave at a release: added under them, else beside them, else in the category. */
function replacementsFor(deleted: string[], added: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const code of deleted) {
    let found: string[] = [];
    for (const prefix of [code, code.slice(0, -1), code.slice(0, 3)]) {
      found = added.filter((a) => a.startsWith(prefix));
      if (found.length) break;
    }
    out.set(code, found);
  }
  return out;
}

type Icd10Content = Extract<ImportedRelease['content'], { system: 'icd10cm' }>;

/**
 * A copy of a string that shares no memory with the text it was cut from. The values of an imported
 * release are slices of one decoded text (15 MB for an order file); keeping one slice would keep all
 * of it alive in every context holding tables.
 */
const own = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

// Step accessors are made here, outside buildTimeline: a closure made inside it would keep the whole
// build scope alive (every imported release's titles, ~30 MB each) for as long as the tables live.
const bundledState = (core: CoreView, r: number, lo: number, hi: number) => (gid: number) => (gid >= lo && gid < hi && core.inRelease(gid, r) ? (core.billableIn(gid, r) ? 2 : 1) : 0);
const importedState = (state: Uint8Array) => (gid: number) => state[gid] ?? 0;
const bundledDates = (core: CoreView, lo: number, hi: number) => (gid: number) => (gid >= lo && gid < hi ? core.header.dates[gid - lo] : undefined);
const importedDates = (dates: Map<number, string>) => (gid: number) => dates.get(gid);

/**
 * Builds the timeline of `core` plus `releases` (any order). The imported tabular lists (system
 * 'notes') are returned as `notes` for the tables to use instead of the bundled notes on their dates.
 * Runs in every context that holds tables (popup, side panel, service worker) each time the
 * imported releases change, so it works on ids and typed arrays rather than sets of strings.
 */
export function buildTimeline(core: CoreView, releases: readonly ImportedRelease[]): ReleaseTimeline {
  const sorted = [...releases].sort((a, b) => (a.meta.effectiveFrom < b.meta.effectiveFrom ? -1 : a.meta.effectiveFrom > b.meta.effectiveFrom ? 1 : 0));
  const [i10lo, i10hi] = core.header.ranges.icd10cm;

  // 1. Each imported row's entry id; codes not in core.bin become extra entries (newest title wins).
  const extras: ExtraEntry[] = [];
  const extraIds = new Map<string, number>();
  // Release files list their codes in the order core.bin does (tabular order, HCPCS by code), so
  // the entry after the previous row's is almost always the next row's: one comparison instead of
  // a binary search over 200,000 codes for each of the ~100,000 rows of every release.
  let next = -1;
  const gidOf = (system: 'icd10cm' | 'hcpcs' | 'modifier', code: string, title: string, short: string): number => {
    const [lo, hi] = core.header.ranges[system];
    const id = next >= lo && next < hi && core.code(next) === code ? next : core.find(system, code);
    if (id >= 0) {
      next = id + 1;
      return id;
    }
    const key = `${system}:${code}`;
    const e = { system, code: own(code), title: own(title), shortTitle: short && short !== title ? own(short) : null };
    const k = extraIds.get(key);
    if (k != null) {
      extras[k - core.size] = e;
      return k;
    }
    extraIds.set(key, core.size + extras.length);
    extras.push(e);
    return core.size + extras.length - 1;
  };
  const gidsOf = new Map<ImportedRelease, Int32Array>();
  for (const r of sorted) {
    const c = r.content;
    // Plain loops: Int32Array.from with a mapping function is several times slower on 100,000 rows.
    if (c.system === 'icd10cm') {
      const gids = new Int32Array(c.codes.length);
      for (let i = 0; i < gids.length; i++) gids[i] = gidOf('icd10cm', c.codes[i]!, c.long[i]!, c.short[i]!);
      gidsOf.set(r, gids);
    } else if (c.system === 'hcpcs') {
      const gids = new Int32Array(c.records.length);
      for (let i = 0; i < gids.length; i++) gids[i] = gidOf(hcpcsSystem(c.records[i]!.kind), c.records[i]!.code, c.records[i]!.long, c.records[i]!.short);
      gidsOf.set(r, gids);
    }
  }
  const total = core.size + extras.length;
  const codeOf = (gid: number) => (gid < core.size ? core.code(gid) : extras[gid - core.size]!.code);

  // Core titles rebuilt once for this build ("<parent title>, <suffix>" entries need their parent's).
  const coreTitles = new Map<number, string>();
  const coreTitle = (gid: number): string => {
    const raw = core.header.titles[gid]!;
    if (typeof raw === 'string') return raw;
    let t = coreTitles.get(gid);
    if (t == null) {
      t = `${coreTitle(core.parent[gid]!)}, ${core.header.titleSuffixes[raw]!}`;
      coreTitles.set(gid, t);
    }
    return t;
  };

  /**
   * coreTitle(gid) === title, without building the title: most ICD-10-CM titles in core.bin are
   * "<parent title>, <suffix>", and building them all for each release applied was a third of the work.
   */
  const sameAsCore = (gid: number, title: string, end = title.length): boolean => {
    const raw = core.header.titles[gid]!;
    if (typeof raw === 'string') return raw.length === end && title.startsWith(raw);
    const suffix = core.header.titleSuffixes[raw]!;
    const cut = end - suffix.length - 2;
    return cut > 0 && title.startsWith(suffix, cut + 2) && title.startsWith(', ', cut) && sameAsCore(core.parent[gid]!, title, cut);
  };
  // 2. ICD-10-CM steps: bundled, then imported ones (replacing a bundled step that starts the same day).
  const bundled10: Icd10Step[] = core.header.icd10Releases.map((rel, r) => ({
    id: rel.id,
    name: rel.name,
    from: rel.from,
    to: rel.to,
    derived: rel.derived,
    imported: false,
    state: bundledState(core, r, i10lo, i10hi),
  }));
  const titles = new Map<number, { long: string; short: string }>();
  const replacements = new Map<string, string[]>();
  const changes = new Map<string, ReleaseChanges>();
  const imported10 = sorted.filter((r) => r.content.system === 'icd10cm');
  const steps10: Icd10Step[] = bundled10.filter((b) => !imported10.some((r) => r.meta.effectiveFrom === b.from));
  /** While building: each imported step's content, row by id, and ids whose title differs from core.bin's. */
  const built = new Map<string, { c: Icd10Content; gids: Int32Array; rowOf: Int32Array; differsFromCore: number[] }>();
  for (const r of imported10) {
    const c = r.content as Icd10Content;
    const gids = gidsOf.get(r)!;
    const state = new Uint8Array(total);
    const rowOf = new Int32Array(total).fill(-1);
    const differsFromCore: number[] = [];
    for (let i = 0; i < gids.length; i++) {
      const gid = gids[i]!;
      state[gid] = c.billable[i] ? 2 : 1;
      rowOf[gid] = i;
      if (gid >= core.size) continue;
      if (!sameAsCore(gid, c.long[i]!)) {
        differsFromCore.push(gid);
        titles.set(gid, { long: own(c.long[i]!), short: own(c.short[i]!) });
      } else if (titles.size) titles.delete(gid); // a newer release went back to the bundled title
    }
    built.set(r.meta.id, { c, gids, rowOf, differsFromCore });
    steps10.push({ id: r.meta.id, name: r.meta.name, from: r.meta.effectiveFrom, to: r.meta.effectiveTo ?? r.meta.effectiveFrom, derived: false, imported: true, state: importedState(state) });
  }
  steps10.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

  // Replacements and changes at each imported step, against the step before it.
  const newestBundled = bundled10[bundled10.length - 1];
  steps10.forEach((step, k) => {
    if (!step.imported) return;
    const prev = steps10[k - 1];
    const added: string[] = [];
    const addedBillable: string[] = [];
    const deleted: string[] = [];
    const visit = (g: number) => {
      const a = prev ? prev.state(g) : 0;
      const b = step.state(g);
      if (prev && b && !a) {
        added.push(codeOf(g));
        if (b === 2) addedBillable.push(codeOf(g));
      }
      if (a && !b) deleted.push(codeOf(g));
    };
    for (let g = i10lo; g < i10hi; g++) visit(g);
    extras.forEach((e, x) => e.system === 'icd10cm' && visit(core.size + x));
    for (const [code, list] of replacementsFor(deleted, addedBillable)) replacements.set(`${step.id}:${code}`, list);
    const mine = built.get(step.id)!;
    let revised: ReleaseChanges['revised'] = null;
    if (prev?.imported) {
      const before = built.get(prev.id)!;
      const gids = mine.gids;
      revised = [];
      for (let i = 0; i < mine.c.codes.length; i++) {
        const j = before.rowOf[gids[i]!]!;
        if (j >= 0 && before.c.long[j] !== mine.c.long[i]) revised.push({ code: own(mine.c.codes[i]!), from: own(before.c.long[j]!), to: own(mine.c.long[i]!) });
      }
    } else if (prev && prev === newestBundled) {
      // core.bin's titles are the newest bundled release's.
      revised = mine.differsFromCore.filter((g) => prev.state(g)).map((g) => ({ code: codeOf(g), from: coreTitle(g), to: own(mine.c.long[mine.rowOf[g]!]!) }));
    }
    changes.set(step.id, { added, deleted, revised, terminated: [], against: prev?.id ?? null });
  });

  // 3. HCPCS steps: the bundled January 2025 file, then imported quarters.
  const [hlo, hhi] = [core.header.ranges.hcpcs[0], core.header.ranges.modifier[1]];
  const bundledH = core.header.releases.find((r) => r.system === 'hcpcs');
  const stepsH: HcpcsStep[] = bundledH
    ? [{ id: bundledH.id, name: bundledH.name, from: bundledH.effectiveFrom, imported: false, dates: bundledDates(core, hlo, hhi) }]
    : [];
  const importedH = sorted.filter((r) => r.content.system === 'hcpcs');
  const hTitles = new Map<string, Map<number, string>>();
  for (const r of importedH) {
    const c = r.content as Extract<ImportedRelease['content'], { system: 'hcpcs' }>;
    const dates = new Map<number, string>();
    const longs = new Map<number, string>();
    const gids = gidsOf.get(r)!;
    for (let i = 0; i < c.records.length; i++) {
      const rec = c.records[i]!;
      const gid = gids[i]!;
      dates.set(gid, own(`${rec.added ?? ''}|${rec.terminated ?? ''}`));
      longs.set(gid, rec.long);
      if (gid < core.size && !sameAsCore(gid, rec.long)) titles.set(gid, { long: own(rec.long), short: own(rec.short) });
      else if (gid < core.size) titles.delete(gid);
    }
    hTitles.set(r.meta.id, longs);
    const at = stepsH.findIndex((s) => s.from === r.meta.effectiveFrom);
    const step: HcpcsStep = { id: r.meta.id, name: r.meta.name, from: r.meta.effectiveFrom, imported: true, dates: importedDates(dates) };
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
        const from = prevTitles ? prevTitles.get(g) : g < core.size ? coreTitle(g) : undefined;
        if (from != null && from !== to) revised.push({ code: codeOf(g), from: own(from), to: own(to) });
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
      const prefix = e.code.slice(0, len);
      const p = core.find('icd10cm', prefix) >= 0 ? core.find('icd10cm', prefix) : (extraIds.get(`icd10cm:${prefix}`) ?? -1);
      if (p >= 0) {
        (extraChildren.get(p) ?? extraChildren.set(p, []).get(p)!).push(core.size + k);
        break;
      }
    }
  });

  const notes = sorted.filter((r) => r.content.system === 'notes');
  return new ReleaseTimeline(core, extras, steps10, stepsH, titles, replacements, changes, sorted.map((r) => r.meta), notes, extraChildren);
}
