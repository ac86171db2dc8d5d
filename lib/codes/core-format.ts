/** Shapes of the generated files (code-data/generated), shared by the build and the loader. */
import type { ReleaseInfo } from './types';

export const CORE_FILE = 'core.bin';
export const NOTES_FILE = 'notes.json';
export const GEMS_FILE = 'gems.json';
export const SHORT_TITLES_FILE = 'short-titles.json';
export const MANIFEST_FILE = 'manifest.json';
export const FORMAT_VERSION = 1;

export type TableSystem = 'icd10cm' | 'icd9cm' | 'hcpcs' | 'modifier';

/** One ICD-10-CM release as a bit position in the per-code flags (oldest first). */
export interface Icd10Release {
  id: string;
  name: string;
  from: string;
  to: string;
  /** True when rebuilt from the next release's addenda rather than read from its own order file. */
  derived: boolean;
}

export interface CoreHeader {
  format: number;
  builtAt: string;
  releases: ReleaseInfo[];
  /** At most 4 (flags hold presence in bits 0-3 and billable in bits 4-7). */
  icd10Releases: Icd10Release[];
  /** Entry id ranges [start, end) per system, in this order: icd10cm, icd9cm, hcpcs, modifier. */
  ranges: Record<TableSystem, [number, number]>;
  /** Compact codes by entry id. */
  codes: string[];
  /** Long titles by entry id; a number k stands for "<parent's title>, <titleSuffixes[k]>". */
  titles: (string | number)[];
  titleSuffixes: string[];
  /** Inclusion terms (ICD-10-CM tabular) flat; arrays.termStart locates an entry's terms. */
  terms: string[];
  /** HCPCS and modifiers, by (id - ranges.hcpcs[0]): "added|lastValidDay" ISO or ''. */
  dates: string[];
  /** ICD-10-CM codes deleted at a release: compact code -> compact codes added in its place. */
  replacements: Record<string, string[]>;
  notesSource: string;
  vocab: string[];
  grams: string[];
}

/**
 * Typed arrays of core.bin: flags (u8 per entry), parent (i32 per ICD-10-CM entry), termStart,
 * byCode (entry ids sorted by compact code), and the TextIndex arrays (post delta+varint encoded
 * as u8, see encodeDeltas).
 */
export const CORE_ARRAYS = ['flags', 'parent', 'termStart', 'byCode', 'postStart', 'post', 'gramStart', 'gramTerms', 'titleLen'] as const;

export interface NotesBlock {
  /** Compact code for a diag, "A00-A09" for a section, chapter number for a chapter. */
  key: string;
  kind: 'chapter' | 'section' | 'diag';
  desc: string;
  lo?: string;
  hi?: string;
  e1?: [string, string[]][];
  e2?: [string, string[]][];
  cf?: [string, string[]][];
  ua?: [string, string[]][];
  ca?: [string, string[]][];
  s7?: [string, string][];
}

export interface NotesFile {
  source: string;
  version: string;
  blocks: NotesBlock[];
}

/** Forward (ICD-9-CM -> ICD-10-CM) and backward maps: compact source -> ["TARGET FLAGS", ...]. */
export interface GemsFile {
  source: string;
  forward: Record<string, string[]>;
  backward: Record<string, string[]>;
}
