import { describe, expect, it } from 'vitest';
import { emptyClaim } from '@/lib/claim/types';
import { renderBody } from './render';
import { sampleClaim, samplePractice } from '@/test/support/templates';
import { VARIABLES, buildVariables, holdsPhi } from './variables';

describe('buildVariables', () => {
  it('maps the claim and the practice settings', () => {
    const vars = buildVariables(sampleClaim(), samplePractice());
    expect(vars.claimNumber).toEqual({ type: 'text', value: 'ICN2026031400123' });
    expect(vars.serviceFrom).toEqual({ type: 'date', iso: '2026-03-14' });
    expect(vars.billed).toEqual({ type: 'money', amount: 1234.56 });
    expect(vars.diagnoses).toEqual({ type: 'list', items: ['M54.50', 'G89.29'] });
    expect(vars.practiceAddress).toEqual({ type: 'text', value: '100 Main Street, Springfield, IL 62701' });
  });

  it('lists denial codes without routine write-offs and patient share', () => {
    const vars = buildVariables(sampleClaim(), samplePractice());
    expect(vars.denialCodes).toEqual({ type: 'list', items: ['CO-97'] });
    expect(vars.remarkCodes).toEqual({ type: 'list', items: ['M15'] });
    expect(vars.deniedLines?.type === 'lines' && vars.deniedLines.lines.map((l) => l.code)).toEqual(['99214']);
  });

  it('counts a zero-paid line without adjustments as denied, and keeps group-less CARCs bare', () => {
    const claim = sampleClaim();
    claim.lines[1]!.paid = 0;
    claim.lines[1]!.adjustments = [{ group: null, reason: '50', amount: 1050 }];
    const vars = buildVariables(claim, samplePractice());
    expect(vars.denialCodes).toEqual({ type: 'list', items: ['CO-97', '50'] });
    expect(vars.deniedLines?.type === 'lines' && vars.deniedLines.lines).toHaveLength(2);
  });

  it('gives every catalogued variable a key, null when there is no value', () => {
    const vars = buildVariables(emptyClaim('generic'), { providerName: '', npi: '', signature: '' });
    for (const info of VARIABLES.filter((v) => v.name !== 'today')) expect(Object.hasOwn(vars, info.name)).toBe(true);
    expect(vars.claimNumber).toBeNull();
    expect(vars.providerName).toBeNull();
    expect(vars.datesOfService).toBeNull();
  });

  it('lets typed values override the claim, and trims them', () => {
    const vars = buildVariables(sampleClaim(), samplePractice(), { memberId: ' ABC ', repName: 'Pat', billed: { type: 'money', amount: 5 } });
    expect(vars.memberId).toEqual({ type: 'text', value: 'ABC' });
    expect(vars.repName).toEqual({ type: 'text', value: 'Pat' });
    expect(vars.billed).toEqual({ type: 'money', amount: 5 });
  });
});

describe('holdsPhi', () => {
  const opts = { locale: 'en' as const, today: '2026-11-26' };
  it('is true when a claim value was filled in', () => {
    expect(holdsPhi(renderBody('{{memberId}}', buildVariables(sampleClaim(), samplePractice()), opts).segments)).toBe(true);
  });
  it('is false for practice settings, the date and the payer, and for missing values', () => {
    const r = renderBody('{{providerName}} {{today}} {{payer}} {{memberId}}', buildVariables({ ...sampleClaim(), memberId: null }, samplePractice()), opts);
    expect(holdsPhi(r.segments)).toBe(false);
  });
  it('treats a variable it does not know as PHI', () => {
    expect(holdsPhi([{ kind: 'var', name: 'custom', missing: false }])).toBe(true);
  });
});
