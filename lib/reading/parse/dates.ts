/**
 * Dates as portals print them -> ISO "YYYY-MM-DD".
 * Seen: MM/DD/YYYY (most portals), M/D/YYYY (Availity lists), MM/DD/CCYY (myCGS), M/D/YY,
 * MM-DD-YYYY, ISO, CCYYMMDD (X12 / API JSON), "Nov 3, 2026", "03-Nov-2026".
 * See shared/docs/portal-references.md §8 "Dates".
 */
import { cleanText } from './text';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Two-digit years: 00-49 -> 20xx, 50-99 -> 19xx. Portals print 2-digit years mostly for service
 * dates (recent) and rarely for birth dates; a fixed pivot keeps the parser pure.
 * TODO(2026-11-26): revisit the pivot before 2049.
 */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

// One date somewhere in a string. Order matters: ISO before US so "2026-01-02" is not read as US.
const DATE_PATTERNS: { re: RegExp; build: (m: RegExpExecArray) => string | null }[] = [
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+Z?)?\b/g, build: (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])) },
  { re: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g, build: (m) => iso(fullYear(m[3]!), Number(m[1]), Number(m[2])) },
  {
    re: /\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/gi,
    build: (m) => iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2])),
  },
  {
    re: /\b(\d{1,2})[\s-](jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?[\s-](\d{4}|\d{2})\b/gi,
    build: (m) => iso(fullYear(m[3]!), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1])),
  },
  // CCYYMMDD / MMDDCCYY only when the whole token is 8 digits (X12 and NGSConnex DOB "MMDDYYYY").
  {
    re: /(?<![\d$.,])(\d{8})(?![\d.,])/g,
    build: (m) => {
      const s = m[1]!;
      return iso(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)))
        ?? iso(Number(s.slice(4, 8)), Number(s.slice(0, 2)), Number(s.slice(2, 4)));
    },
  },
];

interface Found { index: number; iso: string }

/** Every date in the text, in reading order (bounded: portals show at most a few per value). */
export function findDates(text: string, max = 4): Found[] {
  const s = cleanText(text).slice(0, 200);
  const found: Found[] = [];
  const taken: [number, number][] = [];
  for (const { re, build } of DATE_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) && found.length < max) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const value = build(m);
      if (value) {
        found.push({ index: start, iso: value });
        taken.push([start, end]);
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  return findDates(text, 1)[0]?.iso ?? null;
}

/**
 * "01/02/2026 - 01/05/2026", "01/02/2026 to 01/05/2026", "01/02/2026 through 01/05/2026",
 * two lines, or one date (from = to). Returns nulls when no date is in the text.
 */
export function parseDateRange(text: string | null | undefined): { from: string | null; to: string | null } {
  const dates = text ? findDates(text, 2) : [];
  const from = dates[0]?.iso ?? null;
  const to = dates[1]?.iso ?? from;
  return { from, to };
}
