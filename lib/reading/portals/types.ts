/**
 * What extraction returns: the claim page in the `extract` JSON contract plus how sure it is and
 * where each value came from. JSON-serialisable: the content script posts it to the extension.
 */
import type { ClaimPageData } from '@/lib/claim/types';

/** Where one value came from: `path` is a contract path ("claimNumber", "lines[2].code"). */
export interface Provenance {
  path: string;
  /** CSS selector of the element inside the frame's document (from an id or an nth-of-type path). */
  selector: string;
  /** The text read there (trimmed, at most 200 characters). */
  text: string;
  /** 0..1, how sure the reader is of this value (lib/reading/portals/record.ts); absent on adapters' own additions. */
  confidence?: number;
}

export interface ExtractionResult {
  /** Adapter id, or "generic". */
  portal: string;
  page: ClaimPageData;
  /** True when a claim number, a service line or a results list was read. */
  found: boolean;
  /** 0..1: share of the key fields (claim number, lines, dates, amounts, member) that were read. */
  confidence: number;
  /** Contract keys the page did not show (or that could not be read), e.g. ["allowed", "checkNumber"]. */
  missing: string[];
  provenance: Provenance[];
  /** Labels that were found but whose value could not be read (e.g. "Billed: see attachment"). */
  unparsed: Provenance[];
  /** Set when extraction stopped early (element budget reached) or failed; the page is then partial. */
  warning: string | null;
  /**
   * Contract paths read with low confidence ("billed", "lines[1].paid", "diagnoses"): shown as
   * "not sure" and treated as unknown by the checks (issue 13).
   */
  unsure?: string[];
}

/** What an adapter returns; `extractClaimPage` adds confidence, missing and the safety net. */
export interface AdapterOutput {
  page: ClaimPageData;
  provenance: Provenance[];
  unparsed: Provenance[];
  truncated: boolean;
  /** Unsure contract paths (see ExtractionResult.unsure). */
  unsure?: string[];
}

export interface PortalAdapter {
  /** Stable id: also the file name and the fixture folder name. */
  id: string;
  name: string;
  payer?: string;
  /** Cheap: host and a DOM marker. Must never throw. */
  detect(doc: Document, url: URL): boolean;
  extract(doc: Document, url: URL): AdapterOutput;
}
