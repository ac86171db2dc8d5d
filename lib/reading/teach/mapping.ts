/**
 * What the user taught the reader on a site (issue 13): "the value of <field> is the one labelled
 * <label> on this portal", or "<field> is not on this page". Only label text and the kind of
 * structure are kept, never a value: labels are the portal's own wording ("Amt Pd to Prov"), and
 * `isSafeLabel` refuses anything shaped like data (digits, dates, money, codes, long text).
 */
import { cleanText, findIcd10Codes, parseDate, parseMoney } from '@/lib/reading/parse';
import { labelMap, normaliseLabel, type ClaimField, type LineField } from '@/lib/reading/portals/labels';

/** Claim-level fields and line columns the user can teach. */
export const TEACHABLE_CLAIM = [
  'payer', 'claimNumber', 'patientAccountNumber', 'memberId', 'patientName', 'patientDob', 'serviceFrom', 'serviceTo',
  'status', 'billed', 'allowed', 'paid', 'patientResponsibility', 'checkNumber', 'paidDate', 'diagnoses',
] as const satisfies readonly ClaimField[];
export const TEACHABLE_LINE = ['code', 'units', 'billed', 'allowed', 'paid', 'dxPointers', 'remarks'] as const satisfies readonly LineField[];

export type TeachableField = (typeof TEACHABLE_CLAIM)[number] | `line.${(typeof TEACHABLE_LINE)[number]}`;

/**
 * How the label relates to its value: `pair` (a label beside, above or before its value: dt/dd,
 * th/td, "Label:"), `column` (a table column's header), `absent` (the field is not on this page).
 */
export type TaughtStructure = 'pair' | 'column' | 'absent';

export interface TaughtField {
  field: TeachableField;
  /** The label as the portal prints it, cleaned; empty for `absent`. */
  label: string;
  structure: TaughtStructure;
  /** Day it was taught (YYYY-MM-DD), shown in options. */
  taughtOn: string;
}

/** Taught fields by site host ("provider.example.com"). */
export type SiteMappings = Record<string, TaughtField[]>;

export const TEACHABLE: readonly TeachableField[] = [...TEACHABLE_CLAIM, ...TEACHABLE_LINE.map((f) => `line.${f}` as const)];
export const MAX_PER_SITE = 60;
const MAX_SITES = 200;

/**
 * A label, never a value: short, at most two digits ("Modifier 1", "ICD-10 2"), not a date,
 * amount or diagnosis code, at most six words, and not equal to any value the reader saw on the
 * page (`pageValues`), so a name or an identifier picked by mistake is never stored.
 */
export function isSafeLabel(text: string, pageValues: readonly string[] = []): boolean {
  const s = cleanText(text);
  if (!s || s.length > 60 || s.split(' ').length > 6) return false;
  if ((s.match(/\d/g)?.length ?? 0) > 2) return false;
  if (parseDate(s) || parseMoney(s) !== null || findIcd10Codes(s).length) return false;
  if (!/\p{L}{2}/u.test(s)) return false;
  const lower = s.toLowerCase().replace(/:$/, '');
  return !pageValues.some((v) => {
    const value = cleanText(v).toLowerCase();
    return value.length > 1 && (lower.includes(value) || value.includes(lower));
  });
}

export function cleanLabel(text: string): string {
  return cleanText(text).replace(/\s*:\s*$/, '').slice(0, 60);
}

/** Adds or replaces the teaching of one field on a site; returns the new site list. */
export function teach(list: readonly TaughtField[], entry: TaughtField): TaughtField[] {
  const rest = list.filter((t) => t.field !== entry.field);
  return [...rest, entry].slice(-MAX_PER_SITE);
}

export function forget(list: readonly TaughtField[], field: TeachableField): TaughtField[] {
  return list.filter((t) => t.field !== field);
}

/** What the reader takes from a site's teaching: extra label wording, and fields to leave empty. */
export interface ReaderHints {
  claimLabels: Map<string, ClaimField | null>;
  lineLabels: Map<string, LineField | null>;
  absent: Set<TeachableField>;
}

export function readerHints(list: readonly TaughtField[] | undefined): ReaderHints | null {
  if (!list?.length) return null;
  const claim: Record<string, ClaimField | null> = {};
  const line: Record<string, LineField | null> = {};
  const absent = new Set<TeachableField>();
  for (const t of list) {
    if (t.structure === 'absent') absent.add(t.field);
    else if (t.field.startsWith('line.')) line[t.label] = t.field.slice(5) as LineField;
    else claim[t.label] = t.field as ClaimField;
  }
  return { claimLabels: labelMap(claim), lineLabels: labelMap(line), absent };
}

const STRUCTURES = new Set<TaughtStructure>(['pair', 'column', 'absent']);
const FIELDS = new Set<string>(TEACHABLE);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isTaughtField(v: unknown): v is TaughtField {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  if (Object.keys(o).some((k) => !['field', 'label', 'structure', 'taughtOn'].includes(k))) return false;
  return typeof o.field === 'string' && FIELDS.has(o.field)
    && typeof o.structure === 'string' && STRUCTURES.has(o.structure as TaughtStructure)
    && typeof o.label === 'string' && (o.structure === 'absent' ? o.label === '' : isSafeLabel(o.label))
    && typeof o.taughtOn === 'string' && DAY.test(o.taughtOn);
}

/** Stored mappings as read back from storage: anything malformed is dropped, never trusted. */
export function cleanMappings(v: unknown): SiteMappings {
  const out: SiteMappings = {};
  if (typeof v !== 'object' || v === null) return out;
  for (const [host, list] of Object.entries(v).slice(0, MAX_SITES)) {
    if (!/^[a-z0-9.-]{1,253}(?::\d{1,5})?$/i.test(host) || !Array.isArray(list)) continue;
    const good = list.filter(isTaughtField).slice(0, MAX_PER_SITE);
    if (good.length) out[host] = good;
  }
  return out;
}

/** The export file: labels and fields only, so it can be shared with colleagues on the same portal. */
export function exportMappings(all: SiteMappings): string {
  return `${JSON.stringify({ kind: 'remit-ranger.reader-mappings', version: 1, sites: cleanMappings(all) }, null, 2)}\n`;
}

/** The normalised form a label is compared in (for showing which taught label matched). */
export const labelKey = normaliseLabel;
