/**
 * CodeTables over the generated files: core.bin (always), short titles, tabular notes and GEMs
 * (loaded with it or lazily, see load.ts), plus an overlay of CPT modifiers and licensed CPT codes.
 */
import { COMMON_CODES } from './common-codes';
import type { GemsFile, NotesFile, TableSystem } from './core-format';
import { CoreView } from './core-view';
import { cptSection } from './cpt';
import { crosswalk } from './gems-view';
import { compactCode, displayCode, hasShape } from './normalize';
import { NotesView } from './notes-view';
import { Overlay } from './overlay';
import { searchTables } from './search';
import type { CodeEntry, CodeSystem, CodeTables, DosValidity, GemMapping, Icd10Notes, NoteItem, ReleaseInfo, SearchOptions, SearchResult, SevenCharacterRule } from './types';
import { hcpcsValidity, icd10Validity, icd9Validity } from './validity';

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
  notesView: NotesView | null = null;
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
    this.overlay = Overlay.withLicensed([]);
    COMMON_CODES.forEach((display, rank) => {
      const compact = compactCode(display);
      const system: TableSystem = /^[A-V]\d{4}$/.test(compact) && this.core.find('hcpcs', compact) >= 0 ? 'hcpcs' : 'icd10cm';
      const id = this.core.find(system, compact);
      if (id >= 0) this.prior.set(id, 1 - rank / (COMMON_CODES.length * 2));
    });
  }

  get releases(): readonly ReleaseInfo[] {
    return this.core.header.releases;
  }

  setShortTitles(list: string[]): void {
    if (list.length !== this.core.size) throw new Error(`short titles: expected ${this.core.size} entries, found ${list.length} (rebuild the tables)`);
    this.core.shortTitles = list;
  }

  setNotes(file: NotesFile): void {
    this.notesView = new NotesView(file);
  }

  setGems(file: GemsFile): void {
    this.gems = file;
  }

  /** Replaces the imported CPT descriptors (from the user's licensed file) searched with the rest. */
  setLicensedCpt(entries: LicensedCptEntry[]): void {
    this.overlay = Overlay.withLicensed(entries.map((e) => ({ ...e, code: compactCode(e.code) })));
  }

  // --- entries -------------------------------------------------------------------------------

  /** Global ids: core entries first, then overlay entries at core.size + k. */
  entry(gid: number): CodeEntry {
    if (gid >= this.core.size) {
      const e = this.overlay.entries[gid - this.core.size]!;
      return { system: e.system, code: e.code, title: e.title, shortTitle: e.shortTitle, billable: true };
    }
    const system = this.core.systemOf(gid);
    return { system, code: displayCode(system, this.core.code(gid)), title: this.core.title(gid), shortTitle: this.core.shortTitle(gid), billable: this.core.billable(gid) };
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
    return this.core.find(system, compact);
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
    const trimmed = input.trim();
    const compact = compactCode(trimmed);
    // A dot after 3 characters is how ICD codes are printed; a bare letter + 4 digits is HCPCS.
    const dotted = /^[A-Za-z0-9]{3}\.|^[Ee]\d{3}\./.test(trimmed);
    const order: CodeSystem[] = dotted
      ? ['icd10cm', 'icd9cm', 'hcpcs', 'cpt', 'modifier']
      : /^\d{5}$/.test(compact)
        ? ['cpt', 'icd9cm', 'icd10cm', 'hcpcs', 'modifier']
        : /^[A-V]\d{4}$/.test(compact)
          ? ['hcpcs', 'icd10cm', 'icd9cm', 'cpt', 'modifier']
          : ['icd10cm', 'hcpcs', 'modifier', 'icd9cm', 'cpt'];
    const out: CodeEntry[] = [];
    for (const system of order) {
      const e = this.get(system, compact);
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
    if (id >= this.core.size) return { status: 'valid', release: 'cpt-modifiers', caveat: 'CPT modifier: effective dates are not checked.' };
    if (system === 'icd10cm') return icd10Validity(this.core, id, dos);
    if (system === 'icd9cm') {
      const compact = this.core.code(id);
      return icd9Validity(dos, () => this.crosswalk('icd9cm', compact).filter((m) => !m.noMap).map((m) => m.to));
    }
    return hcpcsValidity(this.core, id, dos, system === 'hcpcs' ? 'hcpcs-2025-jan' : 'modifier-2025-jan');
  }

  validOn(gid: number, dos: string): boolean {
    if (gid >= this.core.size) return true;
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
      b = (this.prior.get(id) ?? 0) * 0.6 + (this.core.billable(id) ? 0.2 : 0) - (this.core.isCurrent(id) ? 0 : 1);
      this.staticBonus[id] = b;
    }
    return b;
  }

  // --- hierarchy -------------------------------------------------------------------------------

  private icd10Id(code: string): number {
    return this.idOf('icd10cm', code);
  }

  children(code: string): CodeEntry[] {
    const id = this.icd10Id(code);
    return id < 0 ? [] : this.core.childIds(id).map((c) => this.entry(c));
  }

  billableDescendants(code: string, limit = 100): CodeEntry[] {
    const id = this.icd10Id(code);
    if (id < 0) return [];
    const newest = this.core.header.icd10Releases.length - 1;
    const out: CodeEntry[] = [];
    const walk = (p: number) => {
      for (const c of this.core.childIds(p)) {
        if (out.length >= limit) return;
        if (this.core.inRelease(c, newest) && this.core.billableIn(c, newest)) out.push(this.entry(c));
        walk(c);
      }
    };
    walk(id);
    return out;
  }

  ancestors(code: string): CodeEntry[] {
    const id = this.icd10Id(code);
    const out: CodeEntry[] = [];
    for (let p = id < 0 ? -1 : this.core.parent[id]!; p >= 0; p = this.core.parent[p]!) out.unshift(this.entry(p));
    return out;
  }

  // --- notes -----------------------------------------------------------------------------------

  notes(code: string): Icd10Notes | null {
    const id = this.icd10Id(code);
    if (id < 0 || !this.notesView) return null;
    return this.notesView.notes(this.core.code(id), this.core.terms(id));
  }

  excludes1Between(a: string, b: string): { note: NoteItem; definedAt: string } | null {
    const ia = this.icd10Id(a);
    const ib = this.icd10Id(b);
    if (ia < 0 || ib < 0 || ia === ib || !this.notesView) return null;
    return this.notesView.excludes1(this.core.code(ia), this.core.code(ib));
  }

  sevenCharacter(code: string): SevenCharacterRule | null {
    const compact = compactCode(code);
    if (!this.notesView || !hasShape('icd10cm', compact)) return null;
    return this.notesView.sevenCharacter(compact);
  }

  isManifestation(code: string): boolean {
    const id = this.icd10Id(code);
    if (id < 0) return false;
    for (let p = id; p >= 0; p = this.core.parent[p]!) if (MANIFESTATION.test(this.core.title(p))) return true;
    return false;
  }

  crosswalk(fromSystem: 'icd9cm' | 'icd10cm', code: string): GemMapping[] {
    if (!this.gems) return [];
    return crosswalk(this.gems, fromSystem, compactCode(code));
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    return searchTables(this, query, options);
  }
}
