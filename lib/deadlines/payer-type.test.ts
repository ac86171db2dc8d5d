import { describe, expect, it } from 'vitest';
import { classifyPayer, isCinShaped, isMbiShaped, type PayerType, type PayerTypeInput } from './payer-type';

const type = (input: PayerTypeInput): PayerType => classifyPayer(input).type;
const byName = (payer: string, claimType?: 'professional' | 'institutional') => type({ payer, claimType });

describe('payer type: Medicare Advantage is not Original Medicare', () => {
  it.each([
    'Humana Gold Plus HMO', 'AARP Medicare Advantage from UHC', 'UnitedHealthcare Medicare Advantage', 'Aetna Medicare PPO',
    'Aetna Medicare', 'Cigna Medicare Advantage', 'Wellcare Medicare', 'Wellcare By Allwell Medicare', 'Medicare HMO', 'Medicare PPO',
    'Humana Medicare Employer PPO', 'Anthem MediBlue Access PPO', 'Kaiser Permanente Senior Advantage', 'BCBS Medicare Advantage PPO',
    'Blue Cross Medicare Advantage', 'UHC Dual Complete', 'Devoted Health Medicare', 'Molina Medicare Complete Care', 'Part C plan',
    'SCAN Medicare', 'Highmark Medicare', 'Medicare Blue Rx', 'Clover Health Medicare',
  ])('%s is Medicare Advantage', (name) => {
    expect(byName(name)).toBe('medicare-advantage');
  });

  it('names the words that decided', () => {
    expect(classifyPayer({ payer: 'Humana', plan: 'Gold Plus HMO' })).toEqual({ type: 'medicare-advantage', reason: { kind: 'ma-plan-name', params: { match: 'gold plus' } }, confidence: 'high' });
    expect(classifyPayer({ payer: 'Aetna Medicare' }).reason).toEqual({ kind: 'medicare-with-carrier', params: { carrier: 'aetna' } });
  });

  it.each(['Blue Advantage HMO', 'BCBS Blue Advantage', 'Advantage Health Solutions', 'Premera Blue Cross'])('the bare word "advantage" is not Medicare: %s', (name) => {
    expect(byName(name)).not.toMatch(/^medicare/);
  });
  it('Blue Advantage HMO is a commercial BCBS product', () => {
    expect(byName('Blue Advantage HMO')).toBe('commercial');
  });

  it.each(['Medicare Supplement Plan G', 'Mutual of Omaha Medigap', 'AARP Medicare Supplement', 'Humana Med Supp'])('Medicare supplement (Medigap) is a commercial plan: %s', (name) => {
    expect(classifyPayer({ payer: name })).toMatchObject({ type: 'commercial', reason: { kind: 'medigap' } });
  });
});

describe('payer type: Original Medicare, Part A or Part B', () => {
  it.each([
    ['Medicare Part B', undefined, 'medicare-part-b'],
    ['Medicare Part A', undefined, 'medicare-part-a'],
    ['Medicare', 'professional', 'medicare-part-b'],
    ['Medicare', 'institutional', 'medicare-part-a'],
    ['Noridian JF Part A', 'professional', 'medicare-part-a'],
    ['Novitas Solutions', 'professional', 'medicare-part-b'],
    ['Palmetto GBA', 'institutional', 'medicare-part-a'],
    ['NGS', 'professional', 'medicare-part-b'],
    ['National Government Services', 'institutional', 'medicare-part-a'],
    ['WPS GHA', 'professional', 'medicare-part-b'],
    ['CGS Administrators', 'professional', 'medicare-part-b'],
    ['First Coast Service Options', 'professional', 'medicare-part-b'],
    ['Railroad Medicare', 'professional', 'medicare-part-b'],
    ['Noridian DME MAC', undefined, 'medicare-part-b'],
    ['Medicare (CGS)', 'professional', 'medicare-part-b'],
  ] as const)('%s (%s) is %s', (name, claimType, expected) => {
    expect(byName(name, claimType)).toBe(expected);
  });

  it('without a claim type assumes Part B, with low confidence and says so', () => {
    expect(classifyPayer({ payer: 'Medicare' })).toEqual({
      type: 'medicare-part-b', reason: { kind: 'medicare-name', params: { match: 'medicare', part: 'B', partBy: 'assumed' } }, confidence: 'low',
    });
    expect(classifyPayer({ payer: 'Medicare', claimType: 'institutional' }).confidence).toBe('high');
  });

  it('reads Medicare from the MAC portal, a redetermination marker, an ICN label or an MBI-shaped member id', () => {
    expect(classifyPayer({ payer: null, portal: 'medicare-mac', claimType: 'professional' })).toMatchObject({ type: 'medicare-part-b', reason: { kind: 'mac-portal' }, confidence: 'high' });
    expect(classifyPayer({ payer: null, markers: ['Request a Redetermination'] })).toMatchObject({ type: 'medicare-part-b', reason: { kind: 'medicare-marker' }, confidence: 'low' });
    expect(classifyPayer({ payer: null, claimNumberLabel: 'ICN', memberId: '1EG4-TE5-MK73' })).toMatchObject({ reason: { kind: 'medicare-marker', params: { match: 'ICN' } } });
    expect(classifyPayer({ payer: '', memberId: '1EG4TE5MK73', claimType: 'institutional' })).toMatchObject({ type: 'medicare-part-a', reason: { kind: 'mbi-member-id' } });
  });

  it('a carrier name beats Medicare-looking page markers', () => {
    expect(type({ payer: 'Aetna', memberId: '1EG4TE5MK73', markers: ['redetermination'] })).toBe('commercial');
    expect(type({ payer: 'Humana', plan: 'Gold Plus', portal: 'medicare-mac' })).toBe('medicare-advantage');
  });
});

