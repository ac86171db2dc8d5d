/**
 * Against the tables generated from the real CMS/CDC files, and the FY2026 order file itself (the
 * "official" project, whose setup builds the tables).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedTables } from './load';
import { GENERATED_DIR, loadTablesFromDir } from './node';
import { officialText } from '@/test/support/codes/official';
import { parseOrderFile } from './parse/order-file';
import { displayCode } from './normalize';

let t: LoadedTables;

describe('code tables (generated from the official files)', () => {
  beforeAll(async () => {
    t = await loadTablesFromDir();
  });

  describe('validity by date of service', () => {
    it('a code deleted at FY2026 is not valid for a 2026 date, with its replacements', () => {
      // B88.0 was billable in FY2025 and is a header (children added) in FY2026.
      expect(t.validity('icd10cm', 'B88.0', '2026-02-01').status).toBe('header');
      expect(t.validity('icd10cm', 'B880', '2025-02-01').status).toBe('valid');
      // A code that left at FY2025 (rebuilt from the FY2025 addenda) answers as deleted Oct 1 2024.
      const code = Object.keys(t.core.header.replacements).find((c) => {
        const id = t.core.find('icd10cm', c);
        return t.core.inRelease(id, 0) && !t.core.inRelease(id, 1) && t.core.header.replacements[c]!.length > 0;
      })!;
      const gone = t.validity('icd10cm', code, '2025-02-01');
      expect(gone).toMatchObject({ status: 'deleted', deletedOn: '2024-10-01', release: 'icd10cm-fy2025' });
      expect(gone.status === 'deleted' && gone.replacements.length).toBeGreaterThan(0);
    });
    it('finds every code deleted at FY2026 deleted on Oct 1 2025', () => {
      const deleted = Object.keys(t.core.header.replacements).filter((c) => {
        const id = t.core.find('icd10cm', c);
        return t.core.inRelease(id, 1) && !t.core.inRelease(id, 2);
      });
      expect(deleted.length).toBeGreaterThan(0);
      for (const c of deleted) {
        expect(t.validity('icd10cm', c, '2026-03-01')).toMatchObject({ status: 'deleted', deletedOn: '2025-10-01' });
        expect(['valid', 'header']).toContain(t.validity('icd10cm', c, '2025-03-01').status);
      }
    });
    it('a code added at FY2026 is not valid for a 2025 date', () => {
      expect(t.validity('icd10cm', 'B88.01', '2025-09-30')).toEqual({ status: 'not-yet-valid', effectiveFrom: '2025-10-01', release: 'icd10cm-fy2026' });
      expect(t.validity('icd10cm', 'B88.01', '2025-10-01').status).toBe('valid');
    });
    it('answers FY2027 dates from FY2026 with a caveat, and pre-ICD-10 dates as out of range', () => {
      const v = t.validity('icd10cm', 'E11.9', '2026-11-26');
      expect(v.status).toBe('valid');
      expect(v.status === 'valid' && v.caveat).toMatch(/FY2026/);
      expect(t.validity('icd10cm', 'E11.9', '2015-09-30').status).toBe('out-of-range');
    });
    it('ICD-9 codes are replaced on Oct 1 2015, with GEMs targets', () => {
      expect(t.validity('icd9cm', '250.00', '2015-09-30').status).toBe('valid');
      const v = t.validity('icd9cm', '250.00', '2015-10-01');
      expect(v.status === 'deleted' && v.replacements).toContain('E11.9');
    });
    it('HCPCS termination dates', () => {
      expect(t.validity('hcpcs', 'A4397', '2021-12-31').status).toBe('valid');
      expect(t.validity('hcpcs', 'A4397', '2022-01-01')).toMatchObject({ status: 'terminated', terminatedOn: '2022-01-01' });
      expect(t.validity('hcpcs', 'J1100', '2025-02-01')).toEqual({ status: 'valid', release: 'hcpcs-2025-jan' });
    });
  });

  describe('lookup', () => {
    it.each(['e119', 'E11.9', 'E119', ' e11.9 ', 'E-11-9'])('%s answers E11.9 first', (q) => {
      expect(t.search(q)[0]).toMatchObject({ code: 'E11.9', score: 0, matchedBy: 'code' });
    });
    it('S52521A and j-1100', () => {
      expect(t.search('S52521A')[0]!.code).toBe('S52.521A');
      expect(t.search('j-1100')[0]).toMatchObject({ system: 'hcpcs', code: 'J1100' });
      expect(t.identify('J11.00')[0]).toMatchObject({ system: 'icd10cm', code: 'J11.00' });
    });
    it('E11. lists its children; a header offers its billable descendants', () => {
      const r = t.search('E11.', { limit: 12 });
      expect(r[0]!.code).toBe('E11');
      // Its children come next (billable ones first), before any deeper code.
      const kids = t.children('E11').map((e) => e.code);
      expect(kids.length).toBeGreaterThan(5);
      expect(r.slice(1, 1 + Math.min(kids.length, 11)).every((x) => kids.includes(x.code))).toBe(true);
      expect(t.get('icd10cm', 'E11')!.billable).toBe(false);
      expect(t.billableDescendants('E11.2').map((e) => e.code)).toEqual(['E11.21', 'E11.22', 'E11.29']);
      expect(t.ancestors('E11.21').map((e) => e.code)).toEqual(['E11', 'E11.2']);
    });
    it('CPT shapes are named by section without AMA text', () => {
      expect(t.search('99213')[0]).toMatchObject({ system: 'cpt', code: '99213' });
      expect(t.get('cpt', '99213')!.title).toMatch(/office or other outpatient visit/);
      expect(t.get('cpt', '0042T')!.title).toMatch(/Category III/);
      expect(t.get('cpt', '3074F')!.title).toMatch(/Category II/);
      expect(t.get('modifier', '25')!.title).toMatch(/E\/M/);
      expect(t.get('modifier', 'XS')!.title).toMatch(/separate structure/i);
    });
    it.each([
      ['heart attack', 'I21.9'],
      ['high blood pressure', 'I10'],
      ['HTN', 'I10'],
      ['CHF', 'I50.9'],
      ['afib', 'I48.91'],
      ['hypertention', 'I10'],
      ['DM2 with CKD', 'E11.22'],
    ])('%s ranks %s in the top 3', (q, code) => {
      expect(t.search(q, { limit: 3 }).map((r) => r.code)).toContain(code);
    });
    it('filters by system and ranks codes invalid on the date lower', () => {
      expect(t.search('wheelchair', { systems: ['hcpcs'] }).every((r) => r.system === 'hcpcs')).toBe(true);
      const r = t.search('other acariasis', { dos: '2026-03-01', limit: 5 });
      expect(r[0]!.validOnDos).toBe(true);
    });
    it('meets 95% top-5 on the quality set', () => {
      const all = JSON.parse(readFileSync(resolve(GENERATED_DIR, '..', '..', 'test', 'codes', 'quality-queries.json'), 'utf8')) as { cases: { q: string; expect: string; kind: string }[] };
      // Words kinds; the pasted, denial, retired and ICD-9 kinds are answered by lib/lookup/answer.ts (its own test).
      const cases = all.cases.filter((c) => ['lay', 'abbr', 'typo'].includes(c.kind));
      const hits = cases.filter((c) => t.search(c.q, { limit: 5 }).some((r) => r.code === c.expect)).length;
      expect(hits / cases.length).toBeGreaterThanOrEqual(0.95);
    });
  });

  describe('notes and crosswalks', () => {
    it('Excludes1 from either side, inherited from the category', () => {
      expect(t.excludes1Between('E11.9', 'E10.9')).toMatchObject({ definedAt: 'E11' });
      expect(t.excludes1Between('E10.9', 'E11.9')).not.toBeNull();
      expect(t.excludes1Between('E11.9', 'I10')).toBeNull();
      // G63's Excludes1 names only "E08-E13 with .42" (diabetic polyneuropathy), not all diabetes.
      expect(t.excludes1Between('G63', 'E11.9')).toBeNull();
      expect(t.excludes1Between('G63', 'E11.42')).toMatchObject({ definedAt: 'G63' });
      const n = t.notes('E11.9')!;
      expect(n.source).toMatch(/FY2021/);
      expect(n.inheritedFrom).toContainEqual({ code: 'E11', kind: 'excludes1' });
    });
    it('7th characters and manifestation codes', () => {
      const rule = t.sevenCharacter('S52.521A')!;
      expect(rule.definedAt).toMatch(/^S52/);
      expect(rule.values.map((v) => v.char)).toContain('A');
      expect(t.sevenCharacter('E11.9')).toBeNull();
      expect(t.isManifestation('G99.2')).toBe(true);
      expect(t.isManifestation('E11.9')).toBe(false);
    });
    it('GEMs both directions with flags decoded', () => {
      expect(t.crosswalk('icd9cm', '250.00')).toContainEqual({ from: '250.00', to: 'E11.9', approximate: true, noMap: false, combination: false, scenario: 0, choiceList: 0 });
      const back = t.crosswalk('icd10cm', 'E11.9');
      expect(back.map((m) => m.to)).toContain('250.00');
      expect(back[0]!.approximate).toBe(true);
    });
  });

  it('every code of the FY2026 order file answers with its exact billable flag', () => {
    const records = parseOrderFile(officialText('icd10cm/fy2026/icd10cm_order_2026.txt', 'latin1'), 'icd10cm_order_2026.txt');
    expect(records.length).toBe(98186);
    const wrong = records.filter((r) => {
      const v = t.validity('icd10cm', r.code, '2026-01-15');
      return t.get('icd10cm', r.code)?.billable !== r.billable || v.status !== (r.billable ? 'valid' : 'header') || t.search(r.code.toLowerCase(), { limit: 1, systems: ['icd10cm'] })[0]?.code !== displayCode('icd10cm', r.code);
    });
    expect(wrong.map((r) => r.code).slice(0, 10)).toEqual([]);
  });
});
