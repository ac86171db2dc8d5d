// Display helpers for the Claim tab: contract values -> text.
import type { Adjustment } from '../../lib/claims/types';
import { formatMoney } from '../../lib/i18n';

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
  const name = m[2] !== undefined ? m[3]! : fieldName(m[3]!);
  parts.push(m[4] !== undefined ? `${name} ${Number(m[4]) + 1}` : name);
  return parts.join(' · ');
}
