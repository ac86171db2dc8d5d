/**
 * Code normalisation: every form staff type or portals print ("e119", "E11.9", " s52.521a ",
 * "j-1100", "250.00") to a compact key (upper-case, no dot, space or hyphen) and back to the
 * display form each system prints.
 */
import type { CodeSystem } from './types';

/** Upper-case and drop dots, spaces, hyphens and underscores: "j-1100" -> "J1100", "E11.9" -> "E119". */
export function compactCode(input: string): string {
  return input.toUpperCase().replace(/[\s.\-_]/g, '');
}

// ICD-10-CM: a letter then 2-6 alphanumerics (CMS order file cols 7-13 hold 3-7 chars). The 2nd
// character is usually a digit, but FY2026 added QA0-QA0x (letter in 2nd position).
const ICD10_SHAPE = /^[A-Z][0-9A-Z]{2,6}$/;
// ICD-9-CM diagnoses: 3-5 digits, V + 2-4 digits, E + 3-4 digits (CMS v32 descriptions).
const ICD9_SHAPE = /^(\d{3,5}|V\d{2,4}|E\d{3,4})$/;
// HCPCS Level II: A-V then 4 digits (CMS alpha-numeric file cols 1-5).
const HCPCS_SHAPE = /^[A-V]\d{4}$/;
// CPT Category I (5 digits), Category II (####F), Category III (####T), PLA (####U), MAAA (####M).
const CPT_SHAPE = /^\d{4}[0-9FTUM]$/;
const MODIFIER_SHAPE = /^[0-9A-Z]{2}$/;

export function hasShape(system: CodeSystem, compact: string): boolean {
  switch (system) {
    case 'icd10cm':
      return ICD10_SHAPE.test(compact);
    case 'icd9cm':
      return ICD9_SHAPE.test(compact);
    case 'hcpcs':
      return HCPCS_SHAPE.test(compact);
    case 'cpt':
      return CPT_SHAPE.test(compact);
    case 'modifier':
      return MODIFIER_SHAPE.test(compact);
  }
}

/** Display form: ICD-10-CM "E11.9", ICD-9-CM "250.00" / "V45.81" / "E849.0", others unchanged. */
export function displayCode(system: CodeSystem, compact: string): string {
  if (system === 'icd10cm') return compact.length > 3 ? `${compact.slice(0, 3)}.${compact.slice(3)}` : compact;
  if (system === 'icd9cm') {
    // ICD-9-CM puts the decimal after 3 characters, except E codes (external causes) after 4.
    const head = compact.startsWith('E') ? 4 : 3;
    return compact.length > head ? `${compact.slice(0, head)}.${compact.slice(head)}` : compact;
  }
  return compact;
}

/** Any form to the display form of `system`, or null when it cannot be a code of that system. */
export function normalizeCode(system: CodeSystem, input: string): string | null {
  const compact = compactCode(input);
  return hasShape(system, compact) ? displayCode(system, compact) : null;
}

/** True when the query looks like (part of) a code rather than words: "E11.", "j-11", "99213". */
export function looksLikeCode(input: string): boolean {
  const trimmed = input.trim();
  if (!trimmed || /\s\S+\s/.test(trimmed)) return false;
  const compact = compactCode(trimmed);
  // Digits led by at most one letter, an ICD-10-CM shape with a digit ("QA00"), or a 2-character modifier.
  return /^[A-Z]?\d[0-9A-Z]{0,6}$/.test(compact) || (ICD10_SHAPE.test(compact) && /\d/.test(compact)) || /^[A-Z][0-9A-Z]$/.test(compact);
}