describe('payer type: Medicaid and Medicaid managed care', () => {
  it.each(['New York State Medicaid', 'Medi-Cal', 'MassHealth', 'AHCCCS', 'SoonerCare', 'Texas Medicaid (TMHP)', 'Health First Colorado', 'eMedNY'])('%s is Medicaid', (name) => {
    expect(byName(name)).toBe('medicaid');
  });

  it.each([
    'UnitedHealthcare Community Plan', 'Aetna Better Health of Kentucky', 'AmeriHealth Caritas', 'Healthy Blue Louisiana', 'Amerigroup',
    'CareSource Ohio', 'Molina Healthcare Medicaid', 'Anthem Blue Cross Medi-Cal', 'Fidelis Care', 'Sunshine Health', 'MetroPlus Health',
    'Superior HealthPlan STAR Kids',
  ])('%s is Medicaid managed care', (name) => {
    expect(byName(name)).toBe('medicaid-managed-care');
  });

  it('reads Medicaid from the ePACES portal and a CIN-shaped member id', () => {
    expect(classifyPayer({ payer: null, portal: 'epaces' })).toMatchObject({ type: 'medicaid', reason: { kind: 'medicaid-program', params: { match: 'epaces' } } });
    expect(classifyPayer({ payer: null, memberId: 'AB12345C' })).toMatchObject({ type: 'medicaid', reason: { kind: 'cin-member-id' }, confidence: 'low' });
  });

  it('a Medicare-Medicaid plan is a dual plan (Medicare Advantage), not Medicaid', () => {
    expect(byName('Medicare-Medicaid Plan')).toBe('medicare-advantage');
  });
});

describe('payer type: commercial and unknown', () => {
  it.each(['Aetna', 'Cigna', 'UnitedHealthcare', 'UHC Choice Plus', 'Anthem Blue Cross', 'Blue Shield of California', 'BCBS of Texas', 'Highmark', 'Kaiser Permanente', 'Oscar Health', 'Florida Blue', 'Humana', 'Oxford Health Plans'])('%s is commercial', (name) => {
    expect(classifyPayer({ payer: name })).toMatchObject({ type: 'commercial', reason: { kind: 'commercial-carrier' }, confidence: 'high' });
  });

  it('an unrecognised name or no payer is unknown, with the name as a reason param', () => {
    expect(classifyPayer({ payer: 'Acme Health Plan' })).toEqual({ type: 'unknown', reason: { kind: 'unrecognised', params: { payer: 'Acme Health Plan' } }, confidence: 'low' });
    expect(classifyPayer({})).toEqual({ type: 'unknown', reason: { kind: 'no-payer' }, confidence: 'low' });
    expect(byName('Advantage Health Solutions')).toBe('unknown');
  });
});

describe('identifier shapes', () => {
  it('MBI: 11 characters, no S L O I B Z, digits and letters in their places', () => {
    expect(isMbiShaped('1EG4-TE5-MK73')).toBe(true);
    expect(isMbiShaped('1EG4TE5MK73')).toBe(true);
    expect(isMbiShaped('0EG4TE5MK73')).toBe(false);
    expect(isMbiShaped('1SG4TE5MK73')).toBe(false);
    expect(isMbiShaped('123456789A')).toBe(false);
    expect(isMbiShaped(null)).toBe(false);
  });
  it('CIN: two letters, five digits, a letter', () => {
    expect(isCinShaped('AB12345C')).toBe(true);
    expect(isCinShaped('AB123456')).toBe(false);
  });
});
