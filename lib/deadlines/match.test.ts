import { describe, expect, it } from 'vitest';
import { findPayerRule, payerMatches } from './match';
import type { PayerRule } from './types';

const claim = (payer: string | null, portal = 'generic') => ({ payer, portal });

describe('payer rule matching', () => {
  it('matches whole words, case-insensitively, with * wildcards', () => {
    expect(payerMatches('medicare', 'Noridian Medicare Part B')).toBe(true);
    expect(payerMatches('ngs', 'Kings County Health Savings')).toBe(false);
    expect(payerMatches('blue*shield', 'Blue Cross Blue Shield of Texas')).toBe(true);
    expect(payerMatches('aetna|cigna', 'CIGNA HealthCare')).toBe(true);
    expect(payerMatches('a.b', 'axb')).toBe(false);
    expect(payerMatches('', 'anything')).toBe(false);
  });

  it('picks the Medicare default for MAC names and portals', () => {
    expect(findPayerRule(claim('Medicare Part B')).id).toBe('medicare');
    expect(findPayerRule(claim(null, 'novitas')).id).toBe('medicare');
    expect(findPayerRule(claim('Palmetto GBA JM')).id).toBe('medicare');
  });

  it('keeps Medicare Advantage plans off the original Medicare rule', () => {
    expect(findPayerRule(claim('Humana Medicare Advantage PPO')).id).toBe('medicare-advantage');
  });

  it('picks Medicaid and falls back to the commercial default', () => {
    expect(findPayerRule(claim('NY Medicaid', 'epaces')).id).toBe('medicaid');
    expect(findPayerRule(claim('Aetna')).id).toBe('commercial');
    expect(findPayerRule(claim(null)).id).toBe('commercial');
  });

  it('tries the user rules first', () => {
    const aetna: PayerRule = {
      id: 'u1', label: 'Aetna contract', payerMatch: 'aetna', timelyFilingDays: 90,
      timelyFilingFrom: 'dos', appealDays: 60, appealFrom: 'determination',
    };
    const medicareOverride: PayerRule = { ...aetna, id: 'u2', payerMatch: 'medicare' };
    expect(findPayerRule(claim('Aetna Better Health'), [aetna]).id).toBe('u1');
    expect(findPayerRule(claim('Medicare'), [aetna, medicareOverride]).id).toBe('u2');
    expect(findPayerRule(claim('Cigna'), [aetna]).id).toBe('commercial');
  });
});
