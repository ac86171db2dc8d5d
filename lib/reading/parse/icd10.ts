/**
 * ICD-10-CM diagnosis codes as portals print them -> dotted upper-case ("E119" -> "E11.9").
 * Shape (CDC ICD-10-CM tabular list): a letter, a digit, a letter or digit, then optionally a dot
 * and 1-4 letters or digits ("S52.521A", "T81.4XXA").
 */
import { cleanText } from './text';

const ICD10_TOKEN = /^([A-Z])(\d)([0-9A-Z])\.?([0-9A-Z]{1,4})?$/;

/** A single token -> dotted code, or null when it is not ICD-10-CM shaped. */
export function normaliseIcd10(token: string): string | null {
  const m = ICD10_TOKEN.exec(cleanText(token).toUpperCase());
  if (!m) return null;
  const category = `${m[1]}${m[2]}${m[3]}`;
  return m[4] ? `${category}.${m[4]}` : category;
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
