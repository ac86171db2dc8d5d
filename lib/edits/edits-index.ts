/**
 * The loaded edit files, queried by the checks and the lookup: pair edits in force on a date,
 * a code's MUE, an add-on code's primaries. Every answer carries the file it came from, so
 * findings can cite the quarter and file. Built from stored or freshly imported files alike.
 */
import { dayFromIso, decodeCode, encodeCode } from './codes';
import { equalRange, inForce, lowerBound, type AocTable, type EditFile, type EditFileMeta, type EditSetting, type MueTable, type PtpTable } from './tables';

export interface PtpEdit {
  col1: string;
  col2: string;
  /** 0 = no modifier bypasses it, 1 = an NCCI-associated modifier may. (9 = not applicable is never returned.) */
  indicator: 0 | 1;
  rationale: string;
  effective: number;
  deleted: number;
  meta: EditFileMeta;
}

export interface MueEntry {
  code: string;
  value: number;
  /** 1 = line edit, 2 = date-of-service edit by policy, 3 = date-of-service edit by clinical data. */
  mai: 1 | 2 | 3;
  rationale: string;
  meta: EditFileMeta;
}

export interface AocEntry {
  addon: string;
  type: 1 | 2 | 3;
  /** Listed primaries in force on the date ("CCCCC" rows, contractor-defined, left out). */
  primaries: string[];
  meta: EditFileMeta;
}

/** Whether a date of service falls in the dates a file answers for. */
export function outsideCoverage(meta: EditFileMeta, iso: string): boolean {
  return iso < meta.coversFrom || iso > meta.coversTo;
}

const CONTRACTOR_DEFINED = encodeCode('CCCCC')!;

export class EditsIndex {
  private readonly ptp: { meta: EditFileMeta; t: PtpTable }[] = [];
  private readonly mue: { meta: EditFileMeta; t: MueTable }[] = [];
  private readonly aoc: { meta: EditFileMeta; t: AocTable }[] = [];
  readonly files: readonly EditFileMeta[];

  constructor(files: readonly EditFile[]) {
    for (const f of files) {
      if (f.table.kind === 'ptp') this.ptp.push({ meta: f.meta, t: f.table });
      else if (f.table.kind === 'mue') this.mue.push({ meta: f.meta, t: f.table });
      else this.aoc.push({ meta: f.meta, t: f.table });
    }
    this.files = files.map((f) => f.meta);
  }

  get empty(): boolean {
    return this.files.length === 0;
  }

  has(kind: 'ptp' | 'mue' | 'aoc', setting?: EditSetting): boolean {
    return this.files.some((m) => m.kind === kind && (!setting || m.setting === setting));
  }

  /** The PTP edit with `col1` as column 1 and `col2` as column 2 in force on `dos` (indicator 9 skipped). */
  ptpEdit(setting: EditSetting, col1: string, col2: string, dos: string): PtpEdit | null {
    const a = encodeCode(col1); const b = encodeCode(col2); const day = dayFromIso(dos);
    if (a === null || b === null || day === null) return null;
    for (const { meta, t } of this.ptp) {
      if (meta.setting !== setting) continue;
      const [s, e] = equalRange(t.col1, a);
      if (s === e) continue;
      const [ps, pe] = equalRange(t.col2, b, s, e);
      for (let i = ps; i < pe; i++) {
        const ind = t.ind[i]!;
        if (ind === 9 || !inForce(t.eff[i]!, t.del[i]!, day)) continue;
        return { col1, col2, indicator: ind as 0 | 1, rationale: t.rationales[t.rat[i]!] ?? '', effective: t.eff[i]!, deleted: t.del[i]!, meta };
      }
    }
    return null;
  }

  /** Every PTP edit in force on `dos` where `code` is column 1 or column 2 (lookup detail). */
  ptpPartners(setting: EditSetting, code: string, dos: string, limit = 500): { asColumn1: PtpEdit[]; asColumn2: PtpEdit[]; more: boolean } {
    const c = encodeCode(code); const day = dayFromIso(dos);
    const asColumn1: PtpEdit[] = []; const asColumn2: PtpEdit[] = [];
    if (c === null || day === null) return { asColumn1, asColumn2, more: false };
    let more = false;
    const take = (list: PtpEdit[], meta: EditFileMeta, t: PtpTable, i: number) => {
      const ind = t.ind[i]!;
      if (ind === 9 || !inForce(t.eff[i]!, t.del[i]!, day)) return;
      if (list.length >= limit) { more = true; return; }
      list.push({ col1: decodeCode(t.col1[i]!), col2: decodeCode(t.col2[i]!), indicator: ind as 0 | 1, rationale: t.rationales[t.rat[i]!] ?? '', effective: t.eff[i]!, deleted: t.del[i]!, meta });
    };
    for (const { meta, t } of this.ptp) {
      if (meta.setting !== setting) continue;
      const [s, e] = equalRange(t.col1, c);
      for (let i = s; i < e; i++) take(asColumn1, meta, t, i);
      // Column 2 is not sorted: one pass over the file (a few ms for 500,000 rows), only on lookup.
      const col2 = t.col2;
      for (let i = 0; i < col2.length; i++) if (col2[i] === c) take(asColumn2, meta, t, i);
    }
    return { asColumn1, asColumn2, more };
  }

  /** The MUE table for a setting (one per setting; a newer import replaces it). */
  mueFile(setting: EditSetting): EditFileMeta | null {
    return this.mue.find((m) => m.meta.setting === setting)?.meta ?? null;
  }

  mueFor(setting: EditSetting, code: string): MueEntry | null {
    const c = encodeCode(code);
    if (c === null) return null;
    for (const { meta, t } of this.mue) {
      if (meta.setting !== setting) continue;
      const i = lowerBound(t.code, c);
      if (t.code[i] !== c) continue;
      return { code, value: t.value[i]!, mai: t.mai[i]! as 1 | 2 | 3, rationale: t.rationales[t.rat[i]!] ?? '', meta };
    }
    return null;
  }

  /** The add-on code edit of `code` in force on `dos`, or null when `code` is not an add-on code then. */
  aocFor(code: string, dos: string): AocEntry | null {
    const c = encodeCode(code); const day = dayFromIso(dos);
    if (c === null || day === null) return null;
    for (const { meta, t } of this.aoc) {
      const [s, e] = equalRange(t.addon, c);
      let type: 1 | 2 | 3 | null = null;
      const primaries: string[] = [];
      for (let i = s; i < e; i++) {
        if (!inForce(t.eff[i]!, t.del[i]!, day)) continue;
        type = t.type[i]! as 1 | 2 | 3;
        if (t.primary[i] !== CONTRACTOR_DEFINED) primaries.push(decodeCode(t.primary[i]!));
      }
      if (type !== null) return { addon: code, type, primaries, meta };
    }
    return null;
  }
}
