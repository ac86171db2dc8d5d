/** What the lookup detail shows of the imported edits for one CPT/HCPCS code on a date of service. Pure. */
import type { EditsIndex, PtpEdit } from './edits-index';
import type { EditSetting } from './tables';

export interface PartnerRow {
  code: string;
  indicator: 0 | 1;
  rationale: string;
}

export interface CodeEditsSummary {
  /** False when no edit file is imported (the view then says nothing). */
  available: boolean;
  setting: EditSetting;
  mue: { value: number; mai: 1 | 2 | 3; table: EditSetting; quarter: string; file: string } | null;
  /** Codes this one bundles (it is column 1), and codes it is bundled into (it is column 2). */
  asColumn1: PartnerRow[];
  asColumn2: PartnerRow[];
  more: boolean;
  ptpFiles: string[];
  aoc: { type: 1 | 2 | 3; primaries: string[] } | null;
}

const row = (code: string, e: PtpEdit): PartnerRow => ({ code, indicator: e.indicator, rationale: e.rationale });
const byCode = (a: PartnerRow, b: PartnerRow) => a.code.localeCompare(b.code);

export function codeEditsSummary(index: EditsIndex | null, code: string, dos: string, setting: EditSetting, limit = 200): CodeEditsSummary {
  const empty: CodeEditsSummary = { available: false, setting, mue: null, asColumn1: [], asColumn2: [], more: false, ptpFiles: [], aoc: null };
  if (!index || index.empty) return empty;
  const c = code.trim().toUpperCase();
  const m = index.mueFor(setting, c) ?? (setting === 'practitioner' ? index.mueFor('dme', c) : null);
  const partners = index.ptpPartners(setting, c, dos, limit);
  const aoc = index.aocFor(c, dos);
  const files = new Set([...partners.asColumn1, ...partners.asColumn2].map((e) => e.meta.fileName));
  return {
    available: true, setting,
    mue: m ? { value: m.value, mai: m.mai, table: m.meta.setting, quarter: m.meta.quarter, file: m.meta.fileName } : null,
    asColumn1: partners.asColumn1.map((e) => row(e.col2, e)).sort(byCode),
    asColumn2: partners.asColumn2.map((e) => row(e.col1, e)).sort(byCode),
    more: partners.more,
    ptpFiles: [...files].sort(),
    aoc: aoc ? { type: aoc.type, primaries: aoc.primaries } : null,
  };
}
