/**
 * The one entry point the content script, the CLI and the bench call: picks the adapter for the
 * page (else the generic extractor), never throws, and scores what it read.
 */
import { CLAIM_KEYS, emptyClaim, isClaimList, type Claim, type ClaimPageData } from '@/lib/claim/types';
import { extractGeneric } from './generic';
import { adapters } from './registry';
import type { AdapterOutput, ExtractionResult, PortalAdapter } from './types';
import type { ReaderHints } from '@/lib/reading/teach/mapping';

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

/**
 * (document, url) -> claim page. Never throws: a failing adapter falls back to the generic extractor.
 * `hints`: what the user taught the reader on this site (lib/reading/teach): extra label wording for
 * the generic reader, and fields the user marked "not on this page" (always left empty).
 */
export function extractClaimPage(doc: Document, url: URL | string, list: readonly PortalAdapter[] = adapters, hints: ReaderHints | null = null): ExtractionResult {
  return withoutAbsent(readPage(doc, url, list, hints), hints);
}

function readPage(doc: Document, url: URL | string, list: readonly PortalAdapter[], hints: ReaderHints | null): ExtractionResult {
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
      const fallback = safeGeneric(doc, u, hints);
      fallback.warning = `The ${adapter.name} reader failed (${String(error).slice(0, 120)}); the page was read generically.`;
      return fallback;
    }
  }
  return safeGeneric(doc, u, hints);
}

function safeGeneric(doc: Document, url: URL, hints: ReaderHints | null): ExtractionResult {
  try {
    return summarise('generic', extractGeneric(doc, url, { portal: 'generic', claimLabels: hints?.claimLabels, lineLabels: hints?.lineLabels }));
  } catch (error) {
    const page: ClaimPageData = emptyClaim('generic');
    return { ...summarise('generic', { page, provenance: [], unparsed: [], truncated: false }), warning: `The page could not be read (${String(error).slice(0, 120)}).` };
  }
}

/** Fields the user marked "not on this page" stay empty, whatever a label elsewhere seemed to say. */
function withoutAbsent(result: ExtractionResult, hints: ReaderHints | null): ExtractionResult {
  if (!hints?.absent.size || isClaimList(result.page)) return result;
  const page = result.page;
  const fields = page as unknown as Record<string, unknown>;
  const gone: string[] = [];
  for (const field of hints.absent) {
    if (field.startsWith('line.')) {
      const key = field.slice(5) as keyof Claim['lines'][number];
      page.lines.forEach((l, i) => {
        (l as unknown as Record<string, unknown>)[key] = Array.isArray(l[key]) ? [] : null;
        gone.push(`lines[${i}].${key}`);
      });
    } else {
      fields[field] = field === 'diagnoses' ? [] : null;
      gone.push(field);
    }
  }
  const dropped = (path: string) => gone.some((g) => path === g || path.startsWith(`${g}[`) || path.startsWith(`${g}.`));
  return {
    ...result,
    provenance: result.provenance.filter((p) => !dropped(p.path)),
    unsure: (result.unsure ?? []).filter((p) => !dropped(p)),
  };
}
