import { describe, expect, it } from 'vitest';
import { missingVariables, render, renderBody } from './render';
import { sampleClaim, samplePractice } from '@/test/support/templates';
import type { RenderOptions, TemplateVariables } from './types';
import { buildVariables } from './variables';

const en: RenderOptions = { locale: 'en', today: '2026-11-26' };
const fr: RenderOptions = { locale: 'fr', today: '2026-11-26' };
const vars = (): TemplateVariables => buildVariables(sampleClaim(), samplePractice());

describe('renderBody: variables', () => {
  it('fills text, date and money variables', () => {
    const r = renderBody('Claim {{claimNumber}} for {{patientName}}, DOS {{serviceFrom}}, billed {{billed}}.', vars(), en);
    expect(r.text).toBe('Claim ICN2026031400123 for Jordan Sample, DOS 03/14/2026, billed $1,234.56.');
    expect(r.segments.filter((s) => s.kind === 'var').map((s) => s.name)).toEqual(['claimNumber', 'patientName', 'serviceFrom', 'billed']);
    expect(r.segments.every((s) => !s.missing)).toBe(true);
  });

  it('formats dates and money the French way with plain spaces', () => {
    const r = renderBody('{{serviceFrom}} | {{billed}} | {{billed|number}}', vars(), fr);
    expect(r.text).toBe('2026-03-14 | 1 234,56 $ US | 1 234,56');
    expect(r.text).not.toMatch(/[\u00a0\u202f]/);
  });

  it('applies filters: long dates, iso, upper case, code lists', () => {
    const r = renderBody('{{serviceFrom|long}} / {{serviceFrom|iso}} / {{payer|upper}} / {{lines|codes}}', vars(), en);
    expect(r.text).toBe('March 14, 2026 / 2026-03-14 / ACME HEALTH PLAN / 99214-25, 20552');
    expect(renderBody('{{today|long}}', {}, fr).text).toBe('26 novembre 2026');
  });

  it('uses the today option, or a today variable when one is given', () => {
    expect(renderBody('{{today}}', {}, en).text).toBe('11/26/2026');
    expect(renderBody('{{today}}', { today: { type: 'date', iso: '2027-01-02' } }, en).text).toBe('01/02/2027');
  });

  it('prints one service line per line with modifiers, DOS, amounts and adjustments', () => {
    const r = renderBody('{{lines}}', vars(), en);
    expect(r.text.split('\n')).toEqual([
      'Line 1: 99214-25, DOS 03/14/2026, 1 unit, billed $184.56, allowed $0.00, paid $0.00, adjustments CO-97 $184.56, remarks M15',
      'Line 2: 20552, DOS 03/14/2026, 1 unit, billed $1,050.00, allowed $820.00, paid $656.00, adjustments CO-45 $230.00; PR-2 $164.00',
    ]);
    expect(renderBody('{{deniedLines}}', vars(), fr).text).toBe(
      'Ligne 1 : 99214-25, date de service 2026-03-14, 1 unité, facturé 184,56 $ US, admissible 0,00 $ US, payé 0,00 $ US, ajustements CO-97 184,56 $ US, remarques M15',
    );
  });

  it('prints a date range only when the service spans several days', () => {
    const claim = { ...sampleClaim(), serviceTo: '2026-03-20' };
    expect(renderBody('{{datesOfService}}', buildVariables(claim, samplePractice()), en).text).toBe('03/14/2026 to 03/20/2026');
    expect(renderBody('{{datesOfService}}', buildVariables(claim, samplePractice()), fr).text).toBe('du 2026-03-14 au 2026-03-20');
    expect(renderBody('{{datesOfService}}', vars(), en).text).toBe('03/14/2026');
  });
});

