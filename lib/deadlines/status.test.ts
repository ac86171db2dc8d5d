import { describe, expect, it } from 'vitest';
import { claim, line } from '@/test/support/checks/claims';
import { isDenied, isRejected, statusUnknown } from './status';

describe('claim status for deadlines', () => {
  it('reads denials from the category, the status text or the line codes', () => {
    expect(isDenied(claim({ statusCategory: 'F2' }))).toBe(true);
    expect(isDenied(claim({ statusCategory: null, status: 'Partially Denied' }))).toBe(true);
    expect(isDenied(claim({ lines: [line({ adjustments: [{ group: 'CO', reason: '50', amount: 1 }] })] }))).toBe(true);
    expect(isDenied(claim({ lines: [line({ adjustments: [{ group: 'CO', reason: '45', amount: 1 }] })] }))).toBe(false);
    expect(isDenied(claim())).toBe(false);
  });

  it('treats a claim as rejected by category, text, or MA130 on every adjudicated line', () => {
    expect(isRejected(claim({ statusCategory: 'A7' }))).toBe(true);
    expect(isRejected(claim({ statusCategory: null, status: 'Rejected - invalid member ID' }))).toBe(true);
    const ma130 = line({ remarks: ['MA130'], adjustments: [{ group: 'CO', reason: '16', amount: 1 }] });
    expect(isRejected(claim({ lines: [ma130, line()] }))).toBe(true);
    expect(isRejected(claim({ lines: [ma130, line({ adjustments: [{ group: 'CO', reason: '97', amount: 1 }] })] }))).toBe(false);
    expect(isRejected(claim())).toBe(false);
  });

  it('knows when nothing says the claim was processed', () => {
    expect(statusUnknown(claim({ statusCategory: null, status: null, lines: [line({ paid: null })] }))).toBe(true);
    expect(statusUnknown(claim({ statusCategory: null, status: null }))).toBe(false);
  });
});
