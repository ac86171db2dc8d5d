// The demo's "known problems" claim (test/fixtures/demo/known-problems.html) as a claim object:
// three denials (CO-16 on lines 1 and 4, CO-97 on line 2, CO-50 on line 3) and code problems.
import { claim, line } from './claims';
import type { Claim } from '@/lib/claim/types';

export function threeDenialsClaim(): Claim {
  return claim({
    payer: null, status: 'Denied', statusCategory: 'F2', serviceFrom: '2026-01-14', serviceTo: '2026-01-14', paidDate: '2026-02-02',
    diagnoses: ['E11', 'B88.0', 'E10.9', 'E11.9'],
    lines: [
      line({ code: '99214', modifiers: ['25'], billed: 200, allowed: null, paid: 0, dxPointers: [1, 2], adjustments: [{ group: 'CO', reason: '16', amount: 200 }], remarks: ['M76'] }),
      line({ code: '36415', billed: 30, allowed: null, paid: 0, dxPointers: [5], adjustments: [{ group: 'CO', reason: '97', amount: 30 }], remarks: ['M15'] }),
      line({ code: '95004', units: 20, billed: 300, allowed: null, paid: 0, dxPointers: [2], adjustments: [{ group: 'CO', reason: '50', amount: 300 }], remarks: ['N115'] }),
      line({ code: '82947', units: 0, billed: 80, allowed: null, paid: 0, dxPointers: [3, 4], adjustments: [{ group: 'CO', reason: '16', amount: 80 }], remarks: ['MA130'] }),
    ],
  });
}
