/**
 * UI strings in English and French.
 *
 * Not `browser.i18n`: it follows the browser's language only, and staff must be able to pick the
 * language in options. Each domain owns one catalog file in ./messages (so parallel work never
 * edits the same file); `catalogs.ts` lists them. A key missing in French falls back to English,
 * and a test fails the build when the two catalogs differ.
 */
import { catalogs, type MessageKey } from './catalogs';

export type { MessageKey };

export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];

export type Params = Record<string, string | number>;
export type Messages = Record<string, string>;
export interface Catalog {
  en: Messages;
  fr: Messages;
}

/**
 * French typography: a no-break space before ":" and inside « », a narrow no-break space before
 * ";", "!" and "?" (so a line never starts with the mark). Applied to our catalog text only, never
 * to the values put into it (page text, names), and not to the pieces of letters
 * (`templates.line.*`, `templates.format.*`): letters go into payers' systems, where plain spaces
 * are the safe choice.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+:(?=\s|$)/g, '\u00a0:')
    .replace(/[ \u00a0\u202f]*([;!?])(?=\s|$)/g, (_whole, mark: string) => `\u202f${mark}`)
    .replace(/«[ \u00a0]*/g, '«\u00a0')
    .replace(/[ \u00a0]*»/g, '\u00a0»');
}

const LETTER_PIECES = /^templates\.(?:line|format)\./;

const merged: Record<Locale, Messages> = { en: {}, fr: {} };
for (const catalog of catalogs) {
  Object.assign(merged.en, catalog.en);
  for (const [key, value] of Object.entries(catalog.fr)) merged.fr[key] = LETTER_PIECES.test(key) ? value : frenchSpacing(value);
}

let current: Locale = 'en';

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Picks the UI locale: the user's choice, else the browser's language, else English. */
export function resolveLocale(preference: string | null | undefined, browserLanguage: string | undefined): Locale {
  if (preference === 'en' || preference === 'fr') return preference;
  return browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * Translates `key`, replacing `{name}` placeholders with `params`. An unknown key returns the key
 * itself, so a missing string is visible in the UI and in tests instead of an empty label.
 */
export function t(key: MessageKey, params?: Params, locale: Locale = current): string {
  const template = merged[locale][pluralKey(key, params, locale)] ?? merged.en[pluralKey(key, params, 'en')] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Translates a key built from data at run time (a rule id, a field name, a note kind), which the
 * type checker cannot see: shows `fallback` when the catalog has no such key instead of the key.
 */
export function tOr(key: string, fallback: string, params?: Params, locale: Locale = current): string {
  return hasKey(key) ? t(key, params, locale) : fallback;
}

/**
 * Plurals: a key written without a plain form but with `.one` / `.other` forms ("claims.lines.caption.one":
 * "{count} service line") picks the form for `params.count` by the language's rules (French says
 * "0 ligne", "1 ligne", "2 lignes"; English "1 line", "0 lines").
 */
function pluralKey(key: string, params: Params | undefined, locale: Locale): string {
  if (key in merged[locale] || typeof params?.count !== 'number') return key;
  const form = `${key}.${plurals(locale).select(params.count)}`;
  return form in merged[locale] ? form : `${key}.other`;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
function plurals(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** Narrows a key built at run time ("tabs." + id) to a catalog key, plural forms included. */
export function hasKey(key: string): key is MessageKey {
  return Object.hasOwn(merged.en, key) || Object.hasOwn(merged.en, `${key}.other`);
}

/** For the catalog-completeness test. */
export function allMessages(): Readonly<Record<Locale, Messages>> {
  return merged;
}

/** Locale-aware formatting so dates and money read naturally in both languages. */
export function formatMoney(amount: number | null | undefined, locale: Locale = current): string {
  if (amount == null) return '—';
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-US', { style: 'currency', currency: 'USD' }).format(amount);
}

/**
 * ISO date "YYYY-MM-DD" -> the user's format: the browser's own region when it speaks the UI
 * language ("31/12/2026" for fr-FR, "31/12/2026" for en-GB), else the usual one for the language
 * ("12/31/2026" for English, "2026-12-31" as Canadian French writes it).
 */
export function formatDate(iso: string | null | undefined, locale: Locale = current): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return dateFormat(locale).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let f = dateFormats.get(locale);
  if (!f) {
    const browser = typeof navigator === 'undefined' ? '' : navigator.language ?? '';
    const tag = browser.toLowerCase().startsWith(`${locale}-`) ? browser : locale === 'fr' ? 'fr-CA' : 'en-US';
    // UTC both ways: a calendar day, never shifted by the time zone.
    f = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
    dateFormats.set(locale, f);
  }
  return f;
}
