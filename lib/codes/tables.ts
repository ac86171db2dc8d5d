/**
 * CodeTables over the generated files: core.bin (always), short titles, tabular notes and GEMs
 * (loaded with it or lazily, see load.ts), plus an overlay of CPT modifiers and licensed CPT codes.
 */
import { COMMON_CODES } from './common-codes';
import type { GemsFile, NotesFile, TableSystem } from './core-format';
import { CoreView } from './core-view';
import { cptSection } from './cpt';
import { crosswalk } from './gems-view';
import { codeShapes, isShape } from './shapes';
import { codeHistory, nearestCodes } from './history';
import { compactCode, displayCode, hasShape } from './normalize';
import { NotesView } from './notes-view';
import { Overlay } from './overlay';
import { searchTables } from './search';
import type { CodeEntry, CodeHistory, CodeSystem, CodeTables, DosValidity, GemMapping, Icd10Notes, NoteItem, ReleaseInfo, SearchOptions, SearchResult, SevenCharacterRule } from './types';
import { icd9Validity } from './validity';
import type { ImportedRelease } from './releases/model';
import { buildTimeline, type ReleaseTimeline } from './releases/timeline';

const TABLE_SYSTEMS = new Set<string>(['icd10cm', 'icd9cm', 'hcpcs', 'cpt', 'modifier']);
// "in diseases classified elsewhere", "in bacterial diseases classified elsewhere", "in other chronic
// diseases classified elsewhere": the tabular's manifestation titles (guideline I.A.13).
const MANIFESTATION = /\bin\b.*\bclassified elsewhere\b/i;

export interface LicensedCptEntry {
  code: string;
  descriptor: string;
  shortDescriptor?: string | null;
}

export class CodeTablesImpl implements CodeTables {
  readonly core: CoreView;
  overlay: Overlay;
  /** Bundled and imported releases as one timeline (lib/codes/releases/timeline.ts). */
  timeline: ReleaseTimeline;
  private licensed: LicensedCptEntry[] = [];
  /** Releases the build found in extra source folders (extra-releases.bin), and the user's imports. */
  private bundledReleases: readonly ImportedRelease[] = [];
  /**
   * The user's releases as given, kept only until the bundled ones are known (they load with the
   * extras, after core) so both can be merged then. After that the timeline holds what it answers
   * from, and the decoded releases (their texts and row arrays: ~90 MB for 3 ICD-10-CM years and 5
   * HCPCS quarters) are left to the garbage collector.
   */
  private userReleases: readonly ImportedRelease[] | null = [];
  private bundledKnown = false;
  private bundledNotes: NotesView | null = null;
  /** Imported tabular lists, oldest first, each with the dates of service it answers for (view made on first use). */
  private importedNotes: { from: string; to: string | null; file: NotesFile; view: NotesView | null }[] = [];
  gems: GemsFile | null = null;
  /** Common-code rank bonus by entry id (0-1). */
  readonly prior = new Map<number, number>();
  /**
   * Static ranking weight of each core entry (common, billable, current), filled on first use: a
   * query on a common word ("fracture") weighs tens of thousands of entries, and recomputing
   * billable/current (HCPCS dates are strings) for each was a large share of its time.
   */
  private staticBonus: Float64Array | null = null;
  /** validOn answers for the last date of service asked (searches repeat the same date). */
  private validCache: { dos: string; byId: Map<number, boolean> } | null = null;

  constructor(core: CoreView) {
    this.core = core;
    this.timeline = buildTimeline(core, []);
    this.overlay = Overlay.withLicensed([]);
    COMMON_CODES.forEach((display, rank) => {
      const compact = compactCode(display);
      const system: TableSystem = isShape('hcpcs', compact) && this.core.find('hcpcs', compact) >= 0 ? 'hcpcs' : 'icd10cm';
      const id = this.core.find(system, compact);
      // Headers get no boost (N18.3, M54.5, K21.0 were billed often before they got children).
      if (id >= 0 && this.core.billable(id)) this.prior.set(id, 1 - rank / (COMMON_CODES.length * 2));
    });
  }

