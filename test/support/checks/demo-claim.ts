/**
 * A claim with known problems, one per rule family: used by the engine tests, the side-panel E2E
 * (the integrator's demo portal can show the same data) and the bench. Made-up patient data.
 */
import type { Claim } from '@/lib/claim/types';

export function demoProblemClaim(): Claim {
  return {
    portal: 'generic', payer: 'Medicare Part B', claimNumber: 'DEMO-0001', patientAccountNumber: 'ACCT-42',
    memberId: 'TEST1234', patientName: 'Test Patient', patientDob: '1950-01-01',
    serviceFrom: '2025-12-08', serviceTo: '2025-12-08', status: 'Denied', statusCategory: 'F2',
    billed: 430, allowed: 180, paid: 200, patientResponsibility: 20, checkNumber: null, paidDate: '2026-08-10',
    diagnoses: ['G63', 'E11', 'B88.0', 'E10.9', 'S52.521', 'S09.90A'],
    lines: [
      { code: '99214', modifiers: ['25'], units: 1, serviceDate: null, billed: 180, allowed: 120, paid: 96, dxPointers: [1, 2], adjustments: [{ group: 'CO', reason: '45', amount: 60 }, { group: 'PR', reason: '2', amount: 24 }], remarks: [] },
      { code: 'Q0516', modifiers: ['QQ'], units: 1, serviceDate: null, billed: 50, allowed: 0, paid: 0, dxPointers: [3], adjustments: [{ group: 'CO', reason: '16', amount: 50 }], remarks: ['MA130'] },
      { code: '20610', modifiers: ['LT'], units: 0, serviceDate: null, billed: 100, allowed: 0, paid: 0, dxPointers: [7], adjustments: [{ group: 'CO', reason: '97', amount: 100 }], remarks: ['M15'] },
      { code: '20610', modifiers: ['LT'], units: 1, serviceDate: null, billed: 100, allowed: 60, paid: 104, dxPointers: [4], adjustments: [], remarks: [] },
    ],
  };
}
