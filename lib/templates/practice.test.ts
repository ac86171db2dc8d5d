import { describe, expect, it } from 'vitest';
import {
  CLIPBOARD_CLEAR_DEFAULT_SECONDS, checkPracticeSettings, clampClipboardSeconds, isValidNpi, normalizePracticeSettings, readPracticeSettings,
} from './practice';
import { samplePractice } from '@/test/support/templates';

describe('isValidNpi', () => {
  it('accepts NPIs whose check digit is right (CMS example 1234567893)', () => {
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1245319599')).toBe(true);
  });
  it('rejects a wrong check digit or shape', () => {
    expect(isValidNpi('1234567890')).toBe(false);
    expect(isValidNpi('123456789')).toBe(false);
    expect(isValidNpi('12345678a3')).toBe(false);
  });
});

describe('practice settings', () => {
  it('passes the sample practice', () => {
    expect(checkPracticeSettings(samplePractice())).toEqual([]);
  });
  it('reports a missing name, a bad NPI and a tax ID that is not an EIN', () => {
    const issues = checkPracticeSettings({ ...samplePractice(), providerName: ' ', npi: '1234567890', taxId: '123-45-6789' });
    expect(issues.map((i) => i.key)).toEqual(['templates.practice.error.name', 'templates.practice.error.npi', 'templates.practice.error.taxId']);
  });
  it('normalizes spaces and the EIN format', () => {
    expect(normalizePracticeSettings({ ...samplePractice(), npi: ' 1234 567893 ', taxId: '123456789', signature: 'Alex\n\n' }))
      .toMatchObject({ npi: '1234567893', taxId: '12-3456789', signature: 'Alex' });
  });
  it('reads damaged storage as empty fields instead of failing', () => {
    expect(readPracticeSettings({ providerName: 5, npi: '1234567893', extra: 'x' })).toEqual({
      providerName: '', npi: '1234567893', taxId: '', address: '', phone: '', signature: '',
    });
    expect(readPracticeSettings(null).providerName).toBe('');
  });
  it('keeps the clipboard delay within 0..600 seconds', () => {
    expect(clampClipboardSeconds(-5)).toBe(0);
    expect(clampClipboardSeconds(10_000)).toBe(600);
    expect(clampClipboardSeconds('x')).toBe(CLIPBOARD_CLEAR_DEFAULT_SECONDS);
    expect(clampClipboardSeconds(29.6)).toBe(30);
  });
});
