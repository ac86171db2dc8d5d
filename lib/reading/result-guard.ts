/**
 * Validates an extraction result received from a content script: the page is untrusted input, so
 * the receiver checks types and bounds before anything renders it.
 */
import { isClaim } from '@/lib/claim/guard';
import { isArrayOf, isBoolean, isNullable, isNumber, isRecord, isShortString, type Guard } from '@/lib/platform/validate';
import type { ExtractionResult, Provenance } from './portals/types';

const isProvenance: Guard<Provenance> = (v): v is Provenance =>
  isRecord(v) && isShortString(200)(v.path) && isShortString(2000)(v.selector) && isShortString(1000)(v.text);

const isPage = (v: unknown): boolean =>
  isClaim(v) || (isRecord(v) && Object.keys(v).length === 1 && isArrayOf(isClaim, 500)(v.claims));

export const isExtractionResult: Guard<ExtractionResult> = (v): v is ExtractionResult =>
  isRecord(v) &&
  isShortString(50)(v.portal) &&
  isPage(v.page) &&
  isBoolean(v.found) &&
  isNumber(v.confidence) &&
  v.confidence >= 0 &&
  v.confidence <= 1 &&
  isArrayOf(isShortString(50), 50)(v.missing) &&
  isArrayOf(isProvenance, 20_000)(v.provenance) &&
  isArrayOf(isProvenance, 1000)(v.unparsed) &&
  isNullable(isShortString(1000))(v.warning);