  get releases(): readonly ReleaseInfo[] {
    return this.timeline.imported.length ? [...this.core.header.releases, ...this.timeline.infos] : this.core.header.releases;
  }

  /**
   * Replaces the imported official releases (all of them at once: the timeline is rebuilt). Codes
   * only in those releases become entries; validity, titles and notes answer from them for their dates.
   */
  setImportedReleases(releases: readonly ImportedRelease[]): void {
    this.userReleases = this.bundledKnown ? null : releases;
    // The user's import of a release replaces the build's copy of it.
    const bundled = this.bundledReleases.filter((b) => !releases.some((r) => r.meta.id === b.meta.id));
    this.timeline = buildTimeline(this.core, [...bundled, ...releases]);
    this.overlay = Overlay.withLicensed(this.licensed, this.timeline.extras);
    this.importedNotes = this.timeline.notes.flatMap((r) =>
      r.content.system === 'notes' ? [{ from: r.meta.effectiveFrom, to: r.meta.effectiveTo, file: r.content.notes, view: null }] : [],
    );
    this.staticBonus = null;
    this.validCache = null;
  }

  setShortTitles(list: string[]): void {
    if (list.length !== this.core.size) throw new Error(`short titles: expected ${this.core.size} entries, found ${list.length} (rebuild the tables)`);
    this.core.shortTitles = list;
  }

  /**
   * The build's extra releases (loaded with the extras, once; none is an answer too); kept under any
   * the user imports.
   */
  setBundledReleases(releases: readonly ImportedRelease[]): void {
    const user = this.userReleases;
    if (this.bundledKnown || !user) throw new Error('the bundled releases are set once, when the extras load');
    const unchanged = !releases.length && !this.bundledReleases.length;
    this.bundledReleases = releases;
    this.bundledKnown = true;
    if (unchanged) this.userReleases = null;
    else this.setImportedReleases(user);
  }

  setNotes(file: NotesFile): void {
    this.bundledNotes = new NotesView(file);
  }

  setGems(file: GemsFile): void {
    this.gems = file;
  }

  /** Replaces the imported CPT descriptors (from the user's licensed file) searched with the rest. */
  setLicensedCpt(entries: LicensedCptEntry[]): void {
    this.licensed = entries.map((e) => ({ ...e, code: compactCode(e.code) }));
    this.overlay = Overlay.withLicensed(this.licensed, this.timeline.extras);
    this.validCache = null;
  }

  // --- entries -------------------------------------------------------------------------------

  /** Global ids: core entries first, then overlay entries at core.size + k. */
  entry(gid: number): CodeEntry {
    if (gid >= this.core.size) {
      const e = this.overlay.entries[gid - this.core.size]!;
      if (e.origin === 'imported-release') {
        return { system: e.system, code: displayCode(e.system, e.code), title: e.title, shortTitle: e.shortTitle, billable: e.system === 'icd10cm' ? this.timeline.icd10Billable(gid) : true };
      }
      return { system: e.system, code: e.code, title: e.title, shortTitle: e.shortTitle, billable: true };
    }
    const system = this.core.systemOf(gid);
    // The newest imported release's wording, when it revised the title.
    const revised = this.timeline.titles.get(gid);
    const billable = system === 'icd10cm' ? this.timeline.icd10Billable(gid) : this.core.billable(gid);
    if (revised) return { system, code: displayCode(system, this.core.code(gid)), title: revised.long, shortTitle: this.core.shortTitles ? revised.short || revised.long : null, billable };
    return { system, code: displayCode(system, this.core.code(gid)), title: this.core.title(gid), shortTitle: this.core.shortTitle(gid), billable };
  }

  systemOf(gid: number): CodeSystem {
    return gid >= this.core.size ? this.overlay.entries[gid - this.core.size]!.system : this.core.systemOf(gid);
  }

  termsOf(gid: number): string[] {
    return gid < this.core.size ? this.core.terms(gid) : [];
  }

