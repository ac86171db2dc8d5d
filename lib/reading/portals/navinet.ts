/**
 * NaviNet Open claim status (BCBS Nebraska, AmeriHealth Caritas, Independence ...): "Claim Status
 * Details" with a colour status bar, a claim summary, an "Additional Details" box and service line
 * details at the bottom (portal-references.md §4). NaviNet serves many plans: the plan name comes
 * from the page header.
 */
import { cleanText } from '@/lib/reading/parse';
import { isClaimList } from '@/lib/claim/types';
import { splitStatus } from '@/lib/reading/parse';
import { newSelectorCache, selectorOf, textOf } from './dom';
import { extractGeneric } from './generic';
import { hostIs, hasMarker } from './kit';
import { labelMap, type LineField } from './labels';
import type { PortalAdapter } from './types';

const CLAIM_LABELS = labelMap({
  'Claim ID': 'claimNumber',
  'Total Charge': 'billed',
  'Paid by Plan': 'paid',
  'Payment Number': 'checkNumber',
  'Voucher Identifier': null,
  'Clearinghouse Trace Number': null, // the clearinghouse's id for the submission, not a payment
  'Bill Type': null,
  'Status Effective Date': null,
  'Billing Entity': null,
});

const LINE_LABELS = labelMap<LineField>({ 'Additional Payment Details': null });

export const navinet: PortalAdapter = {
  id: 'navinet',
  name: 'NaviNet Open',
  detect(doc, url) {
    return hostIs(url, ['navinet.net', 'navimedix.com']) && hasMarker(doc, /claim status details|claim details|claim status search results/i);
  },
  extract(doc, url) {
    // The plan switcher in NaviNet's header names the health plan the claim belongs to.
    const plan = doc.getElementById('plan-name') ?? doc.querySelector('[data-plan-name]');
    const payer = plan ? cleanText(textOf(plan, 80)) || null : null;
    const out = extractGeneric(doc, url, { portal: 'navinet', payer, claimLabels: CLAIM_LABELS, lineLabels: LINE_LABELS });
    // The colour status bar (green finalized, red denied, gray pended) carries the status word as text.
    const bar = doc.querySelector('.status-bar .status-text, [data-claim-status]');
    const page = out.page;
    if (bar && !isClaimList(page) && page.status === null) {
      // The bar shows the words (and sometimes the category code): never a category it does not show.
      const { status, category } = splitStatus(textOf(bar, 60));
      if (status) {
        page.status = status;
        page.statusCategory ??= category;
        out.provenance.push({ path: 'status', selector: selectorOf(bar, newSelectorCache()), text: status });
      }
    }
    return out;
  },
};
