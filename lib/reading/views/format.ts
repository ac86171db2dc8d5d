// Display helpers for the Claim tab: contract values -> text.
import type { Adjustment } from '@/lib/claim/types';
import { formatMoney } from '@/lib/platform/i18n';

export { isRoutineAdjustment } from '@/lib/denials/routine';

/** 1 -> "A" (CMS-1500 box 21 letters A-L). Out-of-range pointers stay numeric so they stand out. */
export function pointerLetter(n: number): string {
  return n >= 1 && n <= 12 ? String.fromCharCode(64 + n) : String(n);
}

export function adjustmentText(a: Adjustment): string {
  const code = a.group ? `${a.group}-${a.reason}` : a.reason;
  return a.amount === null ? code : `${code} ${formatMoney(a.amount)}`;
}

/** "lines[2].code" -> "Line 3 · code" for the sources table. */
export function pathLabel(path: string, fieldName: (key: string) => string, lineWord: string): string {
  const m = /^(?:claims\[(\d+)\]\.)?(?:lines\[(\d+)\]\.)?([A-Za-z]+)(?:\[(\d+)\])?/.exec(path);
  if (!m) return path;
  const parts: string[] = [];
  if (m[1] !== undefined) parts.push(`#${Number(m[1]) + 1}`);
  if (m[2] !== undefined) parts.push(`${lineWord} ${Number(m[2]) + 1}`);
  const key = m[3] === 'diagnoses' && m[4] !== undefined ? 'diagnosis' : m[3]!;
  const name = m[2] !== undefined ? key : fieldName(key);
  // Diagnoses by their claim letter (A-L), other lists by 1-based position.
  const index = m[4] === undefined ? '' : m[3] === 'diagnoses' ? pointerLetter(Number(m[4]) + 1) : String(Number(m[4]) + 1);
  parts.push(index ? `${name} ${index}` : name);
  return parts.join(' · ');
}

/** The last two steps of a long selector, for a narrow panel (the full one goes in a tooltip). */
export function shortSelector(selector: string): string {
  const steps = selector.split(' > ');
  return steps.length <= 2 ? selector : `… > ${steps.slice(-2).join(' > ')}`;
}
