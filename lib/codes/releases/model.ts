/**
 * What an imported official release is once read: its identity (which release, which dates it
 * answers), where it came from (file names, sha256, official or not) and its content in the shape
 * the timeline needs. Shared by the importer (worker or Node), the stored format and the timeline.
 */
import type { NotesFile } from '@/lib/codes/core-format';
import type { HcpcsRecord } from '@/lib/codes/parse/hcpcs';
import type { Publisher } from './known';

export type ImportedSystem = 'icd10cm' | 'hcpcs' | 'notes';

export interface ImportedFile {
  /** Official member or file name as read. */
  name: string;
  sha256: string;
  bytes: number;
  /** True when the sha256 is one SOURCES.md records for an official release. */
  official: boolean;
}

export interface ImportedMeta {
  /** "icd10cm-fy2027", "icd10cm-fy2026-apr", "hcpcs-2026-oct", "icd10cm-tabular-fy2027". */
  id: string;
  system: ImportedSystem;
  /** English name, e.g. "ICD-10-CM FY2027 (October 1, 2026 release)": the UI builds its own from id/dates. */
  name: string;
  effectiveFrom: string;
  /** Inclusive last day; null when open-ended (HCPCS: until a later quarter). */
  effectiveTo: string | null;
  /** What the user chose (a zip or a text file). */
  fileName: string;
  fileSha256: string;
  fileBytes: number;
  /** The file chosen, or every member read from it. */
  files: ImportedFile[];
  /** Official CMS/CDC release (its checksum is known), else an unverified file that parsed completely. */
  verified: boolean;
  publisher: Publisher | null;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** Codes (ICD-10-CM all rows; HCPCS codes + modifiers; notes: blocks). */
  count: number;
  /** Shipped with the extension (found by the build in an extra source folder), not imported by the user. */
  bundled?: boolean;
}

export interface Icd10Content {
  system: 'icd10cm';
  /** Compact codes in tabular order. */
  codes: string[];
  billable: Uint8Array;
  long: string[];
  short: string[];
}

export interface HcpcsContent {
  system: 'hcpcs';
  records: HcpcsRecord[];
}

export interface NotesContent {
  system: 'notes';
  notes: NotesFile;
}

export type ReleaseContent = Icd10Content | HcpcsContent | NotesContent;

export interface ImportedRelease {
  meta: ImportedMeta;
  content: ReleaseContent;
}

/**
 * Why a file was refused, as data: the UI says it in the user's language
 * (`codeData.releases.error.<kind>` in lib/codes/strings.ts).
 */
export type ReleaseErrorKind =
  | 'empty'
  | 'tooBig'
  | 'badZip'
  | 'noReleaseFile'
  | 'unknownFile'
  | 'noYear'
  | 'format'
  | 'noTrailingNewline'
  | 'incomplete'
  | 'addendaMismatch'
  | 'codesMismatch'
  | 'mixedReleases'
  | 'cancelled';

export interface ReleaseError {
  /** The file (or zip member) the line belongs to. */
  file: string;
  /** 1-based line, or null when the problem is the whole file. */
  line: number | null;
  kind: ReleaseErrorKind;
  params: Record<string, string | number>;
}

export type ImportOutcome = { ok: true; releases: ImportedRelease[] } | { ok: false; error: ReleaseError };

export interface ImportProgress {
  /** 0..1 */
  fraction: number;
  stage: 'hash' | 'unzip' | 'parse' | 'check' | 'pack';
}
