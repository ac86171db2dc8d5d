/**
 * Code shapes the rules need before (or without) asking the tables. The shapes themselves are
 * lib/codes/shapes.ts (`isShape`), the one code-shape module; here only how a claim line prints them.
 */
import { isShape } from '@/lib/codes/shapes';

/** Upper-case letters and digits only: "s52.521-a" -> "S52521A". */
export function codeBody(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * Is this code body (see `codeBody`) a revenue code as a claim line prints it: 4 digits with the
 * leading zero ("0450", the shape in lib/codes/shapes.ts), or the same 3 digits without it, as
 * shapes.ts reads a labelled "Rev 450". Not procedure codes: the rules leave them alone. "9921"
 * (4 digits, no leading zero) is a truncated CPT code, not a revenue code.
 */
export function isRevenueLineCode(body: string): boolean {
  return isShape('revenue', body) || isShape('revenue', `0${body}`);
}

/** The day ICD-10-CM replaced ICD-9-CM for HIPAA transactions (45 CFR 162.1002). */
export const ICD10_START = '2015-10-01';

/** 0 -> "A": diagnosis letters as on the CMS-1500 (box 21). */
export function diagnosisLetter(index: number): string {
  return index >= 0 && index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}
