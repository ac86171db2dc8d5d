/**
 * The one entry point the content script, the CLI and the bench call: picks the adapter for the
 * page (else the generic extractor), never throws, and scores what it read.
 */
import { CLAIM_KEYS, emptyClaim, isClaimList, type Claim, type ClaimPageData } from '../claims/types';
import { extractGeneric } from './generic';
import { adapters } from './registry';
import type { AdapterOutput, ExtractionResult, PortalAdapter } from './types';

/** The adapter whose detect() accepts the page, or null for the generic extractor. */
export function pickAdapter(doc: Document, url: URL, list: readonly PortalAdapter[] = adapters): PortalAdapter | null {
  for (const adapter of list) {
    try {
      if (adapter.detect(doc, url)) return adapter;
    } catch {
      // A detect() that throws on a strange page simply does not claim it.
    }
  }
  return null;
}

// How much each field says "we read this claim": the claim number and lines matter most.
const WEIGHTS: [keyof Claim, number][] = [
  ['claimNumber', 0.3], ['lines', 0.2], ['serviceFrom', 0.1], ['billed', 0.1], ['memberId', 0.1],
  ['status', 0.05], ['patientName', 0.05], ['diagnoses', 0.05], ['paid', 0.05],
];
const LIST_WEIGHTS: [keyof Claim, number][] = [
  ['claimNumber', 0.5], ['serviceFrom', 0.15], ['billed', 0.15], ['status', 0.1], ['memberId', 0.1],
];

function has(claim: Claim, key: keyof Claim): boolean {
  const v = claim[key];
  return Array.isArray(v) ? v.length > 0 : v !== null;
}

function score(claim: Claim, weights: [keyof Claim, number][]): number {
  return weights.reduce((sum, [key, w]) => sum + (has(claim, key) ? w : 0), 0);
}

export function summarise(portal: string, out: AdapterOutput): ExtractionResult {
  const { page } = out;
  let confidence: number;
  let missing: string[];
  let found: boolean;
  if (isClaimList(page)) {
    found = page.claims.length > 0;
    confidence = found ? page.claims.reduce((s, c) => s + score(c, LIST_WEIGHTS), 0) / page.claims.length : 0;
    missing = CLAIM_KEYS.filter((k) => k !== 'portal' && !page.claims.some((c) => has(c, k)));
  } else {
    found = page.claimNumber !== null || page.lines.length > 0;
    confidence = found ? score(page, WEIGHTS) : 0;
    missing = CLAIM_KEYS.filter((k) => k !== 'portal' && !has(page, k));
  }
  return {
    portal,
    page,
    found,
    confidence: Math.round(confidence * 100) / 100,
    missing,
    provenance: out.provenance,
    unparsed: out.unparsed,
    warning: out.truncated ? 'The page is very large: only its first part was read.' : null,
    unsure: out.unsure ?? [],
  };
}

/** (document, url) -> claim page. Never throws: a failing adapter falls back to the generic extractor. */
export function extractClaimPage(doc: Document, url: URL | string, list: readonly PortalAdapter[] = adapters): ExtractionResult {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    u = new URL('about:blank');
  }
  const adapter = pickAdapter(doc, u, list);
  if (adapter) {
    try {
      return summarise(adapter.id, adapter.extract(doc, u));
    } catch (error) {
      const fallback = safeGeneric(doc, u);
      fallback.warning = `The ${adapter.name} reader failed (${String(error).slice(0, 120)}); the page was read generically.`;
      return fallback;
    }
  }
  return safeGeneric(doc, u);
}

function safeGeneric(doc: Document, url: URL): ExtractionResult {
  try {
    return summarise('generic', extractGeneric(doc, url, { portal: 'generic' }));
  } catch (error) {
    const page: ClaimPageData = emptyClaim('generic');
    return { ...summarise('generic', { page, provenance: [], unparsed: [], truncated: false }), warning: `The page could not be read (${String(error).slice(0, 120)}).` };
  }
}
