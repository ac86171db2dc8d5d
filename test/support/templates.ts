// A made-up claim and practice for tests and demos (no real patient: names and numbers invented).
import { emptyClaim, type Claim } from '@/lib/claim/types';
import type { PracticeSettings } from '@/lib/templates/types';

export function sampleClaim(): Claim {
  return {
    ...emptyClaim('generic'),
    payer: 'Acme Health Plan',
    claimNumber: 'ICN2026031400123',
    patientAccountNumber: 'PA-7731',
    memberId: 'XZW123456789',
    patientName: 'Jordan Sample',
    patientDob: '1980-02-29',
    serviceFrom: '2026-03-14',
    serviceTo: '2026-03-14',
    status: 'Denied',
    statusCategory: 'F2',
    billed: 1234.56,
    allowed: 0,
    paid: 0,
    patientResponsibility: 0,
    diagnoses: ['M54.50', 'G89.29'],
    lines: [
      {
        code: '99214', modifiers: ['25'], units: 1, serviceDate: '2026-03-14', billed: 184.56, allowed: 0, paid: 0,
        dxPointers: [1], adjustments: [{ group: 'CO', reason: '97', amount: 184.56 }], remarks: ['M15'],
      },
      {
        code: '20552', modifiers: [], units: 1, serviceDate: '2026-03-14', billed: 1050, allowed: 820, paid: 656,
        dxPointers: [1, 2], adjustments: [{ group: 'CO', reason: '45', amount: 230 }, { group: 'PR', reason: '2', amount: 164 }], remarks: [],
      },
    ],
  };
}

export function samplePractice(): PracticeSettings {
  return {
    providerName: 'Riverside Family Practice',
    npi: '1234567893',
    taxId: '12-3456789',
    address: '100 Main Street, Springfield, IL 62701',
    phone: '(217) 555-0100',
    signature: 'Alex Biller, CPC\nReimbursement Specialist',
  };
}
