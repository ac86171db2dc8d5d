import { describe, expect, it } from 'vitest';
import { allMessages, formatDate, formatMoney, resolveLocale, t, tOr } from '@/lib/platform/i18n';

describe('i18n', () => {
  it('has the same keys in English and French, none empty', () => {
    const { en, fr } = allMessages();
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(fr)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const { en, fr } = allMessages();
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) expect(names(fr[key] ?? ''), key).toEqual(names(en[key]!));
  });

  it('fills placeholders; a key built from data falls back when unknown', () => {
    expect(t('site.enabledOn', { origin: 'https://a.example' }, 'en')).toBe('Enabled on https://a.example.');
    expect(t('site.enabledOn', { origin: 'https://a.example' }, 'fr')).toBe('Activé sur https://a.example.');
    expect(tOr('no.such.key', 'fallback')).toBe('fallback');
    expect(tOr('site.enable', 'fallback', undefined, 'en')).toBe('Enable on this site');
  });

  it('picks the user choice, else the browser language', () => {
    expect(resolveLocale('fr', 'en-US')).toBe('fr');
    expect(resolveLocale(null, 'fr-CA')).toBe('fr');
    expect(resolveLocale(undefined, 'de-DE')).toBe('en');
  });

  it('formats money and dates per locale', () => {
    expect(formatMoney(1234.5, 'en')).toBe('$1,234.50');
    expect(formatMoney(null, 'en')).toBe('—');
    expect(formatDate('2026-03-09', 'en')).toBe('03/09/2026');
    expect(formatDate('2026-03-09', 'fr')).toBe('2026-03-09');
  });
});
