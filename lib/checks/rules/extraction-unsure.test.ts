import { afterAll, describe, expect, it } from 'vitest';
import { closePages, extractHtml } from '@/test/support/portals';
import type { Claim } from '@/lib/claim/types';
import { checkClaim } from '@/lib/checks';
import { claim, line, run, TODAY } from '@/test/support/checks/claims';
import { TestTables } from '@/test/support/checks/tables';
import { extractionUnsure, forgetUnsure } from './extraction-unsure';

afterAll(closePages);

describe('extraction-unsure', () => {
  it('says nothing when the reader was sure of everything', () => {
    expect(run(extractionUnsure, claim())).toEqual([]);
    expect(run(extractionUnsure, claim(), { unsure: [] })).toEqual([]);
  });

  it('gives one notice, whatever the number of unsure values', () => {
    const found = run(extractionUnsure, claim(), { unsure: ['billed', 'lines[0].paid', 'diagnoses'] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', where: { claim: true }, params: { count: 3 } });
    expect(found[0]!.message).toContain('not sure it read 3 value(s)');
  });

  it('makes unsure values unknown, and pointers unknown with unsure diagnoses', () => {
    const c = claim({ billed: 10, diagnoses: ['E11.9'], lines: [line({ paid: 5, dxPointers: [1, 2] }), line({ code: '36415', adjustments: [{ group: 'CO', reason: '45', amount: 1 }] })] });
    const out = forgetUnsure(c, ['billed', 'diagnoses', 'lines[0].paid', 'lines[1].adjustments[0]', 'portal', 'lines[9].code']);
    expect(out.billed).toBeNull();
    expect(out.diagnoses).toEqual([]);
    expect(out.lines.map((l) => l.dxPointers)).toEqual([[], []]);
    expect(out.lines[0]!.paid).toBeNull();
    expect(out.lines[1]!.adjustments).toEqual([]);
    expect(out.portal).toBe('generic');
    // The claim the side panel shows is untouched.
    expect(c.billed).toBe(10);
    expect(c.lines[0]!.dxPointers).toEqual([1, 2]);
  });

  it('an extraction miss gives one notice and no error (issue 13)', () => {
    // The diagnoses sit in a picture of the claim form the reader cannot read; the lines point at A and B.
    const result = extractHtml(`<body><main><dl><dt>Claim #</dt><dd>MISS00000001</dd><dt>Dates of Service</dt><dd>11/20/2026</dd>
      <dt>Diagnosis Codes</dt><dd><img alt="" src="data:,"></dd></dl>
      <table><tr><th>CPT</th><th>Units</th><th>Dx Pointer</th><th>Billed</th></tr>
      <tr><td>99213</td><td>1</td><td>A,B</td><td>$100.00</td></tr><tr><td>36415</td><td>1</td><td>B</td><td>$20.00</td></tr></table></main></body>`);
    const page = result.page as Claim;
    expect(page.diagnoses).toEqual([]);
    expect(result.unsure).toContain('diagnoses');
    const findings = checkClaim(page, new TestTables(), { unsure: result.unsure }, TODAY);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'extraction-unsure')).toHaveLength(1);
    // Without the reader's doubt, the dx-pointer rule (issue 12) still says once that no diagnoses were read, never per line.
    const plain = checkClaim(page, new TestTables(), {}, TODAY);
    expect(plain.filter((f) => f.severity === 'error')).toEqual([]);
    expect(plain.filter((f) => f.rule === 'dx-pointer')).toHaveLength(1);
  });
});
