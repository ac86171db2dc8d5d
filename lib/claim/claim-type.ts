/**
 * Professional or institutional: the page may say so (claim.claimType), or show what only one of
 * the two forms carries: a type of bill or revenue codes (UB-04 / 837I), a place of service for the
 * whole claim (CMS-1500 / 837P box 24B). Null when nothing on the page tells.
 */
import type { Claim, ClaimType } from './types';

export function claimTypeOf(claim: Pick<Claim, 'lines'> & Partial<Pick<Claim, 'claimType' | 'typeOfBill' | 'placeOfService'>>): ClaimType | null {
  if (claim.claimType) return claim.claimType;
  if (claim.typeOfBill) return 'institutional';
  if (claim.lines.some((l) => l.revenueCode)) return 'institutional';
  if (claim.placeOfService) return 'professional';
  return null;
}

/** Type of bill as 3 digits ("0111" -> "111"), or null when absent or malformed. */
export function typeOfBillDigits(tob: string | null | undefined): string | null {
  const digits = (tob ?? '').replace(/\D/g, '');
  if (digits.length === 4 && digits.startsWith('0')) return digits.slice(1);
  return digits.length === 3 ? digits : null;
}

/**
 * Inpatient stays (TOB 11x hospital inpatient Part A, 12x inpatient Part B, 18x swing bed, 21x SNF
 * inpatient, 41x religious non-medical): the stay is coded once, with the codes in force on the
 * discharge (through) date.
 */
export function isInpatient(claim: Pick<Claim, 'lines'> & Partial<Pick<Claim, 'claimType' | 'typeOfBill'>>): boolean {
  const tob = typeOfBillDigits(claim.typeOfBill);
  return tob !== null && /^(11|12|18|21|41)/.test(tob);
}

/** The claim's frequency code: its own field, else the type of bill's 3rd digit. */
export function frequencyOf(claim: Partial<Pick<Claim, 'frequencyCode' | 'typeOfBill'>>): string | null {
  if (claim.frequencyCode) return claim.frequencyCode;
  const tob = typeOfBillDigits(claim.typeOfBill);
  return tob ? tob[2]! : null;
}
