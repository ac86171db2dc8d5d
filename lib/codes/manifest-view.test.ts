import { describe, expect, it } from 'vitest';
import { readCodeDataManifest } from './manifest-view';

const SHA = 'a'.repeat(64);
const sample = () => ({
  generatedAt: '2026-11-26T10:00:00.000Z',
  sources: [
    { release: 'icd10cm-fy2026', system: 'icd10cm', name: 'ICD-10-CM FY2026', effectiveFrom: '2025-10-01', effectiveTo: '2026-09-30', files: [{ officialName: 'order.txt', path: 'x/order.txt', sha256: SHA, bytes: 10 }] },
    { release: 'hcpcs-2025-jan', system: 'hcpcs', name: 'HCPCS', effectiveFrom: '2025-01-01', effectiveTo: null, files: [{ officialName: 'h.txt', sha256: SHA, bytes: 5 }] },
  ],
});

describe('readCodeDataManifest', () => {
  it('reads releases with their files', () => {
    const m = readCodeDataManifest(sample());
    expect(m.generatedAt).toBe('2026-11-26T10:00:00.000Z');
    expect(m.releases).toEqual([
      { id: 'icd10cm-fy2026', system: 'icd10cm', name: 'ICD-10-CM FY2026', effectiveFrom: '2025-10-01', effectiveTo: '2026-09-30', files: [{ name: 'order.txt', sha256: SHA, bytes: 10 }] },
      { id: 'hcpcs-2025-jan', system: 'hcpcs', name: 'HCPCS', effectiveFrom: '2025-01-01', effectiveTo: null, files: [{ name: 'h.txt', sha256: SHA, bytes: 5 }] },
    ]);
  });

  it('names what is wrong in a stale or damaged manifest', () => {
    expect(() => readCodeDataManifest(null)).toThrow(/not an object/);
    expect(() => readCodeDataManifest({ ...sample(), sources: [] })).toThrow(/no sources/);
    const noSystem = sample();
    delete (noSystem.sources[0] as { system?: string }).system;
    expect(() => readCodeDataManifest(noSystem)).toThrow(/sources\[0\]: "system" missing/);
    const badSha = sample();
    badSha.sources[1]!.files[0]!.sha256 = 'xyz';
    expect(() => readCodeDataManifest(badSha)).toThrow(/sources\[1\]\.files\[0\]: sha256/);
    const badDate = sample();
    badDate.sources[0]!.effectiveFrom = '10/01/2025';
    expect(() => readCodeDataManifest(badDate)).toThrow(/YYYY-MM-DD/);
  });
});
