/**
 * Contract of the code tables: what the lookup UI, the cross-check rules (lib/checks) and the
 * content-script badges may ask. lib/codes implements it over the generated tables
 * (code-data/generated); tests may implement it over a few hand-made codes.
 *
 * Every `code` argument accepts any form staff type or portals print (case, dots, spaces,
 * hyphens: "e119", "E11.9", "S52521A", "j-1100"); every returned `code` is in display form
 * (ICD-10-CM dotted upper-case "E11.9", ICD-9-CM dotted "250.00", HCPCS "J1100", CPT "99213",
 * modifier "25"). Dates are ISO "YYYY-MM-DD".
 */

export type CodeSystem = 'icd10cm' | 'icd9cm' | 'hcpcs' | 'cpt' | 'modifier';

export const CODE_SYSTEMS: readonly CodeSystem[] = ['icd10cm', 'icd9cm', 'hcpcs', 'cpt', 'modifier'];

export interface ReleaseInfo {
  /** Stable id, e.g. "icd10cm-fy2026", "hcpcs-2025-jan", "icd10cm-tabular-fy2021". */
  id: string;
  system: CodeSystem | 'gems' | 'notes';
  /** Human name, e.g. "ICD-10-CM FY2026 (October 1, 2025 release)". */
  name: string;
  effectiveFrom: string;
  /** Inclusive last day, or null when open-ended. */
  effectiveTo: string | null;
  /** Official file name(s) and sha256 as recorded in the generated manifest. */
  files: { name: string; sha256: string; bytes: number }[];
}

export interface CodeEntry {
  system: CodeSystem;
  code: string;
  /** Long title. For CPT without an imported licensed file: our own words naming the section. */
  title: string;
  shortTitle: string | null;
  /**
   * ICD-10-CM / ICD-9-CM: a leaf code valid for HIPAA transactions. HCPCS, CPT, modifiers: true.
   * Answers for the newest loaded release; use `validity` for a date of service.
   */
  billable: boolean;
}

/**
 * The official file that would answer a date of service outside the loaded releases (options page,
 * "Code data": import it). `release` is the id it would get ("icd10cm-fy2027", "hcpcs-2026-oct").
 */
export interface ImportSuggestion {
  system: 'icd10cm' | 'hcpcs';
  release: string;
  /** Official download names (CMS first, then CDC where it publishes one). */
  files: string[];
}

/** Validity of a code on a date of service. `release` names the release that decided it. */
export type DosValidity =
  /** `suggest`: the date is outside the loaded releases; this file would answer it. */
  | { status: 'valid'; release: string; caveat?: string; suggest?: ImportSuggestion }
  /** Exists on that date but is a header (not billable): bill one of its descendants. */
  | { status: 'header'; release: string; caveat?: string; suggest?: ImportSuggestion }
  /** Added after the date of service. */
  | { status: 'not-yet-valid'; effectiveFrom: string; release: string }
  /** Deleted on `deletedOn` (ICD-10-CM: Oct 1 of a fiscal year); `replacements` in display form. */
  | { status: 'deleted'; deletedOn: string; replacements: string[]; release: string }
  /** HCPCS termination date passed (the code was valid through the day before `terminatedOn`). */
  | { status: 'terminated'; terminatedOn: string; release: string }
  /** The date is outside every loaded release of this system (e.g. ICD-10-CM before 2015-10-01). */
  | { status: 'out-of-range'; note: string }
  | { status: 'unknown' };

/** One "Excludes1"/"Excludes2"/"code first" ... note as printed in the tabular list. */
export interface NoteItem {
  text: string;
  /** Codes or code ranges referred to by the note, in display form ("E10.-" ranges kept as printed). */
  codes: string[];
}

export interface Icd10Notes {
  /** Where the notes come from, e.g. "ICD-10-CM Tabular List FY2021": shown wherever notes appear. */
  source: string;
  inclusionTerms: string[];
  excludes1: NoteItem[];
  excludes2: NoteItem[];
  codeFirst: NoteItem[];
  useAdditionalCode: NoteItem[];
  codeAlso: NoteItem[];
  /** Code the note was inherited from when not the code itself (notes apply to all descendants). */
  inheritedFrom: { code: string; kind: 'excludes1' | 'excludes2' | 'codeFirst' | 'useAdditionalCode' | 'codeAlso' }[];
}

export interface SevenCharacterRule {
  /** The code whose note defines the 7th characters (a category or subcategory). */
  definedAt: string;
  values: { char: string; meaning: string }[];
  source: string;
}

export interface GemMapping {
  from: string;
  to: string;
  /** Decoded GEMs flags. */
  approximate: boolean;
  noMap: boolean;
  combination: boolean;
  scenario: number;
  choiceList: number;
}

