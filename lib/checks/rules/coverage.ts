/**
 * Which loaded code release answers for a date of service, and whether the date is inside it.
 * Outside every loaded release (FY2027 since 2026-10-01, HCPCS quarters after January 2025, dates
 * before the oldest ICD-10-CM release), a code missing from the tables or a header there may be
 * valid in the release really in force: rules then warn instead of calling it an error.
 */
import { addDays, addMonths } from '@/lib/platform/dates';
import type { CodeTables, ReleaseInfo } from '@/lib/codes/types';

export type CoveredSystem = 'icd10cm' | 'hcpcs' | 'modifier';

export interface Coverage {
  /** True when a loaded release is in force on the date. */
  covered: boolean;
  /** The release that answers: in force on the date, else the nearest loaded one; null when none is loaded. */
  release: ReleaseInfo | null;
  /** Last day the release is known to be current (HCPCS files are quarterly). */
  lastDay: string | null;
}

/** HCPCS files carry no end date: each is current for its quarter (CMS quarterly updates). */
function lastDayOf(r: ReleaseInfo): string {
  return r.effectiveTo ?? addDays(addMonths(r.effectiveFrom, 3), -1);
}

export function releaseCoverage(tables: Pick<CodeTables, 'releases'>, system: CoveredSystem, dos: string): Coverage {
  const rels = tables.releases.filter((r) => r.system === system).toSorted((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  if (rels.length === 0) return { covered: false, release: null, lastDay: null };
  for (const r of rels) {
    if (dos >= r.effectiveFrom && dos <= lastDayOf(r)) return { covered: true, release: r, lastDay: lastDayOf(r) };
  }
  const before = rels.filter((r) => r.effectiveFrom <= dos);
  const release = before.length ? before[before.length - 1]! : rels[0]!;
  return { covered: false, release, lastDay: lastDayOf(release) };
}

/** Params naming a release for a finding's source: "{release} (effective {releaseFrom})". */
export function releaseParams(c: Coverage | ReleaseInfo | null): { release: string; releaseFrom: string } {
  const r = c && 'covered' in c ? c.release : c;
  return r ? { release: r.name, releaseFrom: r.effectiveFrom } : { release: '—', releaseFrom: '—' };
}

/** The release a validity answer names, by id. */
export function releaseById(tables: Pick<CodeTables, 'releases'>, id: string | undefined): ReleaseInfo | null {
  return id ? tables.releases.find((r) => r.id === id) ?? null : null;
}
