import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedTables } from '@/lib/codes/load';
import type { ReleaseInfo } from '@/lib/codes/types';
import { setLocale } from '@/lib/platform/i18n';
import { buildDetail, noteTarget, seventhCharacterOf } from './detail-model';
import { gemFlags, validityBadge } from './labels';
import { realTables } from '@/test/support/lookup';
import { strToU8 } from 'fflate';
import { importReleaseFile } from '@/lib/codes/releases/import';
import { tabularXml, tinyTables } from '@/test/support/codes/release-files';

let tables: LoadedTables;
beforeAll(async () => {
  setLocale('en');
  tables = await realTables();
});

describe('detail model', () => {
  it('resolves codes cited by notes: categories with ".-", subcategories with "-", ranges by their first code', () => {
    expect(noteTarget(tables, 'E10.-')).toEqual({ system: 'icd10cm', code: 'E10' });
    expect(noteTarget(tables, 'O24.4-')).toEqual({ system: 'icd10cm', code: 'O24.4' });
    expect(noteTarget(tables, 'P70-P74')).toEqual({ system: 'icd10cm', code: 'P70' });
    expect(noteTarget(tables, 'Z79.4')).toEqual({ system: 'icd10cm', code: 'Z79.4' });
    expect(noteTarget(tables, 'chapter 4')).toBeNull();
  });

  it('lists billable codes under a header a page at a time, and none under a billable code', () => {
    const e11 = buildDetail(tables, { system: 'icd10cm', code: 'E11' }, true, 10)!;
    expect(e11.children.list.map((c) => c.code).slice(0, 2)).toEqual(['E11.00', 'E11.01']);
    expect(e11.children.list).toHaveLength(10);
    expect(e11.children.hasMore).toBe(true);
    expect(e11.children.list.every((c) => c.billable)).toBe(true);
    expect(buildDetail(tables, { system: 'icd10cm', code: 'E11.9' }, true)!.children.list).toEqual([]);
  });

  it('shows the tabular notes in force on the date of service (an imported tabular list only for its own year)', async () => {
    const t = tinyTables();
    const read = await importReleaseFile('icd10cm_tabular_2027.xml', strToU8(tabularXml('2027', 'type 1 diabetes mellitus, any (E10.-)')));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    t.setImportedReleases(read.releases);
    const notesOn = (dos: string) => buildDetail(t, { system: 'icd10cm', code: 'E11.9' }, true, 10, dos)!.extras!.notes!.source;
    expect(notesOn('2026-09-30')).toBe('ICD-10-CM Tabular List FY2021');
    expect(notesOn('2026-10-01')).toBe('ICD-10-CM Tabular List FY2027');
    expect(notesOn('')).toBe('ICD-10-CM Tabular List FY2027');
  });

  it('gives the validity in each loaded release of the code’s system', () => {
    const d = buildDetail(tables, { system: 'icd10cm', code: 'E11.A' }, false)!;
    expect(d.validityHistory.map((h) => [h.release.id, h.validity.status])).toEqual([
      ['icd10cm-fy2024', 'not-yet-valid'],
      ['icd10cm-fy2025', 'not-yet-valid'],
      ['icd10cm-fy2026', 'valid'],
    ]);
    expect(d.extras).toBeNull(); // extras not loaded yet
  });

  it('collects notes by where they are inherited from, the 7th-character rule and the crosswalk', () => {
    const x = buildDetail(tables, { system: 'icd10cm', code: 'E11.9' }, true)!.extras!;
    expect(x.inherited.excludes1).toContain('E11');
    expect(x.notes!.excludes1.length).toBeGreaterThan(0);
    expect(x.crosswalk!.toSystem).toBe('icd9cm');
    expect(x.crosswalk!.mappings[0]).toMatchObject({ to: '250.00', approximate: true, title: expect.stringContaining('Diabetes mellitus') });
    expect(x.crosswalk!.source!.id).toBe('gems-2018');
    const icd9 = buildDetail(tables, { system: 'icd9cm', code: '250.00' }, true)!;
    expect(icd9.extras!.crosswalk!.mappings.map((m) => m.to)).toContain('E11.9');
    expect(icd9.extras!.notes).toBeNull();
    expect(buildDetail(tables, { system: 'hcpcs', code: 'J1100' }, true)!.extras).toBeNull();
    expect(seventhCharacterOf('S52.521A')).toBe('A');
    expect(seventhCharacterOf('E11.9')).toBeNull();
  });

  it('is null for a code the tables do not hold', () => {
    expect(buildDetail(tables, { system: 'icd10cm', code: 'E11.99' }, true)).toBeNull();
  });
});

describe('labels', () => {
  const releases: ReleaseInfo[] = [
    { id: 'icd10cm-fy2026', system: 'icd10cm', name: 'FY2026', effectiveFrom: '2025-10-01', effectiveTo: '2026-09-30', files: [] },
    { id: 'hcpcs-2025-jan', system: 'hcpcs', name: 'HCPCS Jan 2025', effectiveFrom: '2025-01-01', effectiveTo: null, files: [] },
  ];

  it('words each validity and translates the engine’s caveats by what the dates say', () => {
    expect(validityBadge({ status: 'valid', release: 'icd10cm-fy2026', caveat: 'x' }, '2026-11-26', releases)).toEqual({
      text: 'Valid on 11/26/2026',
      tone: 'ok',
      status: 'valid',
      caveat: 'Answered from FY2026: no later release is loaded, so changes after it are not known.',
    });
    expect(validityBadge({ status: 'valid', release: 'icd10cm-fy2026', caveat: 'x' }, '2025-01-01', releases).caveat).toBe('Answered from FY2026: the date is before the oldest loaded release.');
    expect(validityBadge({ status: 'valid', release: 'hcpcs-2025-jan', caveat: 'later quarterly updates are not loaded' }, '2025-06-01', releases).caveat).toContain('Answered from HCPCS Jan 2025');
    expect(validityBadge({ status: 'valid', release: 'icd10cm-fy2026' }, '2026-01-01', releases).caveat).toBeUndefined();
    expect(validityBadge({ status: 'terminated', terminatedOn: '2025-04-01', release: 'hcpcs-2025-jan' }, '2025-06-01', releases)).toMatchObject({ text: 'Terminated 04/01/2025', tone: 'bad' });
    expect(validityBadge({ status: 'unknown' }, '2025-06-01', releases).text).toBe('Dates not checked');
    setLocale('fr');
    expect(validityBadge({ status: 'deleted', deletedOn: '2025-10-01', replacements: ['S30.11XA'], release: 'icd10cm-fy2026' }, '2026-01-01', releases)).toMatchObject({ text: 'Supprimé le 2025-10-01', caveat: 'Remplacé par S30.11XA' });
    setLocale('en');
  });

  it('explains GEMs flags', () => {
    const base = { from: '250.00', to: 'E11.9', approximate: false, noMap: false, combination: false, scenario: 0, choiceList: 0 };
    expect(gemFlags(base)).toEqual(['Exact match']);
    expect(gemFlags({ ...base, approximate: true, combination: true, scenario: 1, choiceList: 2 })).toEqual([
      'Approximate: close, but not the same meaning',
      expect.stringContaining('Combination (scenario 1, choice list 2)'),
    ]);
    expect(gemFlags({ ...base, noMap: true, approximate: true })).toEqual(['No equivalent code']);
  });
});