describe('renderBody: missing values stay visible', () => {
  it('keeps a known variable with no value as its tag, flagged no-value', () => {
    const claim = { ...sampleClaim(), memberId: null };
    const r = renderBody('Member: {{memberId}}.', buildVariables(claim, samplePractice()), en);
    expect(r.text).toBe('Member: {{memberId}}.');
    expect(r.segments).toEqual([
      { kind: 'text', value: 'Member: ', missing: false },
      { kind: 'var', name: 'memberId', value: '{{memberId}}', missing: true, problem: 'no-value' },
      { kind: 'text', value: '.', missing: false },
    ]);
  });

  it('flags an unknown variable, an empty value and a filter that does not apply', () => {
    const r = renderBody('{{nope}} {{explanation}} {{payer|long}} {{billed|constructor}}', buildVariables(sampleClaim(), samplePractice(), { explanation: '  ' }), en);
    expect(r.text).toBe('{{nope}} {{explanation}} {{payer|long}} {{billed|constructor}}');
    expect(r.segments.filter((s) => s.missing).map((s) => s.problem)).toEqual(['unknown-variable', 'no-value', 'unknown-filter', 'unknown-filter']);
    expect(missingVariables(r)).toEqual(['nope', 'explanation', 'payer', 'billed']);
  });

  it('treats a claim with no service lines as missing lines, not as an empty string', () => {
    const claim = { ...sampleClaim(), lines: [] };
    const r = renderBody('Lines:\n{{lines}}', buildVariables(claim, samplePractice()), en);
    expect(r.text).toBe('Lines:\n{{lines}}');
    expect(missingVariables(r)).toEqual(['lines']);
  });

  it('marks everything claim-related missing when there is no claim', () => {
    const r = renderBody('{{claimNumber}} {{providerName}}', buildVariables(null, samplePractice()), en);
    expect(r.text).toBe('{{claimNumber}} Riverside Family Practice');
    expect(missingVariables(r)).toEqual(['claimNumber']);
  });
});

describe('renderBody: escaping and plain text', () => {
  it('renders \\{{ as literal braces and never fills them', () => {
    const r = renderBody('Write \\{{claimNumber}} to get {{claimNumber}}', vars(), en);
    expect(r.text).toBe('Write {{claimNumber}} to get ICN2026031400123');
    expect(r.segments.filter((s) => s.kind === 'var')).toHaveLength(1);
  });

  it('leaves malformed tags as text', () => {
    const r = renderBody('{{ }} {{1abc}} {{payer} {{payer', vars(), en);
    expect(r.text).toBe('{{ }} {{1abc}} {{payer} {{payer');
    expect(r.segments).toEqual([{ kind: 'text', value: r.text, missing: false }]);
  });

  it('inserts values as plain text: markup in a value is not interpreted', () => {
    const r = renderBody('{{explanation}}', buildVariables(null, samplePractice(), { explanation: '<b>x</b> {{payer}}' }), en);
    expect(r.text).toBe('<b>x</b> {{payer}}');
    expect(r.segments).toEqual([{ kind: 'var', name: 'explanation', value: '<b>x</b> {{payer}}', missing: false }]);
  });

  it('accepts spaces inside tags', () => {
    expect(renderBody('{{ payer | upper }}', vars(), en).text).toBe('ACME HEALTH PLAN');
  });
});

describe('renderBody: sections', () => {
  const body = 'A\n{{#taxId}}\nTIN {{taxId}}\n{{/taxId}}\n{{^taxId}}\nNo TIN\n{{/taxId}}\nB';

  it('shows a section when the value is present and drops standalone tag lines', () => {
    expect(renderBody(body, vars(), en).text).toBe('A\nTIN 12-3456789\nB');
  });

  it('shows an inverted section when the value is missing, leaving no blank lines', () => {
    const r = renderBody(body, buildVariables(null, { ...samplePractice(), taxId: undefined }), en);
    expect(r.text).toBe('A\nNo TIN\nB');
    expect(r.segments.some((s) => s.missing)).toBe(false);
  });

  it('keeps inline sections on their line', () => {
    expect(renderBody('NPI 1{{#taxId}}, TIN {{taxId}}{{/taxId}}.', vars(), en).text).toBe('NPI 1, TIN 12-3456789.');
    expect(renderBody('x {{#nope}}y{{/nope}} z', vars(), en).segments.filter((s) => s.missing).map((s) => s.value)).toEqual(['{{#nope}}', '{{/nope}}']);
  });

  it('shows unbalanced section tags instead of guessing', () => {
    const r = renderBody('{{#taxId}}open {{/payer}} end', vars(), en);
    expect(r.text).toBe('{{#taxId}}open {{/payer}} end');
    expect(r.segments.filter((s) => s.missing).map((s) => s.problem)).toEqual(['unbalanced-section', 'unbalanced-section']);
  });
});

describe('render', () => {
  it('picks the letter language and falls back to the other when a body is empty', () => {
    const tpl = { body: { en: 'Hello {{payer}}', fr: '' } };
    expect(render(tpl, vars(), fr).text).toBe('Hello Acme Health Plan');
    expect(render({ body: { en: 'Hi', fr: 'Salut' } }, vars(), fr).text).toBe('Salut');
  });
});
