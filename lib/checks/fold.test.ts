import { describe, expect, it } from 'vitest';
import { checkClaim } from '@/lib/checks';
import { claim, line, TODAY } from '@/test/support/checks/claims';
import { TestTables } from '@/test/support/checks/tables';
import { findingAnchor, foldFindings } from './fold';

describe('folding repeated explanations', () => {
  const c = claim({
    lines: [
      line({ paid: 0, adjustments: [{ group: 'CO', reason: '16', amount: 150 }], remarks: ['M76'] }),
      line({ code: '99214', paid: 0, adjustments: [{ group: 'CO', reason: '16', amount: 150 }], remarks: ['MA130'] }),
      line({ code: '99215', paid: 0, adjustments: [{ group: 'CO', reason: '50', amount: 150 }] }),
    ],
  });
  const findings = checkClaim(c, new TestTables(), {}, TODAY);
  const folded = foldFindings(findings);

  it('says each denial\'s explanation once, with its lines', () => {
    const co16 = folded.filter((f) => f.finding.code === 'CO-16');
    expect(co16).toHaveLength(1);
    expect(co16[0]!.lines).toEqual([0, 1]);
    // Different remarks stay apart; nothing is lost.
    expect(folded.filter((f) => f.finding.code === 'M76')).toHaveLength(1);
    expect(folded.filter((f) => f.finding.code === 'MA130')).toHaveLength(1);
    expect(folded.flatMap((f) => f.indexes).sort((a, b) => a - b)).toEqual(findings.map((_, i) => i));
  });

  it('points every finding at the card that shows it', () => {
    // The checks may already group a denial over its lines (one finding); folding then keeps it whole.
    const repeated = [...findings, ...findings.filter((f) => f.code === 'CO-16')];
    const refolded = foldFindings(repeated);
    const first = repeated.findIndex((f) => f.code === 'CO-16');
    const again = repeated.findIndex((f, k) => f.code === 'CO-16' && k > first);
    expect(findingAnchor(refolded, again)).toBe(`finding-${first}`);
    expect(findingAnchor(refolded, 9999)).toBeNull();
  });
});
