/**
 * Add-on code edits (imported CMS AOC file): an add-on code billed without one of its listed
 * primary codes on the same date of service. Type 1 (only paid with a listed primary): an error.
 * Type 3 (some primaries listed; the contractor may accept others): a warning, as the claim may
 * still pay. Type 2 (primaries left to the contractor): no list to check, no finding.
 */
import { citeParams } from '@/lib/edits/cite';
import { makeFinding } from '@/lib/checks/make';
import type { Rule } from '@/lib/checks/types';

export const ncciAddOn: Rule = {
  id: 'ncci-add-on',
  check(ctx) {
    const analysis = ctx.editsAnalysis();
    if (!analysis) return [];
    return analysis.aoc.map((hit) => {
      const { entry } = hit;
      const shown = entry.primaries.slice(0, 12).join(', ') + (entry.primaries.length > 12 ? ` (+${entry.primaries.length - 12})` : '');
      const params = { n: hit.line + 1, code: entry.addon, dos: hit.date, primaries: shown, ...citeParams(entry.meta, hit.date) };
      return makeFinding('ncci-add-on', entry.type === 1 ? 'error' : 'warning', { line: hit.line }, entry.addon,
        `check.ncci-add-on.type${entry.type}`, params, { fixKey: 'check.ncci-add-on.fix', templateId: 'corrected-claim' });
    });
  },
};
