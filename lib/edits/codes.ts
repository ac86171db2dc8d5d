/**
 * Compact forms of what the NCCI files carry: a 5-character HCPCS/CPT code as one integer (base 36,
 * fits 32 bits) and a date as a day number (days since 1970-01-01, fits 16 bits until 2149). The
 * stored tables are typed arrays of these, so a full quarter of PTP edits takes ~16 bytes a row.
 */

const CODE_SHAPE = /^[0-9A-Z]{5}$/;

/** "99213" → an integer; null when the text is not a 5-character HCPCS/CPT code. */
export function encodeCode(text: string): number | null {
  const code = text.trim().toUpperCase();
  if (!CODE_SHAPE.test(code)) return null;
  let n = 0;
  for (let i = 0; i < 5; i++) {
    const c = code.charCodeAt(i);
    n = n * 36 + (c <= 57 ? c - 48 : c - 55);
  }
  return n;
}

export function decodeCode(n: number): string {
  let out = '';
  for (let i = 0; i < 5; i++) {
    const d = n % 36;
    out = (d < 10 ? String.fromCharCode(48 + d) : String.fromCharCode(55 + d)) + out;
    n = Math.floor(n / 36);
  }
  return out;
}

/** Day number meaning "no deletion date" (the `*` of the PTP files). */
export const NO_DATE = 0xffff;

const DAY_MS = 86_400_000;

/** Day number of a calendar date; null when it is not one (or outside 1970–2148). */
export function dayOf(y: number, m: number, d: number): number | null {
  if (y < 1970 || y > 2148 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null; // 2025-02-30
  return Math.round(ms / DAY_MS);
}

const ymdCache = new Map<string, number | null>();

/** "20250101" → day number; null when not a real date. Memoised: a PTP file repeats a few thousand dates over millions of rows. */
export function dayFromYmd(text: string): number | null {
  let day = ymdCache.get(text);
  if (day !== undefined) return day;
  day = /^\d{8}$/.test(text) ? dayOf(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8))) : null;
  if (ymdCache.size < 50_000) ymdCache.set(text, day);
  return day;
}

/** "2025-01-01" → day number. */
export function dayFromIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Julian "2013001" (year + day of year, as the add-on code file writes its dates) → day number. */
export function dayFromJulian(text: string): number | null {
  if (!/^\d{7}$/.test(text)) return null;
  const year = Number(text.slice(0, 4));
  const doy = Number(text.slice(4));
  const first = dayOf(year, 1, 1);
  const last = dayOf(year, 12, 31);
  if (first === null || last === null || doy < 1 || first + doy - 1 > last) return null;
  return first + doy - 1;
}

/** "01/31/2025" → day number. */
export function dayFromUs(text: string): number | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return m ? dayOf(Number(m[3]), Number(m[1]), Number(m[2])) : null;
}

export function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** First day of the quarter after the one holding `day` (a quarterly file's coverage ends the day before). */
export function nextQuarterStart(day: number): number {
  const d = new Date(day * DAY_MS);
  const q = Math.floor(d.getUTCMonth() / 3);
  return Math.round(Date.UTC(d.getUTCFullYear(), (q + 1) * 3, 1) / DAY_MS);
}

/** First day of the quarter holding `day`. */
export function quarterStartOf(day: number): number {
  const d = new Date(day * DAY_MS);
  return Math.round(Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1) / DAY_MS);
}

/** "2025-07-01" → "2025 Q3". */
export function quarterLabel(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCFullYear()} Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}
