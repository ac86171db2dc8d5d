/**
 * Formats typed variable values in the letter's language, with optional filters
 * (`{{serviceFrom|long}}`, `{{billed|number}}`, `{{payer|upper}}`, `{{lines|codes}}`).
 *
 * Output is plain text for portal fields: the no-break spaces Intl puts in French numbers are
 * turned into ordinary spaces, since some portal fields count or reject them and they are invisible
 * when a specialist proofreads the letter.
 */
import { formatDate, formatMoney, t, type Locale } from '@/lib/platform/i18n';
import type { Adjustment, ServiceLine } from '@/lib/claim/types';
import type { VarValue } from './types';

const NBSP = /[\u00a0\u202f]/g;

function plainSpaces(s: string): string {
  return s.replace(NBSP, ' ');
}

export function money(amount: number, locale: Locale): string {
  return plainSpaces(formatMoney(amount, locale));
}

function moneyNumber(amount: number, locale: Locale): string {
  return plainSpaces(
    new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount),
  );
}

export function shortDate(iso: string, locale: Locale): string {
  return formatDate(iso, locale);
}

/** "November 26, 2026" / "26 novembre 2026". UTC so the day never shifts with the time zone. */
function longDate(iso: string, locale: Locale): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** One date when the service spans a single day (most professional claims), else "from to through". */
function dateRange(from: string, to: string | null, locale: Locale, one: (iso: string, locale: Locale) => string): string {
  if (!to || to === from) return one(from, locale);
  return t('templates.format.dateRange', { from: one(from, locale), to: one(to, locale) }, locale);
}

/** "CO-50" from a claim adjustment; a CARC with no group on the page stays bare ("50"). */
export function adjustmentCode(a: Adjustment): string {
  return a.group ? `${a.group}-${a.reason}` : a.reason;
}

/** "99213-25-59": the way claim forms and portals show a procedure with its modifiers. */
export function procedureWithModifiers(line: ServiceLine): string {
  const code = line.code ?? '?';
  return line.modifiers.length > 0 ? `${code}-${line.modifiers.join('-')}` : code;
}

/** One service line on one line of text: code + modifiers, DOS, units, billed, paid, adjustments, remarks. */
export function formatLine(line: ServiceLine, index: number, locale: Locale): string {
  const parts = [procedureWithModifiers(line)];
  if (line.serviceDate) parts.push(t('templates.line.dos', { date: shortDate(line.serviceDate, locale) }, locale));
  if (line.units != null) parts.push(t(line.units === 1 ? 'templates.line.unit' : 'templates.line.units', { units: line.units }, locale));
  if (line.billed != null) parts.push(t('templates.line.billed', { amount: money(line.billed, locale) }, locale));
  if (line.allowed != null) parts.push(t('templates.line.allowed', { amount: money(line.allowed, locale) }, locale));
  if (line.paid != null) parts.push(t('templates.line.paid', { amount: money(line.paid, locale) }, locale));
  if (line.adjustments.length > 0) {
    const adjustments = line.adjustments
      .map((a) => (a.amount != null ? `${adjustmentCode(a)} ${money(a.amount, locale)}` : adjustmentCode(a)))
      .join('; ');
    parts.push(t('templates.line.adjustments', { list: adjustments }, locale));
  }
  if (line.remarks.length > 0) parts.push(t('templates.line.remarks', { list: line.remarks.join(', ') }, locale));
  return `${t('templates.line.label', { n: index + 1 }, locale)} ${parts.join(', ')}`;
}

type Formatter = (value: VarValue, locale: Locale) => string | null;

/** Filters by value type. `default` is the unfiltered format. A filter missing for a type is an error. */
const FORMATS: Record<VarValue['type'], Record<string, Formatter>> = {
  text: {
    default: (v) => (v.type === 'text' ? v.value : null),
    upper: (v) => (v.type === 'text' ? v.value.toUpperCase() : null),
    lower: (v) => (v.type === 'text' ? v.value.toLowerCase() : null),
  },
  date: {
    default: (v, l) => (v.type === 'date' ? shortDate(v.iso, l) : null),
    short: (v, l) => (v.type === 'date' ? shortDate(v.iso, l) : null),
    long: (v, l) => (v.type === 'date' ? longDate(v.iso, l) : null),
    iso: (v) => (v.type === 'date' ? v.iso : null),
  },
  dateRange: {
    default: (v, l) => (v.type === 'dateRange' ? dateRange(v.from, v.to, l, shortDate) : null),
    long: (v, l) => (v.type === 'dateRange' ? dateRange(v.from, v.to, l, longDate) : null),
    iso: (v, l) => (v.type === 'dateRange' ? dateRange(v.from, v.to, l, (iso) => iso) : null),
  },
  money: {
    default: (v, l) => (v.type === 'money' ? money(v.amount, l) : null),
    number: (v, l) => (v.type === 'money' ? moneyNumber(v.amount, l) : null),
  },
  list: {
    default: (v) => (v.type === 'list' ? v.items.join(', ') : null),
    lines: (v) => (v.type === 'list' ? v.items.join('\n') : null),
  },
  lines: {
    default: (v, l) => (v.type === 'lines' ? v.lines.map((line, i) => formatLine(line, i, l)).join('\n') : null),
    codes: (v) => (v.type === 'lines' ? v.lines.map(procedureWithModifiers).join(', ') : null),
  },
};

/** Names of the filters a template author may use, for the editor's help text. */
export const FILTERS: Readonly<Record<VarValue['type'], readonly string[]>> = Object.fromEntries(
  Object.entries(FORMATS).map(([type, table]) => [type, Object.keys(table).filter((f) => f !== 'default')]),
) as Record<VarValue['type'], string[]>;

/** The formatted value, or `null` when the filter does not apply to this value's type. */
export function formatValue(value: VarValue, filter: string | undefined, locale: Locale): string | null {
  const table = FORMATS[value.type];
  const name = filter ?? 'default';
  // Own keys only: a filter named "constructor" must not reach Object.prototype.
  return Object.hasOwn(table, name) ? table[name]!(value, locale) : null;
}

/** True when a value would print as nothing (an empty name, no service lines): shown as missing. */
export function isEmptyValue(value: VarValue): boolean {
  switch (value.type) {
    case 'text': return value.value.trim() === '';
    case 'list': return value.items.length === 0;
    case 'lines': return value.lines.length === 0;
    default: return false;
  }
}
