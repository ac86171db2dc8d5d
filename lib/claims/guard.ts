/**
 * Validates a claim and an extraction result received from a content script. The page is
 * untrusted input: a hostile portal could shape our content script's output only through what the
 * extractor reads, but the receiver still checks types and bounds before anything renders it.
 */
import { isArrayOf, isBoolean, isNullable, isNumber, isRecord, isShortString, type Guard } from '../validate';
import { CLAIM_KEYS, type Adjustment, type Claim, type ServiceLine } from './types';
import type { ExtractionResult, Provenance } from '../portals/types';

const str = isShortString(500);
const optStr = isNullable(str);
const optNum = isNullable(isNumber);
const GROUPS = new Set(['CO', 'PR', 'OA', 'PI', 'CR']);

const isAdjustment: Guard<Adjustment> = (v): v is Adjustment =>
  isRecord(v) && (v.group === null || (typeof v.group === 'string' && GROUPS.has(v.group))) && isShortString(10)(v.reason) && optNum(v.amount);

const isLine: Guard<ServiceLine> = (v): v is ServiceLine =>
  isRecord(v) &&
  optStr(v.code) &&
  isArrayOf(isShortString(10), 8)(v.modifiers) &&
  optNum(v.units) &&
  optStr(v.serviceDate) &&
  optNum(v.billed) &&
  optNum(v.allowed) &&
  optNum(v.paid) &&
  isArrayOf(isNumber, 12)(v.dxPointers) &&
  isArrayOf(isAdjustment, 20)(v.adjustments) &&
  isArrayOf(isShortString(10), 20)(v.remarks);

const MONEY_KEYS = new Set(['billed', 'allowed', 'paid', 'patientResponsibility']);

export const isClaim: Guard<Claim> = (v): v is Claim => {
  if (!isRecord(v)) return false;
  for (const key of CLAIM_KEYS) {
    if (!(key in v)) return false;
    const value = v[key];
    if (key === 'diagnoses') {
      if (!isArrayOf(isShortString(10), 50)(value)) return false;
    } else if (key === 'lines') {
      // The extractor caps lines at 2,000 (lib/portals); anything larger did not come from it.
      if (!isArrayOf(isLine, 2000)(value)) return false;
    } else if (MONEY_KEYS.has(key)) {
      if (!optNum(value)) return false;
    } else if (!optStr(value)) return false;
  }
  return true;
};

const isProvenance: Guard<Provenance> = (v): v is Provenance =>
  isRecord(v) && isShortString(200)(v.path) && isShortString(2000)(v.selector) && isShortString(1000)(v.text) &&
  (v.confidence === undefined || (isNumber(v.confidence) && v.confidence >= 0 && v.confidence <= 1));

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
  isNullable(isShortString(1000))(v.warning) &&
  (v.unsure === undefined || isArrayOf(isShortString(200), 500)(v.unsure));
