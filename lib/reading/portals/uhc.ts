/**
 * UnitedHealthcare Provider Portal claim details ("Claims & Payments" > claim search > claim).
 * No public labels exist for the detail page (portal-references.md §2): the fixture models the
 * wording UHC uses in its help pages and letters; the adapter adds the payer and UHC's own ids.
 */
import { extractGeneric } from './generic';
import { hostIs, hasMarker } from './kit';
import { labelMap } from './labels';
import type { PortalAdapter } from './types';

const CLAIM_LABELS = labelMap({
  'Reference #': null, // a reconsideration ticket, not the claim
  'Tracking ID': null,
  'Group #': null,
  'Group Number': null,
  'Optum Pay Check/EFT #': 'checkNumber',
  'Check/EFT Date': 'paidDate',
  'Member Responsibility': 'patientResponsibility',
  'Claim Received': null,
});

export const uhc: PortalAdapter = {
  id: 'uhc',
  name: 'UnitedHealthcare Provider Portal',
  payer: 'UnitedHealthcare',
  detect(doc, url) {
    return hostIs(url, ['uhcprovider.com', 'unitedhealthcareonline.com']) && hasMarker(doc, /claim details|claim summary|act on a claim/i);
  },
  extract(doc, url) {
    return extractGeneric(doc, url, { portal: 'uhc', payer: 'UnitedHealthcare', claimLabels: CLAIM_LABELS });
  },
};
