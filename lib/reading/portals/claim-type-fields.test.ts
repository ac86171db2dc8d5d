/** The reader picks up claim type, type of bill, frequency, place of service and patient sex where a page shows them (issue 12). */
import { describe, expect, it } from 'vitest';
import { extractClaimPage } from './extract';
import { claimFieldValue } from './values';
import type { Claim } from '@/lib/claim/types';

describe('claim type fields: values', () => {
  it('reads a bill type as a form or as a UB-04 type of bill', () => {
    expect(claimFieldValue('claimType', 'Professional')).toEqual({ claimType: 'professional' });
    expect(claimFieldValue('claimType', 'UB-04')).toEqual({ claimType: 'institutional' });
    expect(claimFieldValue('claimType', '0131')).toEqual({ typeOfBill: '131' });
    expect(claimFieldValue('claimType', 'see attachment')).toBeNull();
    expect(claimFieldValue('typeOfBill', '111 - Hospital inpatient')).toEqual({ typeOfBill: '111' });
    expect(claimFieldValue('typeOfBill', '1')).toBeNull();
  });

  it('reads the frequency digit, a two-digit place of service and the patient sex', () => {
    expect(claimFieldValue('frequencyCode', '7 - Replacement of prior claim')).toEqual({ frequencyCode: '7' });
    expect(claimFieldValue('placeOfService', '11 - Office')).toEqual({ placeOfService: '11' });
    expect(claimFieldValue('placeOfService', '2')).toEqual({ placeOfService: '02' });
    expect(claimFieldValue('patientSex', 'Female')).toEqual({ patientSex: 'F' });
    expect(claimFieldValue('patientSex', 'M')).toEqual({ patientSex: 'M' });
    expect(claimFieldValue('patientSex', 'Prefer not to say')).toBeNull();
  });
});

describe('claim type fields: a generic claim page', () => {
  it('lands them on the claim with provenance', () => {
    const doc = new DOMParser().parseFromString(`<main><h1>Claim detail</h1><table>
      <tr><th>Claim #</th><td>2026123456789</td></tr>
      <tr><th>Bill Type</th><td>Professional</td></tr>
      <tr><th>Claim Frequency</th><td>7 - Replacement</td></tr>
      <tr><th>Place of Service</th><td>11 - Office</td></tr>
      <tr><th>Gender</th><td>Female</td></tr>
      <tr><th>Date of Service</th><td>03/02/2026</td></tr>
      <tr><th>Billed</th><td>$150.00</td></tr>
    </table></main>`, 'text/html');
    const result = extractClaimPage(doc, 'https://portal.example/claim');
    const claim = result.page as Claim;
    expect(claim).toMatchObject({ claimType: 'professional', frequencyCode: '7', placeOfService: '11', patientSex: 'F' });
    expect(result.provenance.map((p) => p.path)).toEqual(expect.arrayContaining(['claimType', 'frequencyCode', 'placeOfService', 'patientSex']));
  });
});
