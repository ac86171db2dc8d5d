/**
 * ICD-10-CM diagnosis codes as portals print them -> dotted upper-case ("E119" -> "E11.9").
 * Shape (CDC ICD-10-CM tabular list, lib/codes/shapes.ts): a letter, a digit (or the QA0 family),
 * a letter or digit, then optionally a dot and 1-4 letters or digits ("S52.521A", "T81.4XXA", "QA0.0101").
 */
import { displayShape, isShape } from '@/lib/codes/shapes';
import { cleanText } from './text';

/**
 * A single token -> dotted code, or null when it is not ICD-10-CM shaped (lib/codes/shapes.ts,
 * which knows the QA0 family). A dot may only follow the 3-character category ("E11.9", "E11.").
 */
export function normaliseIcd10(token: string): string | null {
  const t = cleanText(token).toUpperCase();
  const dot = t.indexOf('.');
  const body = dot === 3 ? t.slice(0, 3) + t.slice(4) : t;
  if (dot >= 0 && dot !== 3) return null;
  if (!/^[0-9A-Z]{3,7}$/.test(body) || !isShape('icd10cm', body)) return null;
  return displayShape('icd10cm', body);
}

// Pointer letters/numbers staff and portals put before a code: "A.", "A:", "(A)", "1.", "1)", "Dx 1:".
const LEADING_POINTER = /^(?:dx\s*)?(?:\(?[A-La-l1-9]|1[0-2])[.):\]]\s*|^\(?[A-La-l]\)\s*/;

/**
 * Diagnosis codes in a value: "E11.9, I10", "A: E119 B: I10", "1. E11.9 2. I10",
 * "E11.9 - Type 2 diabetes mellitus...". Description words never yield codes: after each
 * separator only the first token counts, and a run of codes stops at the first word that is not one.
 */
export function findIcd10Codes(text: string, max = 26): string[] {
  const out: string[] = [];
  const segments = cleanText(text).split(/[,;|\n·•]+/);
  for (const segment of segments) {
    let rest = segment.trim();
    while (rest && out.length < max) {
      rest = rest.replace(LEADING_POINTER, '');
      const m = /^(\S+)\s*(?:[-–—:]\s*)?(.*)$/.exec(rest);
      if (!m) break;
      const code = normaliseIcd10(m[1]!.replace(/[.,:)]+$/, ''));
      if (!code) break;
      if (!out.includes(code)) out.push(code);
      rest = m[2] ?? '';
    }
  }
  return out;
}
