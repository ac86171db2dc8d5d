/**
 * Claim status text -> X12 claim status category code (code list 507) when the page shows one
 * ("F2 - Finalized/Denial", "Category: P1") or the wording makes it unambiguous.
 */
import { cleanText } from './text';

// X12 507: A0-A8, D0, E0-E4, F0-F4, P0-P5, R0-R16.
const CATEGORY = /(?:^|[\s(:])((?:A[0-8]|D0|E[0-4]|F[0-4]|P[0-5]|R1[0-6]|R\d))(?=$|[\s):,.-])/;

export function findStatusCategory(text: string | null | undefined): string | null {
  const m = CATEGORY.exec(cleanText(text).toUpperCase());
  return m ? m[1]! : null;
}

/**
 * Wording that maps to one category (ePACES / X12 507 descriptions): used only when no code is shown.
 * "Processed" alone is not mapped: it may mean paid or denied.
 */
const WORDS: [RegExp, string][] = [
  [/\bden(?:ied|ial)\b/i, 'F2'],
  [/\b(?:revised|adjusted|reprocessed)\b/i, 'F3'],
  [/^(?:partially\s+)?paid\b|\bfinali[sz]ed\b.*\b(?:partially\s+)?pa(?:id|yment)\b/i, 'F1'],
  [/\b(?:pend(?:ed|ing)?|in process|in review|suspended)\b/i, 'P1'],
  [/\brejected\b|\breturned\b/i, 'A3'],
  [/\b(?:acknowledg(?:ed|ement)|received)\b/i, 'A1'],
  [/^finali[sz]ed$/i, 'F0'],
];

export function deriveStatusCategory(status: string | null | undefined): string | null {
  const s = cleanText(status);
  if (!s) return null;
  const code = findStatusCategory(s);
  if (code) return code;
  for (const [re, category] of WORDS) if (re.test(s)) return category;
  return null;
}

const CODE = '(?:A[0-8]|D0|E[0-4]|F[0-4]|P[0-5]|R1[0-6]|R\\d)';
const CODE_FIRST = new RegExp(`^\\(?(${CODE})\\)?\\s*(?:[-–—:]\\s*)?(\\S.*)$`, 'i');
const CODE_LAST = new RegExp(`^(.*\\S)\\s*(?:\\(\\s*(${CODE})\\s*\\)|[-–—:]\\s*(${CODE}))$`, 'i');

/**
 * A status as the portal shows it, without its decoration: a category code printed before or
 * after the words ("F2 - Finalized/Denial", "Denied (F2)", "In Process - P1") becomes the
 * category, the words stay the status. Without a code the category is null: it is never derived
 * from the words (issue 13: "Processed" or "Finalized" do not say which category the payer meant).
 */
export function splitStatus(text: string | null | undefined): { status: string | null; category: string | null } {
  // Icons and marks drawn as text ("✔ Paid", "● Denied") are decoration, not wording.
  const s = cleanText(text).replace(/^[\p{So}•·●\s]+/u, '').replace(/[\p{So}•·●\s]+$/u, '');
  if (!s) return { status: null, category: null };
  const first = CODE_FIRST.exec(s);
  if (first && /[a-z]{3}/i.test(first[2]!)) return { status: first[2]!.trim(), category: first[1]!.toUpperCase() };
  const last = CODE_LAST.exec(s);
  if (last && /[a-z]{3}/i.test(last[1]!)) return { status: last[1]!.replace(/\s*[-–—:]$/, '').trim(), category: (last[2] ?? last[3])!.toUpperCase() };
  return { status: s, category: findStatusCategory(s) };
}
