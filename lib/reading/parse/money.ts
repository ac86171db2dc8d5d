/**
 * Money as portals print it -> a number of dollars.
 * Seen: "$1,234.56", "1234.56", "USD 1,234.56", "(12.00)" and "-$12.00" (negatives, e.g. recoupments),
 * "$1,234.56 CR", bare "1229" (API JSON). Blank, "--" and "N/A" are null, not 0: ePACES leaves
 * "Paid Amount:" blank until the claim is finalized (portal-references.md §6).
 */
import { cleanText, isBlankValue } from './text';

// Groups: 1 "(", 2-4 leading minus, 5 whole, 6 cents, 7 trailing minus ("12.00-" on mainframe remits), 8 ")", 9 CR/DR.
const MONEY = /^(\()?\s*(-)?\s*(?:USD|US\$)?\s*(-)?\s*\$?\s*(-)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?(-)?\s*(?:USD)?\s*(\))?\s*(CR|DR)?$/i;

export function parseMoney(text: string | null | undefined): number | null {
  const s = cleanText(text);
  if (isBlankValue(s) || s.length > 40) return null;
  const m = MONEY.exec(s);
  if (!m) return null;
  const whole = m[5]!.replace(/,/g, '');
  const value = Number(whole + (m[6] ?? ''));
  if (!Number.isFinite(value)) return null;
  const parens = Boolean(m[1]) && Boolean(m[8]);
  if (Boolean(m[1]) !== Boolean(m[8])) return null;
  // "CR" on a remittance is a credit back to the payer: shown as a negative adjustment.
  const negative = parens || Boolean(m[2] || m[3] || m[4] || m[7]) || m[9]?.toUpperCase() === 'CR';
  return negative && value !== 0 ? -value : value;
}

/** The first money amount inside a longer text ("CO-45 $12.00" -> 12). */
export function findMoney(text: string): number | null {
  const m = /\(?-?\$?\s?-?\d{1,3}(?:,\d{3})*\.\d{2}\)?|\(?-?\$\s?-?\d[\d,]*(?:\.\d{1,2})?\)?/.exec(text);
  return m ? parseMoney(m[0]) : null;
}

/** Units / quantity: "1", "2.000", "1 UN". Not money: "$" rejects. */
export function parseQuantity(text: string | null | undefined): number | null {
  const s = cleanText(text);
  const m = /^(\d{1,5}(?:\.\d{1,3})?)(?:\s*(?:UN|MJ|units?|mins?|days?))?$/i.exec(s);
  if (!m) return null;
  return Number(m[1]);
}
