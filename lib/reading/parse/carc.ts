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

// "CO-45", "CO 45", "CO45", "CO - 45", "CO:45", "CO/45"; "45-CO" is not read (a reason before its group is
// indistinguishable from a line number and a name).
const PAIR = /\b(CO|PR|OA|PI|CR)\s*[-:/]?\s*(\d{1,3}|[ABDPWY]\d{1,2})\b/gi;
// An amount beside a code: "$1,100.00", "100.00", "(12.00)", "-$5.00", "100.00 USD", "USD 100", "40 dollars".
const AMOUNT = /\(?-?(?:USD\s?|US\$\s?)?\$?\s?-?\d{1,3}(?:,\d{3})*(?:\.\d{2})\)?(?:\s?(?:USD|dollars?))?|\(?-?(?:USD\s?)?\$\s?-?\d[\d,]*(?:\.\d{1,2})?\)?(?:\s?(?:USD|dollars?))?|\b\d[\d,]*(?:\.\d{1,2})?\s?(?:USD|dollars?)\b/gi;

interface Token { kind: 'code' | 'money'; index: number; end: number; group?: AdjustmentGroup; reason?: string; amount?: number | null }

function tokens(s: string): Token[] {
  const out: Token[] = [];
  PAIR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAIR.exec(s)) && out.length < 40) {
    out.push({ kind: 'code', index: m.index, end: m.index + m[0].length, group: m[1]!.toUpperCase() as AdjustmentGroup, reason: m[2]!.toUpperCase() });
  }
  AMOUNT.lastIndex = 0;
  while ((m = AMOUNT.exec(s)) && out.length < 80) {
    const start = m.index;
    const stop = start + m[0].length;
    // Digits that belong to a code ("CO-45") are not an amount.
    if (out.some((t) => t.kind === 'code' && start < t.end && stop > t.index)) continue;
    const amount = parseMoney(m[0].replace(/\s?(?:USD|dollars?)$/i, '').replace(/^(\(?-?)(?:USD\s?|US\$\s?)/i, '$1'));
    if (amount === null) continue;
    out.push({ kind: 'money', index: start, end: stop, amount });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Amounts beside group-coded pairs. Portals print the amount after its code ("CO-45 $40.00",
 * "CO-45 Charge exceeds fee schedule: $40.00") or before it ("$40.00 CO-45"); the first token of
 * the cell says which. An amount between two codes belongs to the code on the side the cell
 * starts with; a code without an amount on that side keeps `null` (never guessed).
 */
function pairAmounts(list: Token[]): Adjustment[] {
  const out: Adjustment[] = [];
  const amountFirst = list[0]?.kind === 'money';
  list.forEach((t, i) => {
    if (t.kind !== 'code' || out.length >= 20) return;
    let amount: number | null = null;
    if (amountFirst) {
      const before = list[i - 1];
      if (before?.kind === 'money') amount = before.amount ?? null;
    } else {
      const after = list[i + 1];
      if (after?.kind === 'money') amount = after.amount ?? null;
    }
    out.push({ group: t.group!, reason: t.reason!, amount });
  });
  return out;
}

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
  const out: Adjustment[] = pairAmounts(tokens(s));
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
