/**
 * Issue 12's false alarms and catches against the real generated tables (FY2024-FY2026 ICD-10-CM,
 * HCPCS January 2025). In the "official" project, whose setup builds the tables.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkClaim } from '@/lib/checks';
import { claim, line } from '@/test/support/checks/claims';
import type { CodeTables } from '@/lib/codes/types';
import { loadTablesFromDir } from '@/lib/codes/node';

const TODAY = '2026-11-26';

describe('false alarms and catches with the real tables', () => {
  let tables: CodeTables;
  beforeAll(async () => { tables = await loadTablesFromDir(undefined, { extras: 'eager' }); });
  const check = (overrides: Parameters<typeof claim>[0]) => checkClaim(claim({ payer: 'Aetna', ...overrides }), tables, {}, TODAY);

  it('dates in FY2027 (not loaded): a header is a warning naming FY2026 and its caveat; an unknown code is a warning', () => {
    const found = check({ serviceFrom: '2026-11-02', serviceTo: '2026-11-02', diagnoses: ['I47.1', 'E11.99'], lines: [line({ dxPointers: [1, 2] })] });
    const header = found.find((f) => f.rule === 'icd10-header')!;
    expect(header).toMatchObject({ severity: 'warning', messageKey: 'check.icd10-header.outside.message' });
    expect(header.message).toContain('ICD-10-CM FY2026 (October 1, 2025 release)');
    expect(header.message).toContain('No ICD-10-CM release after');
    expect(found.find((f) => f.rule === 'icd10-unknown')).toMatchObject({ severity: 'warning', messageKey: 'check.icd10-unknown.outside.message' });
  });

  it('dates before 2023-10-01: likewise warnings', () => {
    const found = check({ serviceFrom: '2023-05-01', serviceTo: '2023-05-01', diagnoses: ['I47.1'], lines: [line({ dxPointers: [1] })] });
    expect(found.find((f) => f.rule === 'icd10-header')).toMatchObject({ severity: 'warning' });
  });

  it.each(['I47.1', 'I71.4', 'N18.3', 'K21.0', 'M54.5', 'M51.36', 'M48.06', 'G20', 'G35', 'B37.3'])('%s is a header in FY2026: an error inside the loaded year, naming the release', (code) => {
    const found = check({ serviceFrom: '2026-03-02', serviceTo: '2026-03-02', diagnoses: [code], lines: [line({ dxPointers: [1] })] });
    const f = found.find((x) => x.rule === 'icd10-header')!;
    expect(f.severity).toBe('error');
    expect(f.source).toBe('Source: ICD-10-CM FY2026 (October 1, 2025 release), effective 2025-10-01.');
  });

  it('modifiers 27, 1P/2P/3P/8P, anatomic, X{EPSU}, JW/JZ, GA/GY/GZ, GP/GO/GN, 95/93/FQ, GV/GW are known', () => {
    const mods = ['27', '1P', '2P', '3P', '8P', 'LT', 'RT', 'E1', 'E4', 'FA', 'F9', 'TA', 'T9', 'LC', 'LD', 'LM', 'RC', 'RI',
      'XE', 'XS', 'XP', 'XU', 'JW', 'JZ', 'GA', 'GY', 'GZ', 'GP', 'GO', 'GN', '95', '93', 'FQ', 'GV', 'GW', '25', '59'];
    const lines = mods.map((m) => line({ code: '99213', modifiers: [m], serviceDate: '2025-02-03' }));
    expect(check({ serviceFrom: '2025-02-03', lines }).filter((f) => f.rule === 'modifier-unknown')).toEqual([]);
  });

  it('MAAA codes (0001M-0020M) are CPT', () => {
    const found = check({ lines: [line({ code: '0001M' }), line({ code: '0020M' })] });
    expect(found.filter((f) => f.rule === 'cpt-shape')).toEqual([]);
  });

  it.each(['D63.0', 'D63.1', 'D63.8', 'G01', 'G02', 'G46.0', 'K67', 'M01.X11', 'F02.80', 'G63'])('manifestation %s first-listed is an error', (code) => {
    const found = check({ serviceFrom: '2026-03-02', diagnoses: [code, 'N18.6'], lines: [line({ dxPointers: [1, 2] })] });
    expect(found.find((f) => f.rule === 'icd10-manifestation-first')).toMatchObject({ severity: 'error', where: { diagnosis: 0 } });
  });

  it('an unknown HCPCS code after the January 2025 quarter is a warning', () => {
    // J0001 is in no HCPCS file: a code added after January 2025 would look the same.
    const found = check({ serviceFrom: '2026-03-02', lines: [line({ code: 'J0001' })] });
    expect(found.find((f) => f.rule === 'hcpcs-validity')).toMatchObject({ severity: 'warning', messageKey: 'check.hcpcs-validity.unknownOutside.message' });
  });
});
