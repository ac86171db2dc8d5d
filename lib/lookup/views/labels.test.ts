import { describe, expect, it } from 'vitest';
import type { ReleaseInfo } from '@/lib/codes/types';
import { setLocale } from '@/lib/platform/i18n';
import { gemFlags, validityBadge } from './labels';

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
