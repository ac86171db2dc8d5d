/**
 * Practice settings (options page): who the letters come from. Not PHI. Checked when saved and
 * when read back from storage, so a damaged value never reaches a letter.
 */
import type { Issue } from './user-templates';
import type { PracticeSettings } from './types';

export const EMPTY_PRACTICE: PracticeSettings = { providerName: '', npi: '', taxId: '', address: '', phone: '', signature: '' };

/** Seconds before a copied letter holding PHI is cleared from the clipboard; 0 = do not clear. */
export const CLIPBOARD_CLEAR_DEFAULT_SECONDS = 60;
export const CLIPBOARD_CLEAR_MAX_SECONDS = 600;

/**
 * NPI check digit: Luhn (ISO/IEC 7812) over the 9 first digits prefixed with the card-issuer
 * prefix 80840, as CMS specifies in "Requirements for the NPI check digit".
 */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** An EIN is 9 digits, written 12-3456789; a sole practitioner may use an SSN, which we do not want stored. */
const EIN = /^\d{2}-?\d{7}$/;

const str = (x: unknown, max: number): string => (typeof x === 'string' ? x.slice(0, max) : '');

/** Reads stored settings leniently: unknown or wrong-typed fields become empty, never an error. */
export function readPracticeSettings(x: unknown): PracticeSettings {
  const r = typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {};
  return {
    providerName: str(r.providerName, 200),
    npi: str(r.npi, 20),
    taxId: str(r.taxId, 20),
    address: str(r.address, 500),
    phone: str(r.phone, 50),
    signature: str(r.signature, 1000),
  };
}

/** Problems to fix before saving (i18n keys). An empty optional field is fine. */
export function checkPracticeSettings(p: PracticeSettings): Issue[] {
  const issues: Issue[] = [];
  if (p.providerName.trim() === '') issues.push({ key: 'templates.practice.error.name' });
  const npi = p.npi.replace(/\s/g, '');
  if (npi !== '' && !isValidNpi(npi)) issues.push({ key: 'templates.practice.error.npi' });
  const taxId = (p.taxId ?? '').trim();
  if (taxId !== '' && !EIN.test(taxId)) issues.push({ key: 'templates.practice.error.taxId' });
  return issues;
}

/** Trims every field and writes an EIN as 12-3456789. */
export function normalizePracticeSettings(p: PracticeSettings): PracticeSettings {
  const taxId = (p.taxId ?? '').trim();
  const digits = taxId.replace(/-/g, '');
  return {
    providerName: p.providerName.trim(),
    npi: p.npi.replace(/\s/g, ''),
    taxId: /^\d{9}$/.test(digits) ? `${digits.slice(0, 2)}-${digits.slice(2)}` : taxId,
    address: (p.address ?? '').trim(),
    phone: (p.phone ?? '').trim(),
    signature: p.signature.replace(/\s+$/, ''),
  };
}

export function clampClipboardSeconds(x: unknown): number {
  const n = typeof x === 'number' && Number.isFinite(x) ? Math.round(x) : CLIPBOARD_CLEAR_DEFAULT_SECONDS;
  return Math.min(CLIPBOARD_CLEAR_MAX_SECONDS, Math.max(0, n));
}
