/**
 * Procedure codes that are neither CPT (Category I/II/III, PLA) nor HCPCS Level II in shape. CPT
 * descriptors are AMA-licensed, so without an imported file only the shape can be checked.
 */
import { isShape } from '@/lib/codes/shapes';
import { codeBody, isRevenueLineCode } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';

export const cptShape: Rule = {
  id: 'cpt-shape',
  check(ctx) {
    const out: Finding[] = [];
    ctx.claim.lines.forEach((line, i) => {
      if (!line.code) return;
      const body = codeBody(line.code);
      if (isShape('cpt', body) || isShape('hcpcs', body) || isShape('cdt', body) || isRevenueLineCode(body)) return;
      out.push(makeFinding('cpt-shape', 'error', { line: i }, line.code, 'check.cpt-shape', { n: i + 1, code: line.code }, { templateId: 'corrected-claim', sourceKey: 'check.source.procedureShape' }));
    });
    return out;
  },
};
