import { describe, expect, it } from 'vitest';
import { assertAcceptablePassphrase, passphraseStrength } from './passphrase';

describe('passphrase policy', () => {
  it('refuses fewer than 10 characters, counting characters not UTF-16 units', () => {
    expect(() => assertAcceptablePassphrase('123456789')).toThrow(/at least 10/);
    expect(() => assertAcceptablePassphrase('😀😀😀😀😀')).toThrow(/at least 10/);
    expect(() => assertAcceptablePassphrase('1234567890')).not.toThrow();
    expect(() => assertAcceptablePassphrase('1234567890', '1234567899')).toThrow(/not the same/);
  });

  it('grades strength for the guidance line', () => {
    expect(passphraseStrength('short')).toBe('too-short');
    expect(passphraseStrength('aaaaaaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('billingdesk')).toBe('weak');
    expect(passphraseStrength('Billing desk 7!')).toBe('fair');
    expect(passphraseStrength('purple tractor sings loudly')).toBe('strong');
  });
});
