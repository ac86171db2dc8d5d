/**
 * What the loaded NCCI edits say about a claim's lines: PTP pairs billed on the same date of
 * service, units above the MUE, add-on codes without a primary. Pure: lines in, hits out; the
 * check rules (lib/claims/check/rules/ncci-*.ts) turn hits into findings, and the denial rule
 * reuses the same hits to say which edit explains a CO-97, CO-236 or CO-151.
 */
import type { AocEntry, EditsIndex, MueEntry, PtpEdit } from './edits-index';
import type { EditSetting } from './tables';

export interface EditLine {
  code: string | null;
  modifiers: readonly string[];
  units: number | null;
  /** The line's date of service (its own, else the claim's), ISO; null when unknown. */
  date: string | null;
}

/**
 * NCCI PTP-associated modifiers (NCCI Policy Manual for Medicare Services, ch. I sec. E):
 * anatomic E1-E4, FA, F1-F9, TA, T1-T9, LT, RT, LC, LD, LM, RC, RI; global surgery 24, 25, 57, 58,
 * 78, 79; and 27, 59, 91, XE, XS, XP, XU.
 */
export const PTP_BYPASS_MODIFIERS: ReadonlySet<string> = new Set([
  'E1', 'E2', 'E3', 'E4', 'FA', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9',
  'TA', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'LT', 'RT', 'LC', 'LD', 'LM', 'RC', 'RI',
  '24', '25', '27', '57', '58', '59', '78', '79', '91', 'XE', 'XS', 'XP', 'XU',
]);

export interface PtpHit {
  kind: 'ptp';
  /** The column 2 line (the one denied). */
  line: number;
  /** The column 1 line. */
  other: number;
  edit: PtpEdit;
  date: string;
  /** The NCCI-associated modifier on the column 2 line, when there is one. */
  bypass: string | null;
}

export interface MueHit {
  kind: 'mue';
  /** MAI 1: the line; MAI 2/3: every line of the code on that date. */
  lines: number[];
  code: string;
  date: string;
  units: number;
  entry: MueEntry;
}

export interface AocHit {
  kind: 'aoc';
  line: number;
  date: string;
  entry: AocEntry;
}

export interface EditsAnalysis {
  setting: EditSetting;
  ptp: PtpHit[];
  mue: MueHit[];
  aoc: AocHit[];
}

/** Which PTP and MUE tables a claim is checked against; missing claim type = professional. */
export function settingFor(claimType: string | null | undefined): EditSetting {
  return claimType === 'institutional' ? 'hospital' : 'practitioner';
}

const codeOf = (l: EditLine) => (l.code ? l.code.trim().toUpperCase() : '');

export function analyzeLines(lines: readonly EditLine[], setting: EditSetting, index: EditsIndex): EditsAnalysis {
  const out: EditsAnalysis = { setting, ptp: [], mue: [], aoc: [] };
  const byDate = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (!l.date || !codeOf(l)) return;
    const list = byDate.get(l.date);
    if (list) list.push(i); else byDate.set(l.date, [i]);
  });

  for (const [date, idx] of byDate) {
    // PTP: every ordered pair of distinct codes on the date; the edit says which is column 1.
    if (index.has('ptp', setting)) {
      const seen = new Set<string>();
      for (const i of idx) {
        for (const j of idx) {
          const c1 = codeOf(lines[j]!); const c2 = codeOf(lines[i]!);
          if (c1 === c2) continue;
          const key = `${j}|${i}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const edit = index.ptpEdit(setting, c1, c2, date);
          if (!edit) continue;
          const bypass = lines[i]!.modifiers.map((m) => m.trim().toUpperCase()).find((m) => PTP_BYPASS_MODIFIERS.has(m)) ?? null;
          out.ptp.push({ kind: 'ptp', line: i, other: j, edit, date, bypass });
        }
      }
    }

    // MUE: per line (MAI 1) or summed over the date (MAI 2, 3). DME suppliers' table answers for
    // professional claims when the practitioner table has no MUE for the code.
    const codes = new Map<string, number[]>();
    for (const i of idx) {
      const c = codeOf(lines[i]!);
      const list = codes.get(c);
      if (list) list.push(i); else codes.set(c, [i]);
    }
    for (const [code, li] of codes) {
      const entry = index.mueFor(setting, code) ?? (setting === 'practitioner' ? index.mueFor('dme', code) : null);
      if (entry) {
        if (entry.mai === 1) {
          for (const i of li) {
            const u = lines[i]!.units;
            if (u !== null && u > entry.value) out.mue.push({ kind: 'mue', lines: [i], code, date, units: u, entry });
          }
        } else {
          const known = li.filter((i) => lines[i]!.units !== null);
          const total = known.reduce((n, i) => n + lines[i]!.units!, 0);
          if (known.length > 0 && total > entry.value) out.mue.push({ kind: 'mue', lines: known, code, date, units: total, entry });
        }
      }
      // Add-on code without one of its primaries on the same date (type 2 has no list to check).
      const aoc = index.aocFor(code, date);
      if (aoc && aoc.type !== 2 && aoc.primaries.length > 0) {
        const others = new Set(idx.map((i) => codeOf(lines[i]!)));
        if (!aoc.primaries.some((p) => others.has(p))) for (const i of li) out.aoc.push({ kind: 'aoc', line: i, date, entry: aoc });
      }
    }
  }
  return out;
}
