import { describe, expect, it } from 'vitest';
import { BUILT_IN_IDS, BUILT_IN_TEMPLATES } from './builtins';
import { missingVariables, render } from './render';
import { sampleClaim, samplePractice } from '@/test/support/templates';
import { unknownVariables } from './user-templates';
import { buildVariables } from './variables';

const practice = samplePractice();
const used = (s: string): string[] => [...new Set(s.match(/\{\{[#^/]?(\w+)/g))].sort();

describe('built-in templates', () => {
  it('has the ids the denial playbook refers to', () => {
    expect(BUILT_IN_IDS).toEqual([
      'medical-necessity', 'bundling-modifier', 'timely-filing', 'corrected-claim', 'retro-authorization',
      'duplicate-claim', 'coordination-of-benefits', 'underpayment', 'reconsideration', 'call-note',
    ]);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s: complete in both languages, only known variables', (_id, tpl) => {
    expect(tpl.builtIn).toBe(true);
    for (const locale of ['en', 'fr'] as const) {
      expect(tpl.name[locale].trim()).not.toBe('');
      expect(tpl.body[locale].trim()).not.toBe('');
    }
    expect(unknownVariables(tpl)).toEqual([]);
    // Both languages ask for the same facts.
    expect(used(tpl.body.fr)).toEqual(used(tpl.body.en));
  });

  it.each(BUILT_IN_TEMPLATES.filter((t) => t.id !== 'call-note').map((t) => [t.id, t] as const))(
    '%s: a full letter with identifiers, request, enclosures and signature',
    (_id, tpl) => {
      const extra = {
        clinicalSummary: 'Severe pain despite six weeks of therapy.', explanation: 'Distinct lesion.', originalSubmissionDate: '03/20/2026',
        submissionProof: '277CA batch 88', correctionSummary: 'Added the missing referring NPI.', otherPayer: 'None', expectedAmount: '$900.00',
        contractReference: 'Fee schedule 2026, p. 4', authorizationNumber: null, originalClaimNumber: null,
      };
      const en = render(tpl, buildVariables(sampleClaim(), practice, extra), { locale: 'en', today: '2026-11-26' });
      expect(missingVariables(en)).toEqual([]);
      expect(en.text).toContain('ICN2026031400123');
      expect(en.text).toContain('XZW123456789');
      expect(en.text).toContain('Date: November 26, 2026');
      expect(en.text).toMatch(/Requested action:/);
      expect(en.text).toMatch(/Enclosures:\n- /);
      expect(en.text.endsWith('100 Main Street, Springfield, IL 62701')).toBe(true);
      expect(en.text).not.toMatch(/\n\n\n/);
      const fr = render(tpl, buildVariables(sampleClaim(), practice, extra), { locale: 'fr', today: '2026-11-26' });
      expect(fr.text).toContain('Date : 26 novembre 2026');
      expect(fr.text).toMatch(/Mesure demandée :/);
      expect(fr.text).toMatch(/Pièces jointes :\n- /);
    },
  );

  it('the call note flags what the specialist still has to type', () => {
    const callNote = BUILT_IN_TEMPLATES.find((t) => t.id === 'call-note')!;
    const r = render(callNote, buildVariables(sampleClaim(), practice), { locale: 'en', today: '2026-11-26' });
    expect(missingVariables(r)).toEqual(['repName', 'callReference', 'nextFollowUp']);
    expect(r.text.split('\n').slice(0, 3)).toEqual([
      '11/26/2026 - Call to Acme Health Plan',
      'Claim ICN2026031400123 | Patient Jordan Sample | Member ID XZW123456789 | DOS 03/14/2026',
      'Billed $1,234.56, paid $0.00 | Status: Denied',
    ]);
  });

  it('optional practice fields leave no empty lines', () => {
    const tpl = BUILT_IN_TEMPLATES[0]!;
    const bare = { providerName: 'Dr. Lee', npi: '1234567893', signature: 'Sam' };
    const r = render(tpl, buildVariables(sampleClaim(), bare, { clinicalSummary: 'x' }), { locale: 'en', today: '2026-11-26' });
    expect(r.text).toContain('From: Dr. Lee, NPI 1234567893\n');
    expect(r.text).not.toContain('TIN');
    expect(r.text).toContain('please contact our office. Thank you');
    expect(r.text.endsWith('Sam\nDr. Lee')).toBe(true);
  });
});

describe('built-in letters: issue 12 fixes', () => {
  const tpl = (id: string) => BUILT_IN_TEMPLATES.find((t) => t.id === id)!;
  const letterFor = (id: string, payer: string, extra: Record<string, string> = {}, locale: 'en' | 'fr' = 'en') =>
    render(tpl(id), buildVariables({ ...sampleClaim(), payer, paidDate: '2026-10-01' }, practice, extra), { locale, today: '2026-11-26' }).text;

  it('letters carry the determination / remittance date and the appeal level of the payer type', () => {
    const medicare = letterFor('medical-necessity', 'Medicare Part B');
    expect(medicare).toMatch(/Determination \/ remittance date: .*2026/);
    expect(medicare).toContain('Appeal level: first level, redetermination');
    expect(letterFor('medical-necessity', 'Humana Gold Plus HMO')).toContain('Appeal level: first level, plan reconsideration');
    expect(letterFor('medical-necessity', 'Aetna')).toContain('Appeal level: first-level appeal');
    expect(letterFor('medical-necessity', 'Aetna', { appealLevel: 'second level' })).toContain('Appeal level: second level');
    expect(letterFor('medical-necessity', 'Medicare Part B', {}, 'fr')).toContain("Palier d'appel : premier palier, redétermination");
  });

  it('timely-filing proof asks for the payer acceptance report (277CA), not a 999', () => {
    const text = letterFor('timely-filing', 'Aetna', { originalSubmissionDate: '03/20/2026', submissionProof: '277CA batch 88' });
    expect(text).toContain('277CA');
    expect(text).not.toMatch(/999 \//);
    expect(text).toContain('a 999 file acknowledgment alone does not show the claim was accepted');
  });

  it('the underpayment letter compares expected and actual allowed amounts', () => {
    const text = letterFor('underpayment', 'Aetna', { expectedAmount: '$900.00', contractReference: 'Fee schedule 2026' });
    expect(text).toContain('Allowed amount expected under the contract: $900.00');
    expect(text).toMatch(/Allowed amount on the remittance: \$/);
  });

  it('the modifier letter speaks of medical decision-making or time for office E/M', () => {
    const text = letterFor('bundling-modifier', 'Aetna', { explanation: 'Distinct lesion.' });
    expect(text).toContain('medical decision-making or on the total time');
    expect(text).not.toContain('history, examination and medical decision-making');
  });
});