  /** Global id of a code, or -1. */
  idOf(system: CodeSystem, input: string): number {
    const compact = compactCode(input);
    if (!hasShape(system, compact)) return -1;
    if (system === 'cpt' || system === 'modifier') {
      if (system === 'modifier') {
        const id = this.core.find('modifier', compact);
        if (id >= 0) return id;
      }
      const k = this.overlay.find(system, compact);
      return k >= 0 ? this.core.size + k : -1;
    }
    const id = this.core.find(system, compact);
    if (id >= 0 || !this.timeline.extras.length) return id;
    const k = this.overlay.find(system, compact);
    return k >= 0 ? this.core.size + k : -1;
  }

  get(system: CodeSystem, code: string): CodeEntry | null {
    const id = this.idOf(system, code);
    if (id >= 0) return this.entry(id);
    if (system === 'cpt') {
      // No licensed file: a CPT-shaped code is answered with its section, in our own words.
      const compact = compactCode(code);
      const section = cptSection(compact);
      return section ? { system: 'cpt', code: compact, title: section, shortTitle: null, billable: true } : null;
    }
    return null;
  }

  identify(input: string): CodeEntry[] {
    // The shape module orders the systems (a dot means ICD; 5 digits CPT before ICD-9; letter + 4
    // digits HCPCS before ICD-10-CM).
    const out: CodeEntry[] = [];
    for (const m of codeShapes(input)) {
      if (!TABLE_SYSTEMS.has(m.system)) continue;
      const e = this.get(m.system as CodeSystem, m.compact);
      if (e) out.push(e);
    }
    return out;
  }

  // --- validity --------------------------------------------------------------------------------

  validity(system: CodeSystem, code: string, dos: string): DosValidity {
    const id = this.idOf(system, code);
    if (system === 'cpt') {
      if (id >= 0) return { status: 'valid', release: 'licensed-cpt', caveat: 'From your imported CPT file; effective dates are not checked.' };
      return { status: 'unknown' };
    }
    if (id < 0) return { status: 'unknown' };
    if (id >= this.core.size && this.overlay.entries[id - this.core.size]!.origin !== 'imported-release') return { status: 'valid', release: 'cpt-modifiers', caveat: 'CPT modifier: effective dates are not checked.' };
    if (system === 'icd10cm') return this.timeline.icd10Validity(id, dos);
    if (system === 'icd9cm') {
      const compact = this.core.code(id);
      return icd9Validity(dos, () => this.crosswalk('icd9cm', compact).filter((m) => !m.noMap).map((m) => m.to));
    }
    return this.timeline.hcpcsValidity(id, dos, system === 'hcpcs' ? 'hcpcs' : 'modifier');
  }

  validOn(gid: number, dos: string): boolean {
    // Licensed CPT and our modifier summaries carry no dates; codes only in an imported release do.
    if (gid >= this.core.size && this.overlay.entries[gid - this.core.size]!.origin !== 'imported-release') return true;
    if (this.validCache?.dos !== dos) this.validCache = { dos, byId: new Map() };
    let valid = this.validCache.byId.get(gid);
    if (valid === undefined) {
      const e = this.entry(gid);
      valid = this.validity(e.system, e.code, dos).status === 'valid';
      this.validCache.byId.set(gid, valid);
    }
    return valid;
  }

  /** Ranking weight of a core entry before any query: common +0.6, billable +0.2, not current -1. */
  rankBonus(id: number): number {
    if (!this.staticBonus) this.staticBonus = new Float64Array(this.core.size).fill(Number.NaN);
    let b = this.staticBonus[id]!;
    if (Number.isNaN(b)) {
      const billable = this.core.systemOf(id) === 'icd10cm' ? this.timeline.icd10Billable(id) : true;
      b = (this.prior.get(id) ?? 0) * 0.6 + (billable ? 0.2 : 0) - (this.timeline.isCurrent(id) ? 0 : 1);
      this.staticBonus[id] = b;
    }
    return b;
  }

  // --- hierarchy -------------------------------------------------------------------------------

  private icd10Id(code: string): number {
    return this.idOf('icd10cm', code);
  }

  /** Core children, then codes only in imported releases, each in code order. */
  private childIdsOf(id: number): number[] {
    const core = id < this.core.size ? this.core.childIds(id) : [];
    const extra = this.timeline.extraChildrenOf(id);
    if (!extra.length) return core;
    const code = (g: number) => (g < this.core.size ? this.core.code(g) : this.overlay.entries[g - this.core.size]!.code);
    return [...core, ...extra].sort((a, b) => (code(a) < code(b) ? -1 : code(a) > code(b) ? 1 : 0));
  }

