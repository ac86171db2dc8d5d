/**
 * Adjustments (group + CARC) and remark codes (RARC) as portals print them.
 * Group codes CO, PR, OA, PI, CR (X12 835 CAS01; CR was dropped in 5010). CARC: 1-3 digits or a
 * letter among A, B, D, P, W, Y plus digits ("B7", "P12"). RARC: N + digits, M + digits,
 * MA + digits (X12 code lists). Pairs appear as "CO-45", "CO 45", "CO45", "PR 1", or a bare reason
 * with the group in its own column (portal-references.md §8 "CARC and RARC").
 */
import type { Adjustment, AdjustmentGroup } from '@/lib/claim/types';
import { cleanText } from './text';
import { parseMoney } from './money';

const GROUPS = new Set(['CO', 'PR', 'OA', 'PI', 'CR']);
const CARC = /^(?:\d{1,3}|[ABDPWY]\d{1,2})$/;
const RARC = /^(?:MA\d{1,3}|M\d{1,3}|N\d{1,4})$/;

export function isCarc(code: string): boolean {
  return CARC.test(code.toUpperCase());
}

export function isRarc(code: string): boolean {
  return RARC.test(code.toUpperCase());
}

export function parseGroup(text: string | null | undefined): AdjustmentGroup | null {
  const m = /^([A-Z]{2})\b/.exec(cleanText(text).toUpperCase());
  return m && GROUPS.has(m[1]!) ? (m[1] as AdjustmentGroup) : null;
}

// "CO-45", "CO 45", "CO45", "CO - 45", "CO:45", each optionally followed by an amount.
// A short parenthetical may stand between code and amount: "CO-45 (contractual) $105.96".
const GROUPED = /\b(CO|PR|OA|PI|CR)\s*[-:]?\s*(\d{1,3}|[ABDPWY]\d{1,2})\b(?:\s*(?:\([^()$]{1,40}\))?\s*[:=]?\s*(\(?-?\$\s?-?[\d,]+(?:\.\d{1,2})?\)?|\(?-?[\d,]+\.\d{2}\)?))?/gi;

/**
 * Adjustments in one cell. With group-coded pairs present, only those count (descriptions often
 * contain numbers). Without, bare reason codes count when the cell starts with them, taking the
 * group from `groupHint` (a separate Group column) and the amount from `amountHint`.
 */
export function parseAdjustments(
  text: string | null | undefined,
  groupHint: AdjustmentGroup | null = null,
  amountHint: number | null = null,
): Adjustment[] {
  const s = cleanText(text).slice(0, 2000);
  const out: Adjustment[] = [];
  GROUPED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GROUPED.exec(s)) && out.length < 20) {
    out.push({
      group: m[1]!.toUpperCase() as AdjustmentGroup,
      reason: m[2]!.toUpperCase(),
      amount: m[3] ? parseMoney(m[3]) : null,
    });
  }
  if (out.length === 0) {
    // Bare codes: "45", "45, 253", "45 - Charge exceeds fee schedule". Stop at the first word.
    for (const segment of s.split(/[,;|\n]+/)) {
      const first = segment.trim().split(/\s+/)[0] ?? '';
      if (!isCarc(first)) continue;
      out.push({ group: groupHint, reason: first.toUpperCase(), amount: null });
      if (out.length >= 20) break;
    }
  }
  if (out.length === 1 && out[0]!.amount === null && amountHint !== null) out[0]!.amount = amountHint;
  return out;
}

/** RARC codes in a cell: "N130, M15", "MA130 N382", "N130 - Consult plan benefit documents". */
export function parseRemarks(text: string | null | undefined): string[] {
  const out: string[] = [];
  const re = /\b(MA\d{1,3}|M\d{1,3}|N\d{1,4})\b/gi;
  const s = cleanText(text).slice(0, 2000);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) && out.length < 20) {
    const code = m[1]!.toUpperCase();
    if (!out.includes(code)) out.push(code);
  }
  return out;
}
