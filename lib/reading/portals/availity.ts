/**
 * Availity Essentials claim status (Aetna, Humana, BCBS plans, Anthem ...): results list and claim
 * detail. The app renders inside an iframe under apps.availity.com, so the content script runs in
 * all frames and this adapter reads the frame's document (portal-references.md §1).
 */
import { cleanText } from '@/lib/reading/parse';
import { isClaimList } from '@/lib/claim/types';
import { textOf } from './dom';
import { extractGeneric } from './generic';
import { hostIs, hasMarker } from './kit';
import { labelMap } from './labels';
import type { PortalAdapter } from './types';

// Availity wording (BCBSTX "Claim Status Tool" guide; results columns from the public RPA page object).
const CLAIM_LABELS = labelMap({
  'Transaction ID': null, // Availity's id of the inquiry, not the payer's claim number
  Payee: null,
  'Finalized Date': null,
  'Receipt Date': null,
  'Processed Date': null,
  'Date Paid': 'paidDate',
  'Amount Paid': 'paid',
  'Total Patient Share': 'patientResponsibility',
  'Member Name': 'patientName',
});

const LINE_LABELS = labelMap({
  'Line-Item Processing Detail': null,
  'Amount Paid': 'paid',
});

export const availity: PortalAdapter = {
  id: 'availity',
  name: 'Availity Essentials',
  detect(doc, url) {
    return hostIs(url, ['availity.com']) && (/claim-?status/i.test(url.pathname) || hasMarker(doc, /claim status/i));
  },
  extract(doc, url) {
    // The payer picker (React-Select, id "payer") shows the payer the search ran against.
    const picker = doc.getElementById('payer');
    const payer = picker ? cleanText(textOf(picker, 80)) || null : null;
    const out = extractGeneric(doc, url, { portal: 'availity', payer, claimLabels: CLAIM_LABELS, lineLabels: LINE_LABELS });
    if (isClaimList(out.page)) for (const c of out.page.claims) c.payer ??= payer;
    return out;
  },
};
