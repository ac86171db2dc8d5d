/**
 * Which CMS edit file a name is, from the names CMS gives them:
 * - PTP: `ccipra-v312r0-f1.txt` (practitioner) / `ccioph-v312r0-f1.txt` (outpatient hospital): version
 *   31.2, revision 0, part 1 of 4. Version NN.Q is quarter Q+1 of 1994+NN: versions 31.2 and 31.3
 *   took effect on July 1 and October 1, 2025 (AAD DermWorld Coding Consult, March 2026, "CMS
 *   releases 2025 third and fourth quarter NCCI edits"). Member names inside CMS's zips are the same.
 * - MUE: `MCR_MUE_PractitionerServices_Eff_10-01-2026.csv` and its OutpatientHospitalServices and
 *   DME siblings: the date is the quarter's effective date.
 * - Add-on codes: `AOC_V2025Q3-MCR…` (CMS ships a workbook; saved as CSV or tab-delimited text it
 *   keeps that name). The quarter is in the name.
 */
import { dayOf } from './codes';
import type { EditKind, EditSetting } from './tables';

export interface FileIdentity {
  kind: EditKind;
  /** For MUE the header row decides (practitioner/hospital/DME); the name's guess is checked against it. */
  setting: EditSetting;
  part: string;
  version: string;
  /** Day number of the quarter's first day, when the name says. */
  quarterStart: number | null;
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

export function identifyFile(name: string): FileIdentity | null {
  const base = baseName(name);
  const ptp = /^cci(pra|oph)-v(\d+)(\d)r(\d+)-f(\d+)\.(txt|tsv)$/i.exec(base);
  if (ptp) {
    const major = Number(ptp[2]);
    const minor = Number(ptp[3]);
    const quarterStart = minor <= 3 ? dayOf(1994 + major, minor * 3 + 1, 1) : null;
    return {
      kind: 'ptp', setting: ptp[1]!.toLowerCase() === 'oph' ? 'hospital' : 'practitioner',
      part: `f${ptp[5]}`, version: `${major}.${minor}${ptp[4] === '0' ? '' : ` r${ptp[4]}`}`, quarterStart,
    };
  }
  const mue = /^MCR_MUE_(\w+?)_Eff_(\d{2})-(\d{2})-(\d{4})\.(csv|txt)$/i.exec(base);
  if (mue) {
    const what = mue[1]!.toLowerCase();
    const setting: EditSetting = what.includes('hospital') ? 'hospital' : what.includes('dme') ? 'dme' : 'practitioner';
    return { kind: 'mue', setting, part: '', version: '', quarterStart: dayOf(Number(mue[4]), Number(mue[2]), Number(mue[3])) };
  }
  const aoc = /^AOC_V(\d{4})Q([1-4])\b.*\.(csv|txt|tsv)$/i.exec(base);
  if (aoc) {
    return { kind: 'aoc', setting: 'practitioner', part: '', version: `${aoc[1]}Q${aoc[2]}`, quarterStart: dayOf(Number(aoc[1]), (Number(aoc[2]) - 1) * 3 + 1, 1) };
  }
  return null;
}

/** Zip members worth reading: the text/CSV tables (CMS zips also carry the same table as .xlsx, and PDFs). */
export function isTableMember(name: string): boolean {
  return identifyFile(name) !== null;
}
