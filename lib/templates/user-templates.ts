/**
 * User templates: validation, JSON import/export, copying a built-in, and saving through an
 * injected store (the shell keeps them in `browser.storage.local`: a template body is not PHI
 * until it is filled with a claim).
 *
 * Errors and warnings are i18n keys with parameters, so the Templates tab shows them in the
 * user's language. An import is all or nothing: one bad template and nothing is saved.
 */
import { t, type MessageKey, type Params } from '@/lib/platform/i18n';
import { BUILT_IN_IDS } from './builtins';
import { variablesUsed } from './parse';
import type { LocalizedText, Template } from './types';
import { variableInfo } from './variables';

export const TEMPLATE_FILE_FORMAT = 'remit-ranger-templates';
export const TEMPLATE_FILE_VERSION = 1;

// Generous for letters, small enough that a wrong file (a database dump) is refused quickly.
export const LIMITS = { fileChars: 2_000_000, templates: 500, nameChars: 120, bodyChars: 20_000, codes: 40 } as const;

export interface Issue {
  key: MessageKey;
  params?: Params;
}

export interface UserTemplateStore {
  list(): Promise<Template[]>;
  /** Replaces the whole list in one write, so an import or an edit is never half saved. */
  saveAll(templates: Template[]): Promise<void>;
}

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const DENIAL_CODE = /^(?:(?:CO|PR|OA|PI|CR)-)?[A-Z]?\d{1,3}$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function readLocalized(x: unknown): LocalizedText | null {
  if (typeof x === 'string') return { en: x, fr: '' };
  if (!isRecord(x)) return null;
  const en = x.en ?? '';
  const fr = x.fr ?? '';
  return typeof en === 'string' && typeof fr === 'string' ? { en, fr } : null;
}

/** Checks one template (from a file or the editor). `where` names it in messages ("#3"). */
export function checkTemplate(x: unknown, where: string): { template: Template | null; errors: Issue[] } {
  const errors: Issue[] = [];
  const fail = (key: MessageKey, params: Params = {}): void => {
    errors.push({ key, params: { where, ...params } });
  };
  if (!isRecord(x)) {
    fail('templates.error.notObject');
    return { template: null, errors };
  }
  const id = x.id;
  if (typeof id !== 'string' || !ID.test(id)) fail('templates.error.badId');
  else if (BUILT_IN_IDS.includes(id)) fail('templates.error.builtInId', { id });
  const name = readLocalized(x.name);
  const body = readLocalized(x.body);
  if (!name || (name.en.trim() === '' && name.fr.trim() === '')) fail('templates.error.noName');
  else if (name.en.length > LIMITS.nameChars || name.fr.length > LIMITS.nameChars) fail('templates.error.nameTooLong', { max: LIMITS.nameChars });
  if (!body || (body.en.trim() === '' && body.fr.trim() === '')) fail('templates.error.noBody');
  else if (body.en.length > LIMITS.bodyChars || body.fr.length > LIMITS.bodyChars) fail('templates.error.bodyTooLong', { max: LIMITS.bodyChars });
  const codes = x.denialCodes ?? [];
  const codeList = Array.isArray(codes) ? codes : null;
  if (!codeList || codeList.length > LIMITS.codes || !codeList.every((c) => typeof c === 'string' && DENIAL_CODE.test(c.toUpperCase()))) {
    fail('templates.error.badCodes');
  }
  if (errors.length > 0 || !name || !body || !codeList) return { template: null, errors };
  return {
    template: {
      id: id as string,
      builtIn: false,
      name,
      body,
      denialCodes: (codeList as string[]).map((c) => c.toUpperCase()),
    },
    errors,
  };
}

/** Variables a body uses that no claim or setting can fill: worth a warning in the editor. */
export function unknownVariables(template: Pick<Template, 'body'>): string[] {
  const used = new Set([...variablesUsed(template.body.en), ...variablesUsed(template.body.fr)]);
  return [...used].filter((name) => !variableInfo(name));
}

export type ParseResult =
  | { ok: true; templates: Template[]; warnings: Issue[] }
  | { ok: false; errors: Issue[] };

