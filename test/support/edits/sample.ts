/** One small synthetic set of edits for rule tests: a PTP file of each setting, an MUE table, an AOC file. */
import { EditsIndex } from '@/lib/edits/edits-index';
import { AOC_NAME, MUE_NAME, OPH_NAME, PTP_NAME, aocCsv, indexOf, mueCsv, ptpText, textSource } from './files';

let cached: Promise<EditsIndex> | null = null;

/**
 * Practitioner PTP: 20000 > 20001 (indicator 0), 20000 > 99213 (indicator 1), 20002 > 20003 deleted 2026-01-01.
 * Hospital PTP: 20000 > 20004 (indicator 0) only.
 * MUE: 20010 = 1 (MAI 1), 20011 = 2 (MAI 2), 20012 = 3 (MAI 3).
 * AOC: 20021 needs 20020 (type 1), 20022 needs 20020 (type 3), 20023 contractor-defined (type 2).
 */
export function sampleEdits(): Promise<EditsIndex> {
  cached ??= indexOf([
    textSource(PTP_NAME, ptpText([
      ['20000', '20001', '', '20200101', '*', '0', 'Mutually exclusive procedures'],
      ['20000', '99213', '', '20200101', '*', '1', 'Standards of medical / surgical practice'],
      ['20002', '20003', '', '20200101', '20260101', '1', 'Deleted'],
    ])),
    textSource(OPH_NAME, ptpText([['20000', '20004', '', '20200101', '*', '0', 'Hospital only']])),
    textSource(MUE_NAME, mueCsv([
      ['20010', '1', '1 Line Edit', 'Nature of service'],
      ['20011', '2', '2 Date of Service Edit: Policy', 'Anatomic consideration'],
      ['20012', '3', '3 Date of Service Edit: Clinical', 'Clinical: Data'],
    ])),
    textSource(AOC_NAME, aocCsv([['20021', '20020', '1', '2020001', ''], ['20022', '20020', '3', '2020001', ''], ['20023', 'CCCCC', '2', '2020001', '']])),
  ]);
  return cached;
}
