/**
 * eMedNY ePACES (New York Medicaid) "Claim Status Response Details": client ID and last name at the
 * top, "Claim Level Information" as "Label: value" rows, then line-level rows; an inquiry may
 * return up to 10 responses, and the page shows the selected one's lines
 * (portal-references.md §6, epaces.emedny.org help "Claim Status Response Details").
 */
import { cleanText, findStatusCategory } from '@/lib/reading/parse';
import { extractGeneric } from './generic';
import { hostIs, hasMarker } from './kit';
import { labelMap } from './labels';
import type { PortalAdapter } from './types';

const CLAIM_LABELS = labelMap({
  'Payer Claim Control #': 'claimNumber',
  'Payer Claim ID': 'claimNumber',
  'Last Name': 'patientName',
  'Client ID': 'memberId',
  'Remittance Trace #': 'checkNumber',
  'Remittance Date': 'paidDate',
  'Claim Level Status': 'status',
  'Status Effective Date': null,
  'Bill Type': null,
});

const LINE_LABELS = labelMap({
  'Line Item Control #': 'lineNumber',
  'Line Charge Amount': 'billed',
  'Line Paid Amount': 'paid',
  'Line Status': null,
});

/**
 * "F2 - Finalized/Denial-The claim/line has been denied. 65 - Claim/line has been paid." ->
 * "F2 - Finalized/Denial": the category code and its short name; the X12 sentence and the
 * 508 status code after it are dropped (the code's meaning is shown from our own tables).
 */
export function shortStatus(text: string): string {
  const s = cleanText(text);
  const code = findStatusCategory(s);
  if (!code) return s;
  const m = new RegExp(`\\b${code}\\s*[-:]?\\s*([A-Za-z/ ]+?)(?:-The\\b|\\.|\\s\\d|$)`).exec(s);
  return m ? `${code} - ${m[1]!.trim()}` : code;
}

export const epaces: PortalAdapter = {
  id: 'epaces',
  name: 'ePACES (NY Medicaid)',
  payer: 'New York State Medicaid',
  detect(doc, url) {
    return hostIs(url, ['epaces.emedny.org']) && hasMarker(doc, /claim status (?:response|activity)/i);
  },
  extract(doc, url) {
    return extractGeneric(doc, url, {
      portal: 'epaces',
      payer: 'New York State Medicaid',
      claimLabels: CLAIM_LABELS,
      lineLabels: LINE_LABELS,
      rewrite: { status: shortStatus },
    });
  },
};
