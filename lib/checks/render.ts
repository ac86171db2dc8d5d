/**
 * Renders finding texts. English is rendered at check time straight from our catalog (the CLI and
 * JSON output need it whether or not the catalog is registered); the UI re-renders in the user's
 * locale through `t()`.
 *
 * Param convention: a param named `<name>Key` holds a catalog key; it is rendered (with the same
 * params) and passed as `<name>`, so labels inside messages get translated too. An empty key gives
 * an empty string.
 */
import { getLocale, hasKey, t, type Locale } from '@/lib/platform/i18n';
import checksStrings from './strings';
import editsStrings from '@/lib/edits/strings';
import { formatDate } from '@/lib/platform/i18n';
import { playbookParams } from './rules/denial-playbook-text';
import type { Finding, FindingParams } from './types';

type Lookup = (key: string, params: FindingParams) => string;

/** Finding keys are data (`finding.messageKey`), so our own catalog is read by string key. */
const checks: Record<Locale, Record<string, string>> = checksStrings;
const edits: Record<Locale, Record<string, string>> = editsStrings;

function fill(template: string, params: FindingParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function catalogLookup(locale: Locale): Lookup {
  // NCCI edit findings keep their texts in the edits catalog (lib/edits owns them).
  return (key, params) => fill(checks[locale][key] ?? edits[locale][key] ?? checks.en[key] ?? edits.en[key] ?? key, params);
}

/** t() once the catalog is registered in lib/platform/i18n/catalogs.ts; our own catalog until then. */
function uiLookup(locale: Locale): Lookup {
  const own = catalogLookup(locale);
  return (key, params) => (hasKey(key) ? t(key, params, locale) : own(key, params));
}

function expandKeys(params: FindingParams, lookup: Lookup): FindingParams {
  // Two passes: a rendered label may itself use another label ("{remedy}" naming the "{level}").
  let out: FindingParams = { ...params };
  for (let pass = 0; pass < 2; pass++) {
    const next: FindingParams = { ...out };
    for (const [name, value] of Object.entries(params)) {
      if (name.endsWith('Key') && typeof value === 'string') {
        next[name.slice(0, -3)] = value ? lookup(value, out).trim() : '';
      }
    }
    out = next;
  }
  return out;
}

function renderWith(lookup: Lookup, key: string, params: FindingParams): string {
  return lookup(key, expandKeys(params, lookup)).replace(/\s+/g, ' ').trim();
}

/** English text for a new finding. */
export function renderEnglish(key: string, params: FindingParams): string {
  return renderWith(catalogLookup('en'), key, params);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A finding's message, fix and source in the UI locale. */
export function localizeFinding(finding: Finding, locale: Locale = getLocale()): { message: string; fix: string; source: string } {
  const lookup = uiLookup(locale);
  const raw = finding.rule === 'denial-playbook' ? { ...finding.params, ...playbookParams(finding.params, locale) } : finding.params;
  // Dates in the user's format, as everywhere else in the panel (params keep ISO for the CLI and JSON).
  const params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' && ISO_DAY.test(v) ? formatDate(v, locale) : v]));
  return {
    message: renderWith(lookup, finding.messageKey, params),
    fix: renderWith(lookup, finding.fixKey, params),
    source: finding.sourceKey ? renderWith(lookup, finding.sourceKey, params) : '',
  };
}

/** Any catalog string of ours in the UI locale (labels for where, templates, actions). */
export function checkText(key: string, params: FindingParams = {}, locale: Locale = getLocale()): string {
  return renderWith(uiLookup(locale), key, params);
}
