import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from './builtins';
import { suggestTemplateId, templatesForDenialCode } from './suggest';
import type { Template } from './types';

const ids = (list: Template[]): string[] => list.map((t) => t.id);

describe('templatesForDenialCode', () => {
  it.each([
    ['CO-50', 'medical-necessity'], ['CO-97', 'bundling-modifier'], ['CO-29', 'timely-filing'], ['CO-16', 'corrected-claim'],
    ['CO-197', 'retro-authorization'], ['CO-18', 'duplicate-claim'], ['CO-22', 'coordination-of-benefits'],
  ])('%s -> %s', (code, id) => {
    expect(templatesForDenialCode(code, BUILT_IN_TEMPLATES)[0]?.id).toBe(id);
  });

  it('matches on the CARC whatever the group or spelling', () => {
    expect(ids(templatesForDenialCode('OA-22', BUILT_IN_TEMPLATES))).toEqual(['coordination-of-benefits']);
    expect(ids(templatesForDenialCode('co 97', BUILT_IN_TEMPLATES))).toEqual(['bundling-modifier']);
    expect(ids(templatesForDenialCode('197', BUILT_IN_TEMPLATES))).toEqual(['retro-authorization']);
  });

  it('puts an exact group match before a reason-only match', () => {
    const mine: Template = { id: 'my-oa-22', builtIn: false, name: { en: 'x', fr: '' }, body: { en: 'x', fr: '' }, denialCodes: ['OA-22'] };
    expect(ids(templatesForDenialCode('OA-22', [...BUILT_IN_TEMPLATES, mine]))).toEqual(['my-oa-22', 'coordination-of-benefits']);
    expect(ids(templatesForDenialCode('CO-22', [...BUILT_IN_TEMPLATES, mine]))).toEqual(['coordination-of-benefits', 'my-oa-22']);
  });

  it('finds nothing for routine or malformed codes', () => {
    expect(templatesForDenialCode('CO-45', BUILT_IN_TEMPLATES)).toEqual([]);
    expect(templatesForDenialCode('banana', BUILT_IN_TEMPLATES)).toEqual([]);
  });
});

describe('suggestTemplateId', () => {
  it('takes the first code that has a template', () => {
    expect(suggestTemplateId(['CO-45', 'CO-18', 'CO-50'], BUILT_IN_TEMPLATES)).toBe('duplicate-claim');
    expect(suggestTemplateId(['PR-1'], BUILT_IN_TEMPLATES)).toBeUndefined();
  });
});