export interface SearchOptions {
  systems?: CodeSystem[];
  /** When given, results carry `validOnDos`, and invalid codes rank lower. */
  dos?: string;
  limit?: number;
}

export interface SearchResult extends CodeEntry {
  /** 0 = perfect (exact code), up to 1 = weak fuzzy match. */
  score: number;
  /** null when no date of service was given. */
  validOnDos: boolean | null;
  /** Why it matched, for the UI: "code", "prefix", "title", "inclusion term", "abbreviation: HTN". */
  matchedBy: string;
}

export interface CodeTables {
  readonly releases: readonly ReleaseInfo[];
  /** Exact lookup in one system; null when the code is not in any loaded release of it. */
  get(system: CodeSystem, code: string): CodeEntry | null;
  /** Every system in which this input is a known code (or a recognised CPT shape), best guess first. */
  identify(input: string): CodeEntry[];
  validity(system: CodeSystem, code: string, dos: string): DosValidity;
  /** ICD-10-CM: direct children in the hierarchy. */
  children(code: string): CodeEntry[];
  /** ICD-10-CM: billable descendants, in tabular order. */
  billableDescendants(code: string, limit?: number): CodeEntry[];
  /** ICD-10-CM: ancestors from the category down to the parent ("E11" -> "E11.6" ...). */
  ancestors(code: string): CodeEntry[];
  /**
   * ICD-10-CM tabular notes of a code, including those inherited from its ancestors. With a date of
   * service, from the tabular list in force on it (an imported one only for its own dates).
   */
  notes(code: string, dos?: string): Icd10Notes | null;
  /** ICD-10-CM: the Excludes1 note that forbids billing a and b together, from either side, or null. */
  excludes1Between(a: string, b: string, dos?: string): { note: NoteItem; definedAt: string } | null;
  /** ICD-10-CM: the 7th-character rule that applies to this code, or null when none applies. */
  sevenCharacter(code: string, dos?: string): SevenCharacterRule | null;
  /** ICD-10-CM: true for manifestation codes ("in diseases classified elsewhere", "code first" notes) that may not be listed first. */
  isManifestation(code: string): boolean;
  /** GEMs crosswalk: icd9cm -> ICD-10-CM (forward) or icd10cm -> ICD-9-CM (backward). */
  crosswalk(fromSystem: 'icd9cm' | 'icd10cm', code: string): GemMapping[];
  search(query: string, options?: SearchOptions): SearchResult[];
  // Optional so small hand-made test tables need not implement them; the real tables do.
  /** search(), plus the best ICD-9-CM title match of a words query from the same walk (scored without the "not current" penalties). */
  searchWithIcd9?(query: string, options?: SearchOptions): { results: SearchResult[]; icd9: SearchResult | null };
  /** ICD-10-CM / HCPCS: history and successors of a retired code, null when it is current and billable or unknown. */
  history?(system: 'icd10cm' | 'hcpcs', code: string): CodeHistory | null;
  /** Real codes sharing the longest prefix with a code that does not exist. */
  nearest?(system: 'icd10cm' | 'icd9cm' | 'hcpcs', code: string, limit?: number): CodeEntry[];
  /** True once the GEMs are loaded (retired FY2018 codes and ICD-9 crosswalks need them). */
  readonly hasGems?: boolean;
}

/** What became of a code that is no longer billable and current (lib/codes/history.ts). */
export interface CodeHistory {
  system: 'icd10cm' | 'hcpcs';
  /** Display form. */
  code: string;
  /** Its title in the last release that had it; null when known only from the 2018 GEMs (they carry no titles). */
  title: string | null;
  /** deleted: no longer a code; became-header: still a code, no longer billable; terminated: HCPCS termination date set. */
  status: 'deleted' | 'became-header' | 'terminated';
  /** Id of the last release (or GEMs file) that has it as it was. */
  knownFrom: string;
  /** When the change took effect (Oct 1 of the release that made it), or null when only a bound is known. */
  changedOn: string | null;
  /** Known only from the 2018 GEMs: deleted after FY2018 and before this date (the oldest loaded release). */
  deletedBefore: string | null;
  /** HCPCS: last day the code could be billed. */
  lastValidDay: string | null;
  /** The codes to bill instead, best first. */
  successors: CodeEntry[];
  /** How the successors were found: the addenda, the header's children, the nearest surviving ancestor, or a GEMs round trip through ICD-9-CM. */
  successorsFrom: 'replacements' | 'children' | 'ancestor' | 'gems' | 'none';
  /** The header it became, or its nearest surviving ancestor. */
  ancestor: CodeEntry | null;
}
