/**
 * Units must be positive: a zero or negative count is a keying error, unless the line is a reversal
 * (negative units with negative amounts, or a CR correction group), which undoes an earlier line.
 */
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';

export const units: Rule = {
  id: 'units',
  check(ctx) {
    const out: Finding[] = [];
    ctx.claim.lines.forEach((line, i) => {
      if (line.units === null || line.units > 0) return;
      if (line.adjustments.some((a) => a.group === 'CR')) return;
      const reversal = line.units < 0 && [line.billed, line.allowed, line.paid].some((v) => v !== null && v < 0);
      if (reversal) return;
      out.push(makeFinding('units', 'error', { line: i }, line.code, 'check.units', { n: i + 1, units: line.units }, { templateId: 'corrected-claim', sourceKey: 'check.source.units' }));
    });
    return out;
  },
};
