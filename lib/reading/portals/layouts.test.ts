// Label/value layouts seen on older portals, beyond the fixture pages.
import { afterAll, describe, expect, it } from 'vitest';
import { closePages, extractHtml as extract } from '@/test/support/portals';

afterAll(closePages);

describe('label layouts', () => {
  it('reads "Label<br>value" cells and label | : | value rows', () => {
    const result = extract(`<body><table class="layout">
      <tr><td>Claim Number<br>BR00000042</td><td>Member ID<br><span>MBR-77</span></td></tr>
      <tr><td>Billed Amount</td><td>:</td><td>$45.00</td></tr>
      <tr><td>Status</td><td>:</td><td>Denied</td></tr></table></body>`);
    expect(result.page).toMatchObject({ claimNumber: 'BR00000042', memberId: 'MBR-77', billed: 45, status: 'Denied' });
  });
});

describe('search forms', () => {
  it('does not take a search form\'s typed claim number for the page\'s claim', () => {
    const result = extract(`<body><form><label for="q">Claim Number</label><input id="q" value="A26301000101"></form>
      <table><tr><th>Claim #</th><th>Status</th><th>Billed</th></tr><tr><td>A26301000101</td><td>Paid</td><td>$10.00</td></tr></table></body>`);
    expect(result.page).toEqual({ claims: [expect.objectContaining({ claimNumber: 'A26301000101', status: 'Paid', billed: 10 })] });
  });
});

describe('line-level diagnosis codes', () => {
  it('turns codes printed on lines into pointers into the claim list', () => {
    const result = extract(`<body><dl><dt>ICN</dt><dd>2226300112450</dd><dt>Diagnosis</dt><dd>I10</dd></dl>
      <table><tr><th>Procedure Code</th><th>Units</th><th>Diagnosis Code</th><th>Billed</th></tr>
      <tr><td>99213</td><td>1</td><td>I10, E119</td><td>$100.00</td></tr>
      <tr><td>82947</td><td>1</td><td>E11.9</td><td>$20.00</td></tr></table></body>`);
    const claim = result.page as { diagnoses: string[]; lines: { dxPointers: number[] }[] };
    expect(claim.diagnoses).toEqual(['I10', 'E11.9']);
    expect(claim.lines.map((l) => l.dxPointers)).toEqual([[1, 2], [2]]);
  });
});

describe('a "Dx" column with pointer letters', () => {
  it('reads the letters as pointers', () => {
    const result = extract(`<body><dl><dt>Claim #</dt><dd>DX00000001</dd></dl>
      <table><tr><th>CPT</th><th>Units</th><th>Dx</th><th>Billed</th></tr><tr><td>99213</td><td>1</td><td>A,C</td><td>$100.00</td></tr></table></body>`);
    expect((result.page as { lines: { dxPointers: number[] }[] }).lines[0]!.dxPointers).toEqual([1, 3]);
  });
});

describe('diagnoses chosen by the pointers (issue 13)', () => {
  it('prefers the diagnosis list that covers every pointer over a partial label', () => {
    const result = extract(`<body><dl><dt>Claim #</dt><dd>PTR00000001</dd><dt>Primary Diagnosis</dt><dd>E11.9</dd></dl>
      <h3>Diagnosis Codes</h3><ol><li>E11.9 Type 2 diabetes</li><li>I10 Hypertension</li><li>Z79.4 Insulin use</li></ol>
      <table><tr><th>CPT</th><th>Units</th><th>Pointer</th><th>Billed</th></tr><tr><td>99214</td><td>1</td><td>A,C</td><td>$100.00</td></tr></table></body>`);
    expect((result.page as { diagnoses: string[] }).diagnoses).toEqual(['E11.9', 'I10', 'Z79.4']);
    expect(result.unsure).toEqual([]);
  });
});

describe('arithmetic chooses between readings (issue 13)', () => {
  it('takes the paid column whose lines balance when two columns claim to be paid', () => {
    const result = extract(`<body><dl><dt>Claim #</dt><dd>ARI00000001</dd></dl>
      <table><tr><th>CPT</th><th>Billed</th><th>Payment</th><th>Net Paid</th><th>Adjustments</th></tr>
      <tr><td>99213</td><td>$100.00</td><td>$5.00</td><td>$60.00</td><td>CO-45 $40.00</td></tr>
      <tr><td>36415</td><td>$20.00</td><td>$5.00</td><td>$12.00</td><td>CO-45 $8.00</td></tr></table></body>`);
    const lines = (result.page as { lines: { paid: number | null }[] }).lines;
    expect(lines.map((l) => l.paid)).toEqual([60, 12]);
    // Chosen against the first header: shown, but as a reading to verify.
    expect(result.unsure).toContain('lines[0].paid');
  });

  it('marks a claim total that is not the sum of its lines unsure, and confirms one that is', () => {
    const html = (total: string) => `<body><dl><dt>Claim #</dt><dd>ARI00000002</dd><dt>Total Billed</dt><dd>${total}</dd></dl>
      <table><tr><th>CPT</th><th>Billed</th></tr><tr><td>99213</td><td>$100.00</td></tr><tr><td>36415</td><td>$20.00</td></tr></table></body>`;
    expect(extract(html('$120.00')).unsure).toEqual([]);
    const off = extract(html('$150.00'));
    expect(off.unsure).toEqual(['billed']);
    expect(off.provenance.find((p) => p.path === 'billed')!.confidence).toBeLessThan(0.7);
    expect((off.page as { billed: number }).billed).toBe(150); // shown as read, never replaced by the sum
  });
});