  children(code: string): CodeEntry[] {
    const id = this.icd10Id(code);
    return id < 0 ? [] : this.childIdsOf(id).map((c) => this.entry(c));
  }

  billableDescendants(code: string, limit = 100): CodeEntry[] {
    const id = this.icd10Id(code);
    if (id < 0) return [];
    // Billable in the newest loaded release (bundled or imported).
    const steps = this.timeline.icd10;
    const newest = steps[steps.length - 1]!;
    const out: CodeEntry[] = [];
    const walk = (p: number) => {
      for (const c of this.childIdsOf(p)) {
        if (out.length >= limit) return;
        if (newest.state(c) === 2) out.push(this.entry(c));
        walk(c);
      }
    };
    walk(id);
    return out;
  }

  ancestors(code: string): CodeEntry[] {
    const id = this.icd10Id(code);
    const out: CodeEntry[] = [];
    for (let p = id < 0 ? -1 : this.timeline.parentOf(id); p >= 0; p = this.timeline.parentOf(p)) out.unshift(this.entry(p));
    return out;
  }

  // --- notes -----------------------------------------------------------------------------------

  /**
   * The notes that answer for a date of service: an imported tabular list only for the dates of its
   * own release, else the bundled (FY2021) notes. Without a date, the newest imported list (what the
   * current codes are described with), else the bundled one.
   */
  private notesOn(dos: string | undefined): NotesView | null {
    const list = this.importedNotes;
    let hit = dos ? undefined : list[list.length - 1];
    if (dos) for (let k = list.length - 1; k >= 0 && !hit; k--) if (list[k]!.from <= dos && (list[k]!.to == null || dos <= list[k]!.to!)) hit = list[k];
    if (!hit) return this.bundledNotes;
    hit.view ??= new NotesView(hit.file);
    return hit.view;
  }

  notes(code: string, dos?: string): Icd10Notes | null {
    const id = this.icd10Id(code);
    const view = this.notesOn(dos);
    if (id < 0 || !view) return null;
    return view.notes(this.timeline.codeOf(id), this.termsOf(id));
  }

  excludes1Between(a: string, b: string, dos?: string): { note: NoteItem; definedAt: string } | null {
    const ia = this.icd10Id(a);
    const ib = this.icd10Id(b);
    const view = this.notesOn(dos);
    if (ia < 0 || ib < 0 || ia === ib || !view) return null;
    return view.excludes1(this.timeline.codeOf(ia), this.timeline.codeOf(ib));
  }

  sevenCharacter(code: string, dos?: string): SevenCharacterRule | null {
    const compact = compactCode(code);
    const view = this.notesOn(dos);
    if (!view || !hasShape('icd10cm', compact)) return null;
    return view.sevenCharacter(compact);
  }

  isManifestation(code: string): boolean {
    const id = this.icd10Id(code);
    if (id < 0) return false;
    for (let p = id; p >= 0; p = this.timeline.parentOf(p)) if (MANIFESTATION.test(this.entry(p).title)) return true;
    return false;
  }

  crosswalk(fromSystem: 'icd9cm' | 'icd10cm', code: string): GemMapping[] {
    if (!this.gems) return [];
    return crosswalk(this.gems, fromSystem, compactCode(code));
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    return searchTables(this, query, options);
  }

  searchWithIcd9(query: string, options: SearchOptions = {}): { results: SearchResult[]; icd9: SearchResult | null } {
    const side = { best: null as SearchResult | null };
    const results = searchTables(this, query, options, side);
    return { results, icd9: side.best };
  }

  history(system: 'icd10cm' | 'hcpcs', code: string): CodeHistory | null {
    return codeHistory(this, system, code);
  }

  nearest(system: 'icd10cm' | 'icd9cm' | 'hcpcs', code: string, limit = 8): CodeEntry[] {
    return nearestCodes(this, system, code, limit);
  }

  get hasGems(): boolean {
    return this.gems !== null;
  }
}
