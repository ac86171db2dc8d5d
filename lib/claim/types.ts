/**
 * The claim model shared by extraction (lib/portals), cross-checks (lib/checks),
 * notes (lib/notes) and templates (lib/templates).
 *
 * Shape and key names are fixed by the `extract` command's JSON contract: `null` where the page
 * does not show a value; ISO dates (YYYY-MM-DD); numbers for money; ICD-10-CM codes dotted and
 * upper-case; `dxPointers` 1-based (A=1, B=2 ...); `portal` is the adapter id or "generic".
 */

/** X12 claim adjustment group codes (CR was dropped in 5010 but still shows on old remits). */
export type AdjustmentGroup = 'CO' | 'PR' | 'OA' | 'PI' | 'CR';

export interface Adjustment {
  group: AdjustmentGroup | null;
  /** CARC as printed by X12: "45", "197", "B7", "A1"; no group prefix. */
  reason: string;
  amount: number | null;
}

export interface ServiceLine {
  /** CPT / HCPCS Level II code, upper-case, without modifiers ("99213", "J1100"); institutional lines may carry a revenue code here. */
  code: string | null;
  /** Up to 4 two-character modifiers, upper-case, in the order shown. */
  modifiers: string[];
  units: number | null;
  serviceDate: string | null;
  billed: number | null;
  allowed: number | null;
  paid: number | null;
  dxPointers: number[];
  adjustments: Adjustment[];
  /** RARC remark codes ("N130", "MA130", "M15"). */
  remarks: string[];
  /**
   * Institutional lines: the UB-04 revenue code (FL 42, "0450") when the page shows it in its own
   * column; `code` then holds the HCPCS (or null: a revenue code alone is a valid institutional line).
   */
  revenueCode?: string | null;
}

/** CMS-1500 / 837P (professional) or UB-04 / 837I (institutional): decides which edits apply. */
export type ClaimType = 'professional' | 'institutional';

/** Administrative sex as claim forms carry it (837 DMG03: F, M, U). */
export type PatientSex = 'F' | 'M' | 'U';

export interface Claim {
  portal: string;
  payer: string | null;
  claimNumber: string | null;
  patientAccountNumber: string | null;
  memberId: string | null;
  patientName: string | null;
  patientDob: string | null;
  serviceFrom: string | null;
  serviceTo: string | null;
  /** Status as the portal words it ("Denied", "Finalized/Denial"). */
  status: string | null;
  /** X12 claim status category code (list 507) when shown or derivable: "F1", "F2", "P1", "A2" ... */
  statusCategory: string | null;
  billed: number | null;
  allowed: number | null;
  paid: number | null;
  patientResponsibility: number | null;
  checkNumber: string | null;
  paidDate: string | null;
  /** Diagnosis codes in claim order (position 0 = A = primary). ICD-10-CM dotted upper-case. */
  diagnoses: string[];
  lines: ServiceLine[];
  // Optional fields, present only when the page shows them (older extract JSON has none of them).
  /** Professional or institutional, from the page (a type of bill or revenue codes mean institutional). */
  claimType?: ClaimType;
  /** UB-04 FL 4 type of bill, digits only without the leading zero ("111", "131", "137"). */
  typeOfBill?: string;
  /** Claim frequency code (TOB 3rd digit / CMS-1500 box 22): "1" original, "7" replacement, "8" void. */
  frequencyCode?: string;
  /** CMS place of service, two digits ("11", "22"), when the page shows one for the whole claim. */
  placeOfService?: string;
  patientSex?: PatientSex;
}

/** A results-list page: several claims, usually with few fields each. */
export interface ClaimList {
  claims: Claim[];
}

export type ClaimPageData = Claim | ClaimList;

export function isClaimList(page: ClaimPageData): page is ClaimList {
  return Array.isArray((page as ClaimList).claims);
}

/** Keys of a claim in the contract's order: used to build empty claims and to print JSON stably. */
export const CLAIM_KEYS = [
  'portal', 'payer', 'claimNumber', 'patientAccountNumber', 'memberId', 'patientName', 'patientDob',
  'serviceFrom', 'serviceTo', 'status', 'statusCategory', 'billed', 'allowed', 'paid',
  'patientResponsibility', 'checkNumber', 'paidDate', 'diagnoses', 'lines',
] as const satisfies readonly (keyof Claim)[];

export function emptyClaim(portal: string): Claim {
  return {
    portal, payer: null, claimNumber: null, patientAccountNumber: null, memberId: null,
    patientName: null, patientDob: null, serviceFrom: null, serviceTo: null, status: null,
    statusCategory: null, billed: null, allowed: null, paid: null, patientResponsibility: null,
    checkNumber: null, paidDate: null, diagnoses: [], lines: [],
  };
}
