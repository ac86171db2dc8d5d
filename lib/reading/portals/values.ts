/**
 * Claim-level values: validates what a label points at before it becomes a claim field, so page
 * noise (phone numbers, ZIP codes, "see attachment") never lands in the claim.
 */
import { cleanText, deriveStatusCategory, findIcd10Codes, findStatusCategory, isBlankValue, parseDate, parseDateRange, parseMoney } from '@/lib/reading/parse';
import type { Claim } from '@/lib/claim/types';
import { splitStatus } from '@/lib/reading/parse';
import type { ClaimField } from './labels';

const PHONE = /^\+?1?[\s.-]?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$/;
const ZIP = /^\d{5}(?:-\d{4})?$/;

/** A payer-assigned identifier: letters, digits, dashes; at least 3 digits; not a phone, a date or money. */
export function parseIdentifier(text: string, minDigits = 3): string | null {
  const s = cleanText(text);
  // "1234567 (ICN)" or "ABC123 - View claim": the identifier is the first token.
  const token = s.split(/\s+(?:[-–(]|view\b)|\s{2,}|\s\(/i)[0]?.trim() ?? '';
  if (!token || token.length > 40 || isBlankValue(token)) return null;
  if (PHONE.test(token) || /^\d{4}-\d{2}-\d{2}$/.test(token) || token.startsWith('$')) return null;
  if (!/^[A-Z0-9][A-Z0-9 -]*[A-Z0-9]$/i.test(token)) return null;
  if ((token.match(/\d/g)?.length ?? 0) < minDigits) return null;
  if (token.includes(' ') && !/^[A-Z0-9]+(?: [A-Z0-9]+){1,4}$/i.test(token)) return null;
  return token;
}

/**
 * A person's name exactly as the page displays it, even when it looks like markup ("<b>SMITH</b>"
 * stays text: it is never parsed). Digits mean an identifier or a date, not a name.
 */
export function parseName(text: string): string | null {
  const s = cleanText(text);
  if (!s || s.length > 80 || isBlankValue(s) || /\d/.test(s)) return null;
  if (!/\p{L}{2}/u.test(s)) return null;
  return s;
}

export function parseFreeText(text: string, max = 120): string | null {
  const s = cleanText(text);
  if (!s || isBlankValue(s) || s.length > max) return null;
  return s;
}

type Parsed = Partial<Claim> | null;

/** One contract key from one parser; null when the text is not a value of that field. */
function one<K extends keyof Claim>(key: K, parse: (text: string) => Claim[K] | null): (text: string) => Parsed {
  return (text) => {
    const v = parse(text);
    return v === null ? null : ({ [key]: v } as Partial<Claim>);
  };
}

const PARSERS: Partial<Record<ClaimField, (text: string) => Parsed>> = {
  claimNumber: one('claimNumber', (t) => {
    const v = parseIdentifier(t);
    return v && !ZIP.test(v) ? v : null;
  }),
  patientAccountNumber: one('patientAccountNumber', (t) => parseIdentifier(t, 1)),
  memberId: one('memberId', (t) => parseIdentifier(t, 1)),
  checkNumber: one('checkNumber', (t) => parseIdentifier(t, 1)),
  patientName: one('patientName', parseName),
  payer: one('payer', (t) => {
    const v = parseFreeText(t, 80);
    return v && !/\d{3}/.test(v) ? v : null;
  }),
  patientDob: one('patientDob', parseDate),
  paidDate: one('paidDate', parseDate),
  serviceFrom: one('serviceFrom', parseDate),
  serviceTo: one('serviceTo', parseDate),
  serviceRange: (t) => {
    const { from, to } = parseDateRange(t);
    return from ? { serviceFrom: from, serviceTo: to } : null;
  },
  status: (t) => {
    const { status, category } = splitStatus(parseFreeText(t));
    if (!status) return null;
    return category ? { status, statusCategory: category } : { status };
  },
  statusCategory: one('statusCategory', findStatusCategory),
  billed: one('billed', parseMoney),
  allowed: one('allowed', parseMoney),
  paid: one('paid', parseMoney),
  patientResponsibility: one('patientResponsibility', parseMoney),
  claimType: (t) => {
    const s = cleanText(t);
    const tob = parseTypeOfBill(s);
    if (tob) return { typeOfBill: tob };
    if (/^(professional|837p|cms-?1500|hcfa(-?1500)?)\b/i.test(s)) return { claimType: 'professional' };
    if (/^(institutional|837i|ub-?04|facility|inpatient|outpatient)\b/i.test(s)) return { claimType: 'institutional' };
    return null;
  },
  typeOfBill: (t) => {
    const tob = parseTypeOfBill(cleanText(t));
    return tob ? { typeOfBill: tob } : null;
  },
  // "7 - Replacement of prior claim": the digit is the code (CMS-1500 box 22, UB-04 TOB 3rd digit).
  frequencyCode: one('frequencyCode', (t) => /^([1-9])\b/.exec(cleanText(t))?.[1] ?? null),
  // "11 - Office" or "11": two digits (CMS Place of Service code set).
  placeOfService: one('placeOfService', (t) => {
    const m = /^(\d{1,2})\b/.exec(cleanText(t));
    return m ? m[1]!.padStart(2, '0') : null;
  }),
  patientSex: one('patientSex', (t) => {
    const s = cleanText(t).toLowerCase();
    if (s === 'f' || s === 'female') return 'F';
    if (s === 'm' || s === 'male') return 'M';
    if (s === 'u' || s === 'unknown') return 'U';
    return null;
  }),
  diagnoses: (t) => {
    const v = findIcd10Codes(t);
    return v.length ? { diagnoses: v } : null;
  },
};

/** UB-04 FL 4 type of bill: "0131" or "131" (facility, classification, frequency) -> "131". */
function parseTypeOfBill(s: string): string | null {
  const m = /^0?([1-9]\d[0-9A-Z])\b/.exec(s);
  return m && /^\d{3}$/.test(m[1]!) ? m[1]! : null;
}

/** What a claim field's value turned into: the fields to set, or null when the text is not a value of that field. */
export function claimFieldValue(field: ClaimField, text: string): Parsed {
  return PARSERS[field]?.(text) ?? null;
}

export { deriveStatusCategory };
