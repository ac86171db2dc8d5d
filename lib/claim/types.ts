/**
 * The claim model shared by extraction (lib/portals), cross-checks (lib/claims/check),
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
}

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