/** Parses an exported file. Any error rejects the whole file. */
export function parseTemplateFile(json: string): ParseResult {
  if (json.length > LIMITS.fileChars) return { ok: false, errors: [{ key: 'templates.error.fileTooLarge' }] };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, errors: [{ key: 'templates.error.notJson' }] };
  }
  if (!isRecord(data) || data.format !== TEMPLATE_FILE_FORMAT || !Array.isArray(data.templates)) {
    return { ok: false, errors: [{ key: 'templates.error.notTemplateFile' }] };
  }
  if (data.version !== TEMPLATE_FILE_VERSION) {
    return { ok: false, errors: [{ key: 'templates.error.version', params: { version: String(data.version), supported: TEMPLATE_FILE_VERSION } }] };
  }
  if (data.templates.length > LIMITS.templates) {
    return { ok: false, errors: [{ key: 'templates.error.tooMany', params: { max: LIMITS.templates } }] };
  }
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const templates: Template[] = [];
  const seen = new Set<string>();
  data.templates.forEach((x, i) => {
    const where = `#${i + 1}`;
    const checked = checkTemplate(x, where);
    errors.push(...checked.errors);
    if (!checked.template) return;
    if (seen.has(checked.template.id)) {
      errors.push({ key: 'templates.error.duplicateId', params: { where, id: checked.template.id } });
      return;
    }
    seen.add(checked.template.id);
    templates.push(checked.template);
    const unknown = unknownVariables(checked.template);
    if (unknown.length > 0) warnings.push({ key: 'templates.warning.unknownVariables', params: { where, names: unknown.join(', ') } });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, templates, warnings };
}

/** The export file: user templates only (built-ins ship with the extension). */
export function exportTemplates(templates: readonly Template[], exportedAt: string): string {
  const mine = templates.filter((tpl) => !tpl.builtIn).map(({ id, name, body, denialCodes }) => ({ id, name, body, denialCodes }));
  return `${JSON.stringify({ format: TEMPLATE_FILE_FORMAT, version: TEMPLATE_FILE_VERSION, exportedAt, templates: mine }, null, 2)}\n`;
}

/** "Appel CO-50 (copie)" -> "appel-co-50-copie", unique among `taken` and the built-in ids. */
export function uniqueTemplateId(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken, ...BUILT_IN_IDS]);
  const slug = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70) || 'template';
  if (!used.has(slug)) return slug;
  for (let n = 2; ; n++) if (!used.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

/** A user-owned copy of any template: built-ins are never edited in place. */
export function copyTemplate(source: Template, taken: Iterable<string>): Template {
  return {
    id: uniqueTemplateId(`${source.id}-copy`, taken),
    builtIn: false,
    name: {
      en: source.name.en ? t('templates.copyName', { name: source.name.en }, 'en') : '',
      fr: source.name.fr ? t('templates.copyName', { name: source.name.fr }, 'fr') : '',
    },
    body: { ...source.body },
    // A user template listing a denial is suggested before the built-in letter; a copy of a built-in
    // starts with none, so copying a letter never silently takes over every denial the playbook sends to it.
    denialCodes: source.builtIn ? [] : [...source.denialCodes],
  };
}

export type SaveResult = { ok: true; templates: Template[] } | { ok: false; errors: Issue[] };

/** Validates and inserts or replaces one user template. */
export async function saveUserTemplate(store: UserTemplateStore, template: Template): Promise<SaveResult> {
  const { template: valid, errors } = checkTemplate(template, template.name.en || template.name.fr || template.id);
  if (!valid) return { ok: false, errors };
  const list = await store.list();
  const at = list.findIndex((x) => x.id === valid.id);
  const next = at >= 0 ? list.map((x, i) => (i === at ? valid : x)) : [...list, valid];
  await store.saveAll(next);
  return { ok: true, templates: next };
}

export async function deleteUserTemplate(store: UserTemplateStore, id: string): Promise<Template[]> {
  const next = (await store.list()).filter((x) => x.id !== id);
  await store.saveAll(next);
  return next;
}

export type ImportResult =
  | { ok: true; added: number; replaced: number; warnings: Issue[]; templates: Template[] }
  | { ok: false; errors: Issue[] };

/** Imports a file: same id replaces the user's template, new ids are added. All or nothing. */
export async function importTemplates(store: UserTemplateStore, json: string): Promise<ImportResult> {
  const parsed = parseTemplateFile(json);
  if (!parsed.ok) return parsed;
  const list = await store.list();
  const incoming = new Map(parsed.templates.map((x) => [x.id, x]));
  const replaced = list.filter((x) => incoming.has(x.id)).length;
  const next = [...list.map((x) => incoming.get(x.id) ?? x), ...parsed.templates.filter((x) => !list.some((y) => y.id === x.id))];
  await store.saveAll(next);
  return { ok: true, added: parsed.templates.length - replaced, replaced, warnings: parsed.warnings, templates: next };
}

/** A store in memory: for tests and for a shell that has not loaded storage yet. */
export function memoryTemplateStore(initial: Template[] = []): UserTemplateStore {
  let items = initial.map((x) => structuredClone(x));
  return {
    list: async () => items.map((x) => structuredClone(x)),
    saveAll: async (templates) => {
      items = templates.map((x) => structuredClone(x));
    },
  };
}
