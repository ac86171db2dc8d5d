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

  it('says "1 result", "1 service line" and "0 ligne" by each language\'s plural rules', () => {
    expect(t('lookup.results.count', { count: 1 }, 'en')).toBe('1 result');
    expect(t('lookup.results.count', { count: 0 }, 'en')).toBe('0 results');
    expect(t('lookup.results.count', { count: 12 }, 'en')).toBe('12 results');
    expect(t('claims.lines.caption', { count: 1 }, 'en')).toBe('1 service line');
    expect(t('claims.lines.caption', { count: 1 }, 'fr')).toBe('1 ligne de service');
    expect(t('claims.lines.caption', { count: 0 }, 'fr')).toBe('0 ligne de service');
    expect(t('claims.lines.caption', { count: 2 }, 'fr')).toBe('2 lignes de service');
    // A plural key without a count reads its "other" form rather than the bare key.
    expect(t('claims.lines.caption', { count: 3 })).toBe('3 service lines');
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

describe('French typography', () => {
  it('puts a no-break space before : and inside « », a narrow one before ; ! ?', async () => {
    const { frenchSpacing } = await import('@/lib/platform/i18n');
    expect(frenchSpacing('Lu par : {reader}')).toBe('Lu par\u00a0: {reader}');
    expect(frenchSpacing('Retirer ? Oui ; non !')).toBe('Retirer\u202f? Oui\u202f; non\u202f!');
    expect(frenchSpacing('trop long ({count} caractères; {max} au plus)')).toBe('trop long ({count} caractères\u202f; {max} au plus)');
    expect(frenchSpacing('« Montrer »')).toBe('«\u00a0Montrer\u00a0»');
    // Times, URLs and codes keep their colons.
    expect(frenchSpacing('à 15:00 sur https://x.example')).toBe('à 15:00 sur https://x.example');
  });
  it('applies to the French UI, not to values nor to letter pieces', () => {
    expect(t('claims.reader', { reader: 'a : b' }, 'fr')).toBe('Lu par\u00a0: a : b');
    expect(allMessages().fr['templates.line.billed']).not.toMatch(/\u00a0|\u202f/);
  });
});
