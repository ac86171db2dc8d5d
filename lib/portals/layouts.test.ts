// Label/value layouts seen on older portals, beyond the fixture pages.
import { afterAll, describe, expect, it } from 'vitest';
import { closePages, extractHtml as extract } from './testing';

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
