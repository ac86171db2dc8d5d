/**
 * Calendar days as ISO strings ("YYYY-MM-DD"). Arithmetic runs in UTC so no time zone or
 * daylight-saving change ever shifts a day; "today" is the user's local calendar day.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A real calendar day in ISO form (2026-02-30 is not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

function toUtc(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes its last day
 * (2024-02-29 + 12 months = 2025-02-28; 2025-01-31 + 1 month = 2025-02-28).
 */
export function addMonths(iso: string, months: number): string {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  const total = +m[1]! * 12 + (+m[2]! - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(+m[3]!, lastDay)));
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Today as the user lives it (local calendar day, not UTC): a follow-up set "for tomorrow" at
 * 8 pm in California is due the next local morning, and a date of service is a local day too.
 */
export function localIsoDay(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
