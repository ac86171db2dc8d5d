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
