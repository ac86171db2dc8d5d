import { describe, expect, it } from 'vitest';
import { CARC_ENTRIES, GROUPS, RARC_ENTRIES, explainAdjustment, explainRemark, normaliseAdjustmentCode } from '@/lib/denials';
import type { PlaybookText } from './types';

const ALL = [...CARC_ENTRIES, ...RARC_ENTRIES];

// The codes the issue names, as group-code pairs or remark codes.
const REQUIRED_CARC = ['4', '11', '16', '18', '22', '27', '29', '45', '50', '96', '97', '109', '151', '167', '197', '204', '236', '252', '1', '2', '3', '23'];
const REQUIRED_RARC = ['N130', 'N290', 'M15', 'MA130'];

const TEMPLATE_IDS = ['medical-necessity', 'bundling-modifier', 'timely-filing', 'corrected-claim', 'retro-authorization',
  'duplicate-claim', 'coordination-of-benefits', 'underpayment', 'reconsideration', 'call-note'];

function texts(t: PlaybookText): string[] {
  return [t.title, t.explanation, ...t.steps];
}

describe('playbook coverage', () => {
  it('has at least 60 entries with unique codes per list', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CARC_ENTRIES.map((e) => e.code)).size).toBe(CARC_ENTRIES.length);
    expect(new Set(RARC_ENTRIES.map((e) => e.code)).size).toBe(RARC_ENTRIES.length);
  });

  it.each(REQUIRED_CARC)('explains CARC %s', (code) => {
    expect(explainAdjustment('CO', code).inPlaybook).toBe(true);
  });

  it.each(REQUIRED_RARC)('explains RARC %s', (code) => {
    expect(explainRemark(code).inPlaybook).toBe(true);
  });

  it('has English and French text for every entry, with the same number of steps', () => {
    for (const e of ALL) {
      for (const s of [...texts(e.en), ...texts(e.fr)]) expect(s.trim().length, `${e.list} ${e.code}`).toBeGreaterThan(2);
      expect(e.fr.steps.length, `${e.code} steps`).toBe(e.en.steps.length);
      expect(e.fr.explanation, `${e.code} fr`).not.toBe(e.en.explanation);
      expect(e.en.steps.length).toBeGreaterThan(0);
    }
  });

  it('names only known template ids and at least one next step', () => {
    for (const e of ALL) {
      if (e.template) expect(TEMPLATE_IDS).toContain(e.template);
      expect(e.actions.length).toBeGreaterThan(0);
    }
  });

  it('explains every group code in both languages', () => {
    expect(Object.keys(GROUPS).sort()).toEqual(['CO', 'CR', 'OA', 'PI', 'PR']);
    for (const g of Object.values(GROUPS)) expect(g.fr.explanation).not.toBe(g.en.explanation);
  });
});

describe('explain', () => {
  it('normalises codes as portals print them', () => {
    expect(normaliseAdjustmentCode(' co-045 ')).toBe('45');
    expect(normaliseAdjustmentCode('b7')).toBe('B7');
    expect(explainAdjustment('PR', '001')).toMatchObject({ inPlaybook: true, code: '1', group: { group: 'PR' } });
    expect(explainRemark(' ma130')).toMatchObject({ inPlaybook: true, code: 'MA130' });
  });

  it('says "not in playbook" without imported lists', () => {
    expect(explainAdjustment('OA', '288')).toEqual({ inPlaybook: false, code: '288', group: GROUPS.OA, official: null });
    expect(explainRemark('N999')).toEqual({ inPlaybook: false, code: 'N999', group: null, official: null });
  });
});
