import { describe, expect, it } from 'vitest';
import { isClaim } from './guard';
import { isExtractionResult } from '@/lib/reading/result-guard';
import { emptyClaim, type Claim } from './types';

function claim(): Claim {
  return {
    ...emptyClaim('generic'),
    claimNumber: '2026123456789',
    diagnoses: ['E11.9'],
    lines: [{ code: '99213', modifiers: ['25'], units: 1, serviceDate: '2026-10-02', billed: 150, allowed: 90, paid: 72, dxPointers: [1], adjustments: [{ group: 'CO', reason: '45', amount: 60 }], remarks: ['N130'] }],
  };
}

function result(page: unknown) {
  return { portal: 'generic', page, found: true, confidence: 0.8, missing: [], provenance: [{ path: 'claimNumber', selector: '#c', text: '2026123456789' }], unparsed: [], warning: null };
}

describe('claim guards', () => {
  it('accepts what the extractor produces', () => {
    expect(isClaim(claim())).toBe(true);
    expect(isExtractionResult(result(claim()))).toBe(true);
    expect(isExtractionResult(result({ claims: [claim(), claim()] }))).toBe(true);
  });

  it('rejects wrong types, missing keys and unknown groups', () => {
    expect(isClaim({ ...claim(), billed: '150' })).toBe(false);
    const { payer: _payer, ...missing } = claim();
    expect(isClaim(missing)).toBe(false);
    const c = claim();
    c.lines[0]!.adjustments = [{ group: 'XX' as never, reason: '45', amount: 1 }];
    expect(isClaim(c)).toBe(false);
    expect(isExtractionResult({ ...result(claim()), confidence: 2 })).toBe(false);
    expect(isExtractionResult({ ...result(claim()), page: { claims: [claim()], extra: 1 } })).toBe(false);
  });

  it('rejects oversized payloads', () => {
    expect(isClaim({ ...claim(), claimNumber: 'x'.repeat(10_000) })).toBe(false);
    expect(isClaim({ ...claim(), diagnoses: Array.from({ length: 51 }, () => 'E11.9') })).toBe(false);
    const many = claim();
    many.lines = Array.from({ length: 2001 }, () => claim().lines[0]!);
    expect(isClaim(many)).toBe(false);
  });
});

describe('claim guard: optional claim type fields (issue 12)', () => {
  it('accepts claims without them and with valid ones', () => {
    expect(isClaim({ ...claim(), claimType: 'institutional', typeOfBill: '111', frequencyCode: '1', placeOfService: '21', patientSex: 'F' })).toBe(true);
    const c = claim();
    c.lines[0]!.revenueCode = '0450';
    expect(isClaim(c)).toBe(true);
  });

  it('rejects malformed values', () => {
    expect(isClaim({ ...claim(), claimType: 'dental' })).toBe(false);
    expect(isClaim({ ...claim(), typeOfBill: '11A' })).toBe(false);
    expect(isClaim({ ...claim(), frequencyCode: '77' })).toBe(false);
    expect(isClaim({ ...claim(), placeOfService: 'office' })).toBe(false);
    expect(isClaim({ ...claim(), patientSex: 'female' })).toBe(false);
    const c = claim();
    (c.lines[0] as unknown as Record<string, unknown>).revenueCode = 450;
    expect(isClaim(c)).toBe(false);
  });
});
