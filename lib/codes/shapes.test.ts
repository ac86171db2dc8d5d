import { describe, expect, it } from 'vitest';
import { cleanList, codeShapes, cptCategory, findCodeTokens, isShape, type ShapeSystem } from './shapes';

/** A small table of every shape, written by hand (no official file needed). */
const SYNTHETIC: [string, ShapeSystem, string][] = [
  ['K21.9', 'icd10cm', 'K21.9'],
  ['k219', 'icd10cm', 'K21.9'],
  ['S52.521A', 'icd10cm', 'S52.521A'],
  ['T81.4XXA', 'icd10cm', 'T81.4XXA'],
  ['QA00101', 'icd10cm', 'QA0.0101'],
  ['I10', 'icd10cm', 'I10'],
  ['250.00', 'icd9cm', '250.00'],
  ['V45.81', 'icd9cm', 'V45.81'],
  ['E849.0', 'icd9cm', 'E849.0'],
  ['J0696', 'hcpcs', 'J0696'],
  ['j-1100', 'hcpcs', 'J1100'],
  ['G0439', 'hcpcs', 'G0439'],
  ['99213', 'cpt', '99213'],
  ['3074F', 'cpt', '3074F'],
  ['0042T', 'cpt', '0042T'],
  ['0001U', 'cpt', '0001U'],
  ['0002M', 'cpt', '0002M'],
  ['D0120', 'cdt', 'D0120'],
  ['0450', 'revenue', '0450'],
  ['25', 'modifier', '25'],
  ['gp', 'modifier', 'GP'],
  ['XS', 'modifier', 'XS'],
  ['CO-50', 'carc', '50'],
  ['PR 3', 'carc', '3'],
  ['OA23', 'carc', '23'],
  ['197', 'carc', '197'],
  ['B7', 'carc', 'B7'],
  ['N130', 'rarc', 'N130'],
  ['MA130', 'rarc', 'MA130'],
  ['M76', 'rarc', 'M76'],
];

describe('code shapes (synthetic table)', () => {
  it.each(SYNTHETIC)('%s fits %s as %s', (input, system, display) => {
    const m = codeShapes(input).find((s) => s.system === system);
    expect(m?.code).toBe(display);
  });

  it('puts the likely system first', () => {
    expect(codeShapes('99213')[0]!.system).toBe('cpt');
    expect(codeShapes('99213').map((s) => s.system)).toContain('icd9cm');
    expect(codeShapes('J0696')[0]!.system).toBe('hcpcs');
    expect(codeShapes('N130').map((s) => s.system)).toEqual(['rarc', 'icd10cm']);
    expect(codeShapes('N13.0').map((s) => s.system)).toEqual(['icd10cm']);
    expect(codeShapes('M62').map((s) => s.system)).toEqual(['rarc', 'icd10cm']);
    expect(codeShapes('50').map((s) => s.system)).toEqual(['carc', 'modifier']);
    expect(codeShapes('CO-50').map((s) => s.system)).toEqual(['carc']);
  });

  it('refuses what is not a code', () => {
    for (const s of ['', 'hello', '1.5', 'K2.19', 'MA1', 'ZZ999999', 'E11.9.1', 'D123456789', '0']) expect(codeShapes(s).filter((m) => m.system !== 'modifier')).toEqual([]);
    expect(isShape('icd10cm', 'AB12')).toBe(false); // only QA0 has a letter in 2nd position
    expect(isShape('hcpcs', 'D0120')).toBe(false); // CDT, not HCPCS
    expect(isShape('carc', '050')).toBe(false);
  });

  it('names CPT categories', () => {
    expect(['99213', '3074F', '0042T', '0001U', '0002M'].map(cptCategory)).toEqual(['I', 'II', 'III', 'PLA', 'MAAA']);
  });
});

describe('code tokens in pasted text', () => {
  const find = (s: string) => findCodeTokens(s).map((t) => ({ code: t.shapes[0]?.code, system: t.shapes[0]?.system, mods: t.modifiers, units: t.units, group: t.group }));

  it('ignores labels before the code', () => {
    expect(find('ICD-10: K21.9')).toEqual([{ code: 'K21.9', system: 'icd10cm', mods: [], units: null, group: null }]);
    expect(find('ICD-10-CM code K21.9 (GERD)')).toMatchObject([{ code: 'K21.9' }]);
    expect(find('Dx #1: E11.65')).toMatchObject([{ code: 'E11.65' }]);
    expect(find('HCPCS J0696')).toMatchObject([{ code: 'J0696', system: 'hcpcs' }]);
    expect(find('Rev code 450')).toMatchObject([{ code: '0450', system: 'revenue' }]);
    expect(find('0450')).toMatchObject([{ code: '0450', system: 'revenue' }]);
  });

  it('attaches units and quantities', () => {
    expect(find('CPT 99213 x1')).toEqual([{ code: '99213', system: 'cpt', mods: [], units: 1, group: null }]);
    expect(find('J0696 4 units')).toMatchObject([{ code: 'J0696', units: 4 }]);
    expect(find('J0696 x 2')).toMatchObject([{ code: 'J0696', units: 2 }]);
    expect(find('J1885 qty 3')).toMatchObject([{ code: 'J1885', units: 3 }]);
  });

  it('attaches modifiers after a hyphen or a space', () => {
    expect(find('97110-GP')).toMatchObject([{ code: '97110', mods: ['GP'] }]);
    expect(find('11042-59')).toMatchObject([{ code: '11042', mods: ['59'] }]);
    expect(find('99213 25')).toMatchObject([{ code: '99213', mods: ['25'] }]);
    expect(find('20610-RT-59 x1')).toMatchObject([{ code: '20610', mods: ['RT', '59'], units: 1 }]);
    expect(find('99214 mod 25')).toMatchObject([{ code: '99214', mods: ['25'] }]);
  });

  it('splits several codes on commas, semicolons, spaces and new lines', () => {
    expect(find('M79.604; M25.561').map((t) => t.code)).toEqual(['M79.604', 'M25.561']);
    expect(find('E11.9, I10\nZ79.4 K21.9').map((t) => t.code)).toEqual(['E11.9', 'I10', 'Z79.4', 'K21.9']);
  });

  it('reads denial and remark codes', () => {
    expect(find('CO-50')).toMatchObject([{ code: '50', system: 'carc', group: 'CO' }]);
    expect(find('PR 3')).toMatchObject([{ code: '3', system: 'carc', group: 'PR' }]);
    expect(find('OA23')).toMatchObject([{ code: '23', group: 'OA' }]);
    expect(find('Denied CO 97 with N130 and M15').map((t) => t.code)).toEqual(['97', 'N130', 'M15']);
    expect(find('modifier 59')).toMatchObject([{ code: '59', system: 'modifier' }]);
    expect(find('mod 25')).toMatchObject([{ code: '25', system: 'modifier' }]);
  });

  it('does not read words and counts as codes', () => {
    expect(find('patient seen 3 times for RA')).toEqual([]);
    expect(find('type 2 diabetes')).toEqual([]);
    expect(find('ED visit')).toEqual([]);
    expect(find('low CO2')).toEqual([]);
  });

  it('copies back as a clean list', () => {
    expect(cleanList(findCodeTokens('CPT 99213-25 x1; Dx K21.9, CO 50'))).toBe('99213-25, K21.9, CO-50');
  });
});
