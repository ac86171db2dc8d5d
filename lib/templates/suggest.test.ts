import { describe, expect, it } from 'vitest';
import { lookupCarc } from '@/lib/denials';
import { BUILT_IN_TEMPLATES } from './builtins';
import { letterForDenial, templatesForDenial } from './suggest';
import type { Template } from './types';

const ids = (list: Template[]): string[] => list.map((t) => t.id);
const denial = (code: string, remarks: string[] = []) => {
  const [group, reason] = code.includes('-') ? code.split('-') : [null, code];
  return { group: group as 'CO' | null, reason: reason!, remarks };
};
const mine = (id: string, denialCodes: string[]): Template => ({ id, builtIn: false, name: { en: id, fr: '' }, body: { en: 'x', fr: '' }, denialCodes });

describe('the letter for a denial (one mapping: the playbook)', () => {
  it.each([
    ['CO-50', 'medical-necessity'], ['CO-97', 'bundling-modifier'], ['CO-29', 'timely-filing'], ['CO-16', 'corrected-claim'],
    ['CO-197', 'retro-authorization'], ['CO-18', 'duplicate-claim'], ['CO-22', 'coordination-of-benefits'], ['CO-4', 'bundling-modifier'],
  ])('%s -> %s, as the playbook says', (code, id) => {
    expect(letterForDenial(denial(code), BUILT_IN_TEMPLATES)).toBe(id);
    expect(lookupCarc(code.slice(3))?.template).toBe(id);
  });

  it('the built-ins\' "denial codes it answers" are the playbook\'s, not a copy that can disagree', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      for (const code of t.denialCodes) expect(lookupCarc(code)?.template, `${t.id} ${code}`).toBe(t.id);
    }
    expect(BUILT_IN_TEMPLATES.find((t) => t.id === 'medical-necessity')!.denialCodes).toContain('50');
  });

  it('lets the remark decide for CO-16', () => {
    expect(letterForDenial(denial('CO-16', ['N4']), BUILT_IN_TEMPLATES)).toBe('coordination-of-benefits');
  });

  it('puts the user\'s own template listing the denial first, an exact group match before a code-only one', () => {
    const all = [...BUILT_IN_TEMPLATES, mine('my-22', ['22']), mine('my-oa-22', ['OA-22']), mine('other', ['CO-50'])];
    expect(ids(templatesForDenial(denial('OA-22'), all))).toEqual(['my-oa-22', 'my-22', 'coordination-of-benefits']);
    expect(ids(templatesForDenial(denial('CO-22'), all))).toEqual(['my-22', 'coordination-of-benefits']);
    expect(letterForDenial(denial('CO-50'), all)).toBe('other');
    expect(letterForDenial({ group: 'CO', reason: '050', remarks: [] }, all)).toBe('other');
  });

  it('finds nothing for routine or unknown codes', () => {
    expect(letterForDenial(denial('CO-45'), BUILT_IN_TEMPLATES)).toBeNull();
    expect(letterForDenial(denial('CO-999'), BUILT_IN_TEMPLATES)).toBeNull();
  });
});
