import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from './builtins';
import type { Template } from './types';
import {
  LIMITS, checkTemplate, copyTemplate, deleteUserTemplate, exportTemplates, importTemplates, memoryTemplateStore,
  parseTemplateFile, saveUserTemplate, uniqueTemplateId, unknownVariables,
} from './user-templates';

const mine = (id: string, body = 'Hello {{payer}}'): Template => ({
  id, builtIn: false, name: { en: `Mine ${id}`, fr: '' }, body: { en: body, fr: '' }, denialCodes: ['CO-50'],
});
const file = (templates: unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: 'remit-ranger-templates', version: 1, templates, ...extra });

describe('export and import', () => {
  it('round-trips user templates and leaves built-ins out', () => {
    const json = exportTemplates([BUILT_IN_TEMPLATES[0]!, mine('a'), mine('b')], '2026-11-26T10:00:00Z');
    const parsed = parseTemplateFile(json);
    expect(parsed).toEqual({ ok: true, templates: [mine('a'), mine('b')], warnings: [] });
    expect(JSON.parse(json)).toMatchObject({ format: 'remit-ranger-templates', version: 1, exportedAt: '2026-11-26T10:00:00Z' });
  });

  it.each([
    ['not JSON', '{oops', 'templates.error.notJson'],
    ['another file', JSON.stringify({ hello: 1 }), 'templates.error.notTemplateFile'],
    ['a newer version', file([], { version: 2 }), 'templates.error.version'],
    ['a built-in id', file([{ ...mine('x'), id: 'medical-necessity' }]), 'templates.error.builtInId'],
    ['a bad id', file([{ ...mine('x'), id: 'Has Spaces' }]), 'templates.error.badId'],
    ['no body', file([{ ...mine('x'), body: { en: ' ', fr: '' } }]), 'templates.error.noBody'],
    ['no name', file([{ ...mine('x'), name: {} }]), 'templates.error.noName'],
    ['bad codes', file([{ ...mine('x'), denialCodes: ['fifty'] }]), 'templates.error.badCodes'],
    ['a repeated id', file([mine('x'), mine('x')]), 'templates.error.duplicateId'],
    ['a huge body', file([mine('x', 'a'.repeat(LIMITS.bodyChars + 1))]), 'templates.error.bodyTooLong'],
    ['a non-object', file([42]), 'templates.error.notObject'],
  ])('rejects %s with a clear message', (_what, json, key) => {
    const parsed = parseTemplateFile(json);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((e) => e.key)).toContain(key);
  });

  it('names the faulty template by its position', () => {
    const parsed = parseTemplateFile(file([mine('ok'), { ...mine('x'), body: 7 }]));
    expect(!parsed.ok && parsed.errors).toEqual([{ key: 'templates.error.noBody', params: { where: '#2' } }]);
  });

  it('imports nothing when one template is bad', async () => {
    const store = memoryTemplateStore([mine('keep')]);
    const result = await importTemplates(store, file([mine('new'), { ...mine('bad'), id: '' }]));
    expect(result.ok).toBe(false);
    expect((await store.list()).map((t) => t.id)).toEqual(['keep']);
  });

  it('adds new templates, replaces same-id ones, and warns about unknown variables', async () => {
    const store = memoryTemplateStore([mine('keep'), mine('same', 'old')]);
    const result = await importTemplates(store, file([mine('same', 'new {{mystery}}'), mine('fresh')]));
    expect(result).toMatchObject({ ok: true, added: 1, replaced: 1 });
    expect(result.ok && result.warnings).toEqual([{ key: 'templates.warning.unknownVariables', params: { where: '#1', names: 'mystery' } }]);
    const list = await store.list();
    expect(list.map((t) => [t.id, t.body.en])).toEqual([['keep', 'Hello {{payer}}'], ['same', 'new {{mystery}}'], ['fresh', 'Hello {{payer}}']]);
  });

  it('forces imported templates to be user templates and upper-cases codes', () => {
    const { template } = checkTemplate({ ...mine('x'), builtIn: true, denialCodes: ['co-50', '197'] }, '#1');
    expect(template).toMatchObject({ builtIn: false, denialCodes: ['CO-50', '197'] });
  });
});

describe('copy and save', () => {
  it('copies a built-in into a user template with a new id and name', () => {
    const source = BUILT_IN_TEMPLATES[0]!;
    const copy = copyTemplate(source, ['medical-necessity-copy']);
    // The copy answers no denial until the user lists some (then it is suggested before the built-in).
    expect(copy).toMatchObject({ id: 'medical-necessity-copy-2', builtIn: false, body: source.body, denialCodes: [] });
    expect(copy.name).toEqual({ en: 'Medical necessity appeal (CO-50) (copy)', fr: 'Appel – nécessité médicale (CO-50) (copie)' });
    copy.denialCodes.push('CO-1');
    expect(source.denialCodes).not.toContain('CO-1');
    const again = copyTemplate({ ...copy, denialCodes: ['CO-50'] }, []);
    expect(again.denialCodes).toEqual(['CO-50']);
  });

  it('makes ids from names, without accents, never a built-in id', () => {
    expect(uniqueTemplateId('Appel révisé n° 2', [])).toBe('appel-revise-n-2');
    expect(uniqueTemplateId('Call note', [])).toBe('call-note-2');
    expect(uniqueTemplateId('!!!', [])).toBe('template');
  });

  it('saves, replaces and deletes through the store', async () => {
    const store = memoryTemplateStore();
    expect(await saveUserTemplate(store, mine('a'))).toMatchObject({ ok: true });
    await saveUserTemplate(store, mine('a', 'changed'));
    await saveUserTemplate(store, mine('b'));
    expect((await store.list()).map((t) => t.body.en)).toEqual(['changed', 'Hello {{payer}}']);
    expect((await deleteUserTemplate(store, 'a')).map((t) => t.id)).toEqual(['b']);
  });

  it('refuses to save an invalid template or to overwrite a built-in', async () => {
    const store = memoryTemplateStore();
    expect(await saveUserTemplate(store, { ...mine('a'), body: { en: '', fr: '' } })).toMatchObject({ ok: false });
    expect(await saveUserTemplate(store, { ...BUILT_IN_TEMPLATES[1]!, builtIn: false })).toMatchObject({ ok: false });
    expect(await store.list()).toEqual([]);
  });

  it('lists unknown variables in either language', () => {
    expect(unknownVariables({ body: { en: '{{payer}} {{foo}}', fr: '{{#bar}}x{{/bar}}' } })).toEqual(['foo', 'bar']);
  });
});
