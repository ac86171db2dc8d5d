/**
 * Claim-level values: validates what a label points at before it becomes a claim field, so page
 * noise (phone numbers, ZIP codes, "see attachment") never lands in the claim.
 */
import { cleanText, deriveStatusCategory, findIcd10Codes, findStatusCategory, isBlankValue, parseDate, parseDateRange, parseMoney } from '../claims/parse';
import type { Claim } from '../claims/types';
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

export function parseName(text: string): string | null {
  const s = cleanText(text);
  if (!s || s.length > 80 || isBlankValue(s) || /\d/.test(s)) return null;
  if (!/^[\p{L}][\p{L} ,.'-]*$/u.test(s)) return null;
  return s;
}

export function parseFreeText(text: string, max = 120): string | null {
  const s = cleanText(text);
  if (!s || isBlankValue(s) || s.length > max) return null;
  return s;
}

/** What a claim field's value turned into: the fields to set, or null when the text is not a value of that field. */
export function claimFieldValue(field: ClaimField, text: string): Partial<Claim> | null {
  switch (field) {
    case 'claimNumber': {
      const v = parseIdentifier(text);
      return v && !ZIP.test(v) ? { claimNumber: v } : null;
    }
    case 'patientAccountNumber': {
      const v = parseIdentifier(text, 1);
      return v ? { patientAccountNumber: v } : null;
    }
    case 'memberId': {
      const v = parseIdentifier(text, 1);
      return v ? { memberId: v } : null;
    }
    case 'checkNumber': {
      const v = parseIdentifier(text, 1);
      return v ? { checkNumber: v } : null;
    }
    case 'patientName': {
      const v = parseName(text);
      return v ? { patientName: v } : null;
    }
    case 'payer': {
      const v = parseFreeText(text, 80);
      return v && !/\d{3}/.test(v) ? { payer: v } : null;
    }
    case 'patientDob': {
      const v = parseDate(text);
      return v ? { patientDob: v } : null;
    }
    case 'paidDate': {
      const v = parseDate(text);
      return v ? { paidDate: v } : null;
    }
    case 'serviceRange': {
      const { from, to } = parseDateRange(text);
      return from ? { serviceFrom: from, serviceTo: to } : null;
    }
    case 'serviceFrom': {
      const v = parseDate(text);
      return v ? { serviceFrom: v } : null;
    }
    case 'serviceTo': {
      const v = parseDate(text);
      return v ? { serviceTo: v } : null;
    }
    case 'status': {
      const v = parseFreeText(text);
      return v ? { status: v } : null;
    }
    case 'statusCategory': {
      const v = findStatusCategory(text);
      return v ? { statusCategory: v } : null;
    }
    case 'billed':
    case 'allowed':
    case 'paid':
    case 'patientResponsibility': {
      const v = parseMoney(text);
      return v === null ? null : { [field]: v };
    }
    case 'diagnoses': {
      const v = findIcd10Codes(text);
      return v.length ? { diagnoses: v } : null;
    }
    default:
      return null;
  }
}

export { deriveStatusCategory };
