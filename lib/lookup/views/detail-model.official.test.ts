// The detail view's model over the real generated tables (the "official" project).
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedTables } from '@/lib/codes/load';
import { setLocale } from '@/lib/platform/i18n';
import { buildDetail, noteTarget, seventhCharacterOf } from './detail-model';
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
