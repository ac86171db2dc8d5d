/**
 * NCCI procedure-to-procedure edits (imported CMS files): two codes of an edit pair on the same
 * date of service. Indicator 0: an error no modifier fixes. Indicator 1 without an NCCI-associated
 * modifier on the column 2 line: an error naming the modifiers that may apply; with one: an info
 * that the documentation must support it. Practitioner or outpatient hospital table by claim type.
 */
import { citeParams } from '@/lib/edits/cite';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';

export const ncciPtp: Rule = {
  id: 'ncci-ptp',
  check(ctx) {
    const analysis = ctx.editsAnalysis();
    if (!analysis) return [];
    return analysis.ptp.map((hit): Finding => {
      const { edit } = hit;
      const params = {
        n: hit.line + 1, other: hit.other + 1, col1: edit.col1, col2: edit.col2, dos: hit.date,
        rationale: edit.rationale || '—', modifier: hit.bypass ?? '', ...citeParams(edit.meta, hit.date),
      };
      if (edit.indicator === 0) {
        return makeFinding('ncci-ptp', 'error', { line: hit.line }, edit.col2, 'check.ncci-ptp.ind0', params, { templateId: 'corrected-claim' });
      }
      if (hit.bypass) return makeFinding('ncci-ptp', 'info', { line: hit.line }, edit.col2, 'check.ncci-ptp.bypassed', params);
      return makeFinding('ncci-ptp', 'error', { line: hit.line }, edit.col2, 'check.ncci-ptp.ind1', params, { templateId: 'bundling-modifier' });
    });
  },
};
