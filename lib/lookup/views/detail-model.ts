/**
 * Everything the detail view of one code shows, gathered from the CodeTables contract in one
 * place so the component only lays it out (and tests can check the data without a DOM).
 */
import type { CodeEntry, CodeSystem, CodeTables, DosValidity, GemMapping, Icd10Notes, ReleaseInfo, SevenCharacterRule } from '@/lib/codes/types';
import type { CodeRef } from '@/lib/lookup/storage';

/** How many billable codes a header lists before "Show more". */
export const CHILDREN_PAGE = 40;

export type NoteKind = Icd10Notes['inheritedFrom'][number]['kind'];

export interface DetailModel {
  entry: CodeEntry;
  /** Category down to the parent (ICD-10-CM). */
  ancestors: CodeEntry[];
  /** Billable codes under a header, `hasMore` when the page was full. */
  children: { list: CodeEntry[]; hasMore: boolean };
  validityHistory: { release: ReleaseInfo; validity: DosValidity }[];
  /** Releases the code's own data comes from. */
  codeReleases: ReleaseInfo[];
  /** null until the extras (notes, GEMs) are loaded, or for systems without them. */
  extras: DetailExtras | null;
}

export interface DetailExtras {
  notes: Icd10Notes | null;
  inherited: Partial<Record<NoteKind, string[]>>;
  seventh: SevenCharacterRule | null;
  manifestation: boolean;
  crosswalk: { toSystem: 'icd9cm' | 'icd10cm'; mappings: (GemMapping & { title: string | null })[]; source: ReleaseInfo | null } | null;
}

/** `dos`: the date of service asked about ('' for none); the tabular notes are those in force on it. */
export function buildDetail(tables: CodeTables, ref: CodeRef, extrasReady: boolean, childLimit = CHILDREN_PAGE, dos = ''): DetailModel | null {
  const entry = tables.get(ref.system, ref.code);
  if (!entry) return null;
  const icd10 = entry.system === 'icd10cm';
  const children = icd10 && !entry.billable ? tables.billableDescendants(entry.code, childLimit + 1) : [];
  const codeReleases = tables.releases.filter((r) => r.system === entry.system);
  return {
    entry,
    ancestors: icd10 ? tables.ancestors(entry.code) : [],
    children: { list: children.slice(0, childLimit), hasMore: children.length > childLimit },
    // Each release asked on its first day: "was it a code (billable) when this release took effect?"
    validityHistory: codeReleases.map((release) => ({ release, validity: tables.validity(entry.system, entry.code, release.effectiveFrom) })),
    codeReleases,
    extras: extrasReady ? buildExtras(tables, entry, dos || undefined) : null,
  };
}

function buildExtras(tables: CodeTables, entry: CodeEntry, dos: string | undefined): DetailExtras | null {
  if (entry.system !== 'icd10cm' && entry.system !== 'icd9cm') return null;
  const toSystem = entry.system === 'icd10cm' ? 'icd9cm' : 'icd10cm';
  const mappings = tables.crosswalk(entry.system, entry.code).map((m) => ({ ...m, title: m.noMap ? null : (tables.get(toSystem, m.to)?.title ?? null) }));
  const crosswalk = { toSystem, mappings, source: tables.releases.find((r) => r.system === 'gems') ?? null } as const;
  if (entry.system === 'icd9cm') return { notes: null, inherited: {}, seventh: null, manifestation: false, crosswalk };
  const notes = tables.notes(entry.code, dos);
  const inherited: Partial<Record<NoteKind, string[]>> = {};
  for (const { code, kind } of notes?.inheritedFrom ?? []) (inherited[kind] ??= []).push(code);
  return { notes, inherited, seventh: tables.sevenCharacter(entry.code, dos), manifestation: tables.isManifestation(entry.code), crosswalk };
}

/**
 * The code a note refers to, as printed in the tabular list: "E10.-" (the category E10), "O24.4-",
 * "P70-P74" (a range: its first code), "Z79.4". null when no loaded code matches.
 */
export function noteTarget(tables: CodeTables, printed: string, system: CodeSystem = 'icd10cm'): CodeRef | null {
  const first = printed.split(/[-–]\s*(?=[A-Z])/)[0]!.replace(/[.\-–\s]+$/, '');
  const entry = tables.get(system, first);
  return entry ? { system: entry.system, code: entry.code } : null;
}

/** The 7th character of a 7-character ICD-10-CM code (placeholders "X" included), else null. */
export function seventhCharacterOf(code: string): string | null {
  const compact = code.replace('.', '');
  return compact.length === 7 ? compact[6]! : null;
}
