/** Code shapes the rules need before (or without) asking the tables. */

/** Upper-case letters and digits only: "s52.521-a" -> "S52521A". */
export function codeBody(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** ICD-10-CM: letter, digit, alphanumeric, then up to 4 alphanumerics (CMS order file layout). */
export const ICD10_SHAPE = /^[A-Z]\d[0-9A-Z][0-9A-Z]{0,4}$/;
/** ICD-9-CM: 3-5 digits, V + 2-4 digits, E + 3-4 digits. */
export const ICD9_SHAPE = /^(?:\d{3,5}|V\d{2,4}|E\d{3,4})$/;
/**
 * HCPCS Level II: a letter A-V and 4 digits, except D: the D range is CDT (ADA-licensed dental
 * codes), absent from the CMS HCPCS file, so it cannot be checked here.
 */
export const HCPCS_SHAPE = /^[A-CE-V]\d{4}$/;
/** CDT dental procedure codes (D0120): shape only. */
export const CDT_SHAPE = /^D\d{4}$/;
/**
 * CPT: 5 digits (Category I), 4 digits + F (Category II), + T (Category III), + U (PLA codes),
 * + M (administrative MAAA codes, 0001M-0020M, listed in CPT's appendix O).
 */
export const CPT_SHAPE = /^\d{5}$|^\d{4}[FTUM]$/;
/**
 * Revenue codes on institutional lines (UB-04 FL 42): 4 digits with a leading zero ("0450"), or the
 * same without it ("450"). Not procedure codes: not checked here. "9921" is a truncated CPT code.
 */
export const REVENUE_SHAPE = /^0\d{3}$|^\d{3}$/;

/** The day ICD-10-CM replaced ICD-9-CM for HIPAA transactions (45 CFR 162.1002). */
export const ICD10_START = '2015-10-01';

/** 0 -> "A": diagnosis letters as on the CMS-1500 (box 21). */
export function diagnosisLetter(index: number): string {
  return index >= 0 && index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}
