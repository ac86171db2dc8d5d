/**
 * Validity of a code on a date of service, by system:
 * - ICD-10-CM: the fiscal-year release in force on the date (Oct 1 - Sep 30). After the newest
 *   loaded release, the newest answers with a caveat; before Oct 1 2015 is the ICD-9 era.
 * - ICD-9-CM: valid before Oct 1 2015 (v32 is the final version), replaced by ICD-10-CM after.
 * - HCPCS Level II and its modifiers: the added and termination dates of the CMS file.
 */
import type { CoreView } from './core-view';
import { displayCode } from './normalize';
import type { DosValidity } from './types';

export const ICD10_START = '2015-10-01';

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function icd10Validity(core: CoreView, id: number, dos: string): DosValidity {
  if (dos < ICD10_START) return { status: 'out-of-range', note: 'ICD-10-CM applies to dates of service from October 1, 2015; earlier dates use ICD-9-CM.' };
  const rels = core.header.icd10Releases;
  let r = rels.length - 1;
  while (r > 0 && dos < rels[r]!.from) r--;
  const rel = rels[r]!;
  let caveat: string | undefined;
  if (dos > rel.to) caveat = `No ICD-10-CM release after ${rel.name} is loaded; answered from it.`;
  else if (dos < rel.from) caveat = `Older than the oldest loaded ICD-10-CM release; answered from ${rel.name}.`;
  else if (rel.derived) caveat = `${rel.name}: codes are exact, titles are the later release's.`;
  if (core.inRelease(id, r)) {
    const status = core.billableIn(id, r) ? 'valid' : 'header';
    return caveat ? { status, release: rel.id, caveat } : { status, release: rel.id };
  }
  for (let k = r + 1; k < rels.length; k++) {
    if (core.inRelease(id, k)) return { status: 'not-yet-valid', effectiveFrom: rels[k]!.from, release: rels[k]!.id };
  }
  for (let k = r - 1; k >= 0; k--) {
    if (core.inRelease(id, k)) {
      const code = core.code(id);
      return {
        status: 'deleted',
        deletedOn: rels[k + 1]!.from,
        replacements: (core.header.replacements[code] ?? []).map((c) => displayCode('icd10cm', c)),
        release: rels[k + 1]!.id,
      };
    }
  }
  return { status: 'unknown' };
}

export function icd9Validity(dos: string, replacements: () => string[]): DosValidity {
  if (dos >= ICD10_START) return { status: 'deleted', deletedOn: ICD10_START, replacements: replacements(), release: 'icd9cm-v32' };
  if (dos < '2014-10-01') return { status: 'valid', release: 'icd9cm-v32', caveat: 'Checked against ICD-9-CM version 32 (the final version); earlier versions are not loaded.' };
  return { status: 'valid', release: 'icd9cm-v32' };
}

export function hcpcsValidity(core: CoreView, id: number, dos: string, release: string): DosValidity {
  const { added, terminated } = core.dates(id);
  if (added && dos < added) return { status: 'not-yet-valid', effectiveFrom: added, release };
  // The file's termination date is the last day the code may be billed.
  if (terminated && dos > terminated) return { status: 'terminated', terminatedOn: addDays(terminated, 1), release };
  const file = core.header.releases.find((r) => r.id === release);
  if (file && dos >= addDays(file.effectiveFrom, 90)) {
    return { status: 'valid', release, caveat: `Checked against ${file.name}; later quarterly HCPCS updates are not loaded.` };
  }
  return { status: 'valid', release };
}

/** Display codes of display-form list deduplicated, order kept. */
export function uniq(list: string[]): string[] {
  return [...new Set(list)];
}
