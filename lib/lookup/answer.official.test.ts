/**
 * The grouped lookup over the tables generated from the official files (npm run codes:build),
 * one block per kind of what staff paste (the "official" project, whose setup builds the tables).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedTables } from '@/lib/codes/load';
import { loadTablesFromDir } from '@/lib/codes/node';
import { lookup } from './answer';

let t: LoadedTables;
const DOS = '2026-03-01';

describe('lookup answers (generated tables)', () => {
  beforeAll(async () => {
    t = await loadTablesFromDir(undefined, { extras: 'eager' });
  });

  describe('pasted forms: the code inside the text answers first', () => {
    it.each([
      ['ICD-10: K21.9', 'K21.9'],
      ['CPT 99213 x1', '99213'],
      ['J0696 4 units', 'J0696'],
      ['Dx #1: E11.65 (type 2 with hyperglycemia)', 'E11.65'],
      ['[E78.5]', 'E78.5'],
      ['97110-GP', '97110'],
    ])('%s -> %s', (q, code) => {
      expect(lookup(t, q, { dos: DOS }).groups[0]!.rows[0]!.code).toBe(code);
    });

    it('keeps units and explains modifiers', () => {
      expect(lookup(t, 'J0696 4 units').groups[0]!.units).toBe(4);
      const g = lookup(t, '11042-59').groups[0]!;
      expect(g.rows[0]!.code).toBe('11042');
      expect(g.modifiers).toHaveLength(1);
      expect(g.modifiers[0]!.code).toBe('59');
      expect(g.modifiers[0]!.entry?.title).toMatch(/distinct/i);
    });
  });

  describe('several codes: each answers in its own group, in order, copyable as a clean list', () => {
    it('answers each code of a pasted line', () => {
      const a = lookup(t, 'M79.604; M25.561, 99213-25 J0696 x2');
      expect(a.groups.map((g) => g.rows[0]?.code)).toEqual(['M79.604', 'M25.561', '99213', 'J0696']);
      expect(a.copyList).toBe('M79.604, M25.561, 99213-25, J0696');
    });
  });

  describe('denial and remark codes', () => {
    it('CO-50 answers the playbook explanation, with its group, and no unrelated codes', () => {
      const g = lookup(t, 'CO-50').groups[0]!;
      expect(g.rows).toEqual([]);
      const d = g.denials[0]!;
      expect(d).toMatchObject({ list: 'carc', code: '50', group: 'CO' });
      expect(d.explanation.inPlaybook && d.explanation.entry.en.title).toMatch(/medically necessary/i);
      expect(d.explanation.group?.group).toBe('CO');
    });

    it('N130 answers both the remark and the diagnosis N13.0, each labelled', () => {
      const g = lookup(t, 'N130').groups[0]!;
      expect(g.denials.map((d) => `${d.list}:${d.code}`)).toEqual(['rarc:N130']);
      expect(g.rows[0]).toMatchObject({ system: 'icd10cm', code: 'N13.0' });
    });

    it('M62 answers the remark (our playbook explanation, now that the playbook has it) and the category', () => {
      const official = { carc: new Map<string, string>(), rarc: new Map([['M62', 'Synthetic wording for the test.']]) };
      const g = lookup(t, 'M62', { official }).groups[0]!;
      expect(g.denials[0]!.explanation).toMatchObject({ inPlaybook: true, code: 'M62' });
      expect(g.rows[0]).toMatchObject({ system: 'icd10cm', code: 'M62' });
    });

    it('modifier 59 and mod 25 answer the modifier; a bare 50 answers CARC 50 and modifier 50', () => {
      expect(lookup(t, 'modifier 59').groups[0]!.rows[0]).toMatchObject({ system: 'modifier', code: '59' });
      expect(lookup(t, 'mod 25').groups[0]!.rows[0]).toMatchObject({ system: 'modifier', code: '25' });
      const g = lookup(t, '50').groups[0]!;
      expect(g.denials[0]).toMatchObject({ list: 'carc', code: '50' });
      expect(g.rows[0]).toMatchObject({ system: 'modifier', code: '50' });
    });
  });

  describe('retired and unknown codes', () => {
    it('T81.4XXA (FY2018, deleted before the loaded releases) answers its history and the children of T81.4', () => {
      const h = lookup(t, 'T81.4XXA').groups[0]!.history!;
      expect(h).toMatchObject({ status: 'deleted', knownFrom: 'gems-2018', changedOn: null, deletedBefore: '2023-10-01', successorsFrom: 'ancestor' });
      expect(h.ancestor?.code).toBe('T81.4');
      expect(h.successors.slice(0, 3).map((e) => e.code)).toEqual(['T81.40XA', 'T81.41XA', 'T81.42XA']);
    });

    it('S30.1XXA (deleted October 1, 2025) answers the addenda replacements, initial encounters first', () => {
      const h = lookup(t, 'S30.1XXA').groups[0]!.history!;
      expect(h).toMatchObject({ status: 'deleted', changedOn: '2025-10-01', successorsFrom: 'replacements' });
      expect(h.successors[0]!.code).toBe('S30.11XA');
    });

    it('B88.0 became a header in FY2026: billable for a 2025 date, a header for a 2026 one', () => {
      expect(lookup(t, 'B88.0', { dos: '2025-06-01' }).groups[0]!.rows[0]!.billable).toBe(true);
      const g = lookup(t, 'B88.0', { dos: DOS }).groups[0]!;
      expect(g.rows[0]!.billable).toBe(false);
      expect(g.history).toMatchObject({ status: 'became-header', changedOn: '2025-10-01' });
    });

    it('a terminated HCPCS code answers its last billable day', () => {
      const g = lookup(t, 'A4397', { dos: DOS }).groups[0]!;
      expect(g.rows[0]).toMatchObject({ system: 'hcpcs', code: 'A4397', validOnDos: false });
      expect(g.history).toMatchObject({ status: 'terminated', lastValidDay: '2021-12-31' });
    });

    it('a code-shaped word among words is searched as words, not called an unknown code', () => {
      const g = lookup(t, 'G6PD deficiency', { dos: DOS }).groups[0]!;
      expect(g.unknown).toBeNull();
      expect(g.rows.slice(0, 5).some((r) => /glucose-6-phosphate/i.test(r.title))).toBe(true);
    });

    it('a shape that never was a code says so and offers the nearest codes', () => {
      const g = lookup(t, 'E11.99').groups[0]!;
      expect(g.rows).toEqual([]);
      expect(g.unknown?.nearest.map((e) => e.code)).toContain('E11.9');
    });
  });

  describe('ICD-9-CM: the code or its title, then its GEMs targets', () => {
    it('250.00 is followed by E11.9, flagged approximate', () => {
      const rows = lookup(t, '250.00').groups[0]!.rows;
      expect(rows[0]).toMatchObject({ system: 'icd9cm', code: '250.00' });
      expect(rows[1]).toMatchObject({ system: 'icd10cm', code: 'E11.9' });
      expect(rows[1]!.gem).toMatchObject({ from: '250.00', approximate: true });
    });

    it('an ICD-9-CM code the GEMs map to nothing says so', () => {
      const rows = lookup(t, '779.6').groups[0]!.rows;
      expect(rows[0]).toMatchObject({ system: 'icd9cm', code: '779.6', gemNoMap: true });
    });

    it('an ICD-9-CM title brings its targets into the top 5', () => {
      const rows = lookup(t, 'Diabetes mellitus without mention of complication, type II or unspecified type, not stated as uncontrolled', { dos: DOS }).groups[0]!.rows;
      expect(rows.slice(0, 5).map((r) => r.code)).toContain('E11.9');
    });

    it('lay words stay answered by ICD-10-CM first (heartburn is R12, not its ICD-9 twin)', () => {
      expect(lookup(t, 'heartburn', { dos: DOS }).groups[0]!.rows[0]!.code).toBe('R12');
    });
  });

  describe('ranking common sense', () => {
    it('diabetes starts with type 2 diabetes before prediabetes', () => {
      const codes = lookup(t, 'diabetes', { dos: DOS }).groups[0]!.rows.map((r) => r.code);
      expect(codes[0]).toMatch(/^E11/);
      const pre = codes.indexOf('R73.03');
      expect(pre < 0 || pre > codes.findIndex((c) => c.startsWith('E11'))).toBe(true);
    });

    it('office visit starts with the E/M code shapes before S-codes', () => {
      const rows = lookup(t, 'office visit', { dos: DOS }).groups[0]!.rows;
      expect(rows[0]!.system).toBe('cpt');
      expect(rows[0]!.code).toMatch(/^992[01]\d$/);
    });
  });
});
