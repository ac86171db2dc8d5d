/**
 * Validates a claim received from a content script (lib/reading/result-guard.ts checks the
 * extraction result around it). The page is
 * untrusted input: a hostile portal could shape our content script's output only through what the
 * extractor reads, but the receiver still checks types and bounds before anything renders it.
 */
import { isArrayOf, isNullable, isNumber, isRecord, isShortString, type Guard } from '@/lib/platform/validate';
import { CLAIM_KEYS, type Adjustment, type Claim, type ServiceLine } from './types';

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
  isArrayOf(isShortString(10), 20)(v.remarks) &&
  (v.revenueCode === undefined || isNullable(isShortString(10))(v.revenueCode));

const isOptional = <T>(guard: Guard<T>) => (v: unknown): boolean => v === undefined || guard(v);
const matches = (re: RegExp) => (v: unknown): v is string => typeof v === 'string' && re.test(v);

/** Optional claim fields (issue 12): absent on older extract JSON, checked when present. */
const OPTIONAL_CLAIM_FIELDS: Record<string, (v: unknown) => boolean> = {
  claimType: isOptional((v): v is string => v === 'professional' || v === 'institutional'),
  typeOfBill: isOptional(matches(/^\d{3,4}$/)),
  frequencyCode: isOptional(matches(/^\d$/)),
  placeOfService: isOptional(matches(/^\d{2}$/)),
  patientSex: isOptional((v): v is string => v === 'F' || v === 'M' || v === 'U'),
};

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
  for (const [key, check] of Object.entries(OPTIONAL_CLAIM_FIELDS)) if (!check(v[key])) return false;
  return true;
};
