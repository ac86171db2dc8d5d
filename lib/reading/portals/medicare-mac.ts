/**
 * Medicare Administrative Contractor portals (NGSConnex, myCGS, Noridian NMP, Novitasphere):
 * "Detailed Claim Status Information" pages with an ICN/DCN, the MBI, claim-level totals and
 * line items whose CARC/RARC codes sit in the line or in a detail row under it
 * (portal-references.md §5).
 */
import { extractGeneric } from './generic';
import { hostIs, hasMarker } from './kit';
import { labelMap } from './labels';
import type { PortalAdapter } from './types';

// Host -> contractor, so the payer reads "Medicare (CGS)" and deadlines can use Medicare rules.
const CONTRACTORS: [string, string][] = [
  ['ngsconnex.com', 'NGS'],
  ['ngsmedicare.com', 'NGS'],
  ['cgsmedicare.com', 'CGS'],
  ['noridianmedicareportal.com', 'Noridian'],
  ['noridianmedicare.com', 'Noridian'],
  ['novitasphere.com', 'Novitas'],
  ['novitas-solutions.com', 'Novitas'],
  ['wpsgha.com', 'WPS'],
  ['palmettogba.com', 'Palmetto GBA'],
];

const CLAIM_LABELS = labelMap({
  'Claim #': 'claimNumber',
  'Medicare ID': 'memberId',
  'PTAN': null,
  'Rendering NPI': null,
  'Billing NPI': null,
  'Referring NPI': null,
  'Claim Receipt Date': null,
  'Finalized Date': null,
  'Claim Finalization Date': null,
  'Total Deductible': 'deductible',
  'Provider Paid': 'paid',
  'Diagnosis Codes Submitted': 'diagnoses',
  'ADR Letter': null,
  'MSP Type': null,
});

const LINE_LABELS = labelMap({
  'Non-Covered Charges': null,
  'Non-Covered': null,
  'RA Reason Codes': 'reasonAndRemarks',
  'HCPCS/CPT': 'code',
});

function contractor(url: URL): string | null {
  return CONTRACTORS.find(([host]) => hostIs(url, [host]))?.[1] ?? null;
}

export const medicareMac: PortalAdapter = {
  id: 'medicare-mac',
  name: 'Medicare contractor portal',
  payer: 'Medicare',
  detect(doc, url) {
    return contractor(url) !== null && hasMarker(doc, /claim status|claim details|detailed claims? status information/i);
  },
  extract(doc, url) {
    const name = contractor(url);
    const payer = name ? `Medicare (${name})` : 'Medicare';
    return extractGeneric(doc, url, { portal: 'medicare-mac', payer, claimLabels: CLAIM_LABELS, lineLabels: LINE_LABELS });
  },
};
