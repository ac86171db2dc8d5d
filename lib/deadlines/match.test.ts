import { describe, expect, it } from 'vitest';
import { findPayerRule, payerMatches } from './match';
import { validatePayerRule } from './validate';
import type { PayerRule } from './types';

const claim = (payer: string | null, portal = 'generic') => ({ payer, portal });
const userRule: PayerRule = {
  id: 'u1', label: 'Aetna contract', payerMatch: 'aetna', timelyFilingDays: 90,
  timelyFilingFrom: 'dos', appealDays: 60, appealFrom: 'determination',
};

describe('payer rule matching', () => {
  it('matches whole words, case-insensitively, with * wildcards', () => {
    expect(payerMatches('medicare', 'Noridian Medicare Part B')).toBe(true);
    expect(payerMatches('ngs', 'Kings County Health Savings')).toBe(false);
    expect(payerMatches('blue*shield', 'Blue Cross Blue Shield of Texas')).toBe(true);
    expect(payerMatches('aetna|cigna', 'CIGNA HealthCare')).toBe(true);
    expect(payerMatches('a.b', 'axb')).toBe(false);
    expect(payerMatches('', 'anything')).toBe(false);
  });

  it('keeps word edges and order with several wildcards', () => {
    expect(payerMatches('*shield', 'Blue Shield')).toBe(true);
    expect(payerMatches('blue*', 'Blue Shield')).toBe(true);
    expect(payerMatches('b*e*d', 'Blue Shield')).toBe(true);
    expect(payerMatches('b*e*d', 'Blue Shields')).toBe(false);
    expect(payerMatches('lue*shield', 'Blue Shield')).toBe(false);
    expect(payerMatches('shield*blue', 'Blue Shield')).toBe(false);
    expect(payerMatches('ab', 'xab ab')).toBe(true);
  });

  // Issue 17 item 9: a regex with several `.*` on a long payer string backtracks for minutes.
  it('matches a pathological rule against a hostile 100,000-character payer in bounded time', { timeout: 3_000 }, () => {
    const hostile = 'a'.repeat(100_000);
    expect(payerMatches('a*a*a*b', hostile)).toBe(false);
    expect(payerMatches('a*a*a*a*a*a*b', hostile)).toBe(false); // beyond three wildcards: matches nothing
    expect(payerMatches(`${'a*'.repeat(3)}b|${'x'.repeat(5000)}`, hostile)).toBe(false);
    expect(findPayerRule(claim(hostile), [{ ...userRule, payerMatch: 'a*a*a*b' }]).id).toBe('unknown');
  });

  it('refuses rules with more than three wildcards or longer than 100 characters', () => {
    expect(validatePayerRule({ ...userRule, payerMatch: 'a*b*c*d' }).errors).toEqual([]);
    expect(validatePayerRule({ ...userRule, payerMatch: 'a*b*c*d*e' }).errors[0]).toMatchObject({ field: 'payerMatch' });
    expect(validatePayerRule({ ...userRule, payerMatch: `aetna|${'x'.repeat(101)}` }).errors[0]).toMatchObject({ field: 'payerMatch' });
  });

  it('picks the default of the payer type: Medicare parts, MAC names and portals', () => {
    expect(findPayerRule(claim('Medicare Part B')).id).toBe('medicare-part-b');
    expect(findPayerRule({ payer: null, portal: 'medicare-mac', claimType: 'institutional', lines: [] }).id).toBe('medicare-part-a');
    expect(findPayerRule(claim('Palmetto GBA JM')).id).toBe('medicare-part-b');
  });

  it('keeps Medicare Advantage plans off the original Medicare rule, and Blue Advantage off Medicare', () => {
    expect(findPayerRule(claim('Humana Medicare Advantage PPO')).id).toBe('medicare-advantage');
    expect(findPayerRule(claim('Blue Advantage HMO')).id).toBe('commercial');
  });

  it('picks Medicaid, managed Medicaid, commercial and unknown', () => {
    expect(findPayerRule(claim('NY Medicaid', 'epaces')).id).toBe('medicaid');
    expect(findPayerRule(claim('UnitedHealthcare Community Plan')).id).toBe('medicaid-managed-care');
    expect(findPayerRule(claim('Aetna')).id).toBe('commercial');
    expect(findPayerRule(claim('Acme Health')).id).toBe('unknown');
    expect(findPayerRule(claim(null)).id).toBe('unknown');
  });

  it('tries the user rules first, by name or by payer type', () => {
    const aetna: PayerRule = {
      id: 'u1', label: 'Aetna contract', payerMatch: 'aetna', timelyFilingDays: 90,
      timelyFilingFrom: 'dos', appealDays: 60, appealFrom: 'determination',
    };
    const medicareOverride: PayerRule = { ...aetna, id: 'u2', payerMatch: 'medicare' };
    expect(findPayerRule(claim('Aetna Better Health'), [aetna]).id).toBe('u1');
    expect(findPayerRule(claim('Medicare'), [aetna, medicareOverride]).id).toBe('u2');
    expect(findPayerRule(claim('Cigna'), [aetna]).id).toBe('commercial');
    const allMa: PayerRule = { ...aetna, id: 'u3', payerMatch: '', payerType: 'medicare-advantage', appealDays: 65 };
    expect(findPayerRule(claim('Wellcare Medicare'), [allMa]).id).toBe('u3');
    expect(findPayerRule(claim('Cigna'), [allMa]).id).toBe('commercial');
  });
});
