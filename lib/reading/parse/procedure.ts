/**
 * Procedure codes and modifiers.
 * CPT: 5 digits, Category II "1234F", Category III "0123T", PLA "0001U" (AMA code shapes);
 * HCPCS Level II: a letter + 4 digits (CMS), CDT D + 4 digits; institutional lines may show a 4-digit revenue code.
 * Modifiers are 2 characters. Portals print "99213-25", "99213 25 59", "99213-25-59" or separate
 * columns (portal-references.md §8 "Procedure codes and modifiers").
 */
import { isShape } from '@/lib/codes/shapes';
import { cleanText } from './text';

/**
 * A line's code: CPT, HCPCS or CDT by their shapes (lib/codes/shapes.ts), or 4 digits: a revenue
 * code, or a truncated CPT code the checks will flag (the reader keeps it so they can).
 */
export function isProcedureCode(token: string): boolean {
  const t = token.toUpperCase();
  return isShape('cpt', t) || isShape('hcpcs', t) || isShape('cdt', t) || /^\d{4}$/.test(t);
}

/**
 * A 2-character modifier. Numeric CPT modifiers run 22-99 (the "1P"-"8P" performance modifiers
 * are digit+letter), so "10" or "05" after a code is a quantity or a description, not a modifier.
 */
export function isModifier(token: string): boolean {
  const t = token.toUpperCase();
  if (!/^[0-9A-Z]{2}$/.test(t)) return false;
  if (/^\d\d$/.test(t)) return Number(t) >= 20;
  return true;
}

export interface ProcedureParts {
  code: string | null;
  modifiers: string[];
}

/** "99213-25" -> {code: "99213", modifiers: ["25"]}; "99213 - Office visit" -> no modifiers. */
export function parseProcedure(text: string | null | undefined): ProcedureParts {
  const s = cleanText(text).toUpperCase();
  const tokens = s.split(/[\s,/:;|-]+/).filter(Boolean);
  const first = tokens[0];
  if (!first || !isProcedureCode(first)) return { code: null, modifiers: [] };
  const modifiers: string[] = [];
  for (const token of tokens.slice(1)) {
    if (modifiers.length >= 4 || !isModifier(token)) break;
    modifiers.push(token);
  }
  // "Mod" followed by text that is mostly a description ("99213 OF visit") is rare; the column
  // reader passes only the code cell here, so tokens after the code are modifiers or description.
  return { code: first, modifiers };
}

/** A modifier cell: "25", "25, 59", "25 59", "25-59". Anything else in the cell is ignored. */
export function parseModifiers(text: string | null | undefined): string[] {
  const tokens = cleanText(text).toUpperCase().split(/[\s,/;|-]+/).filter(Boolean);
  return tokens.filter(isModifier).slice(0, 4);
}

/**
 * Diagnosis pointers: "A,B", "1,2", "AB", "1 2", "A B C", "1234" (CMS-1500 box 24E prints up to
 * four pointer digits without separators). Letters A-L map to 1-12 (A=1).
 */
export function parseDxPointers(text: string | null | undefined): number[] {
  const s = cleanText(text).toUpperCase();
  if (!s) return [];
  const out: number[] = [];
  const add = (n: number) => {
    if (n >= 1 && n <= 12 && !out.includes(n)) out.push(n);
  };
  if (/^[A-L]{1,12}$/.test(s)) {
    for (const ch of s) add(ch.charCodeAt(0) - 64);
    return out;
  }
  if (/^[1-9]{2,4}$/.test(s)) {
    for (const ch of s) add(Number(ch));
    return out;
  }
  for (const token of s.split(/[\s,;/|-]+/)) {
    if (/^[A-L]$/.test(token)) add(token.charCodeAt(0) - 64);
    else if (/^\d{1,2}$/.test(token)) add(Number(token));
  }
  return out;
}
