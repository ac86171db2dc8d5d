/**
 * Links bundling and units denials to the imported NCCI edits: a line adjusted with CARC 97
 * (bundled), 236 (not compatible with another procedure / NCCI) or 151 (units / frequency) says
 * which edit explains it and whether a modifier or an appeal can help ("indicator 0: do not
 * appeal", "MAI 2: no appeal changes it"). Silent without imported edits.
 */
import { citeParams } from '@/lib/edits/cite';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';

const LINKED = new Set(['97', '236', '151']);

export const ncciDenial: Rule = {
  id: 'ncci-denial',
  check(ctx) {
    const analysis = ctx.editsAnalysis();
    if (!analysis) return [];
    const out: Finding[] = [];
    ctx.claim.lines.forEach((line, i) => {
      const carcs = new Set<string>();
      for (const adj of line.adjustments) {
        const reason = adj.reason.trim().toUpperCase().replace(/^0+(?=\d)/, '');
        if (LINKED.has(reason)) carcs.add(`${adj.group ? `${adj.group}-` : ''}${reason}`);
      }
      for (const carc of carcs) {
        const base = { carc, n: i + 1 };
        let found = false;
        for (const hit of analysis.ptp) {
          if (hit.line !== i) continue;
          found = true;
          const variant = hit.edit.indicator === 0 ? 'ptp0' : hit.bypass ? 'ptp1Bypassed' : 'ptp1';
          out.push(makeFinding('ncci-denial', 'info', { line: i }, line.code, `check.ncci-denial.${variant}`,
            { ...base, col1: hit.edit.col1, col2: hit.edit.col2, other: hit.other + 1, modifier: hit.bypass ?? '', dos: hit.date, ...citeParams(hit.edit.meta, hit.date) },
            { templateId: hit.edit.indicator === 0 ? null : 'bundling-modifier' }));
        }
        for (const hit of analysis.mue) {
          if (!hit.lines.includes(i)) continue;
          found = true;
          out.push(makeFinding('ncci-denial', 'info', { line: i }, line.code, `check.ncci-denial.mue${hit.entry.mai}`,
            { ...base, code: hit.code, value: hit.entry.value, units: hit.units, dos: hit.date, ...citeParams(hit.entry.meta, hit.date) },
            { templateId: hit.entry.mai === 3 ? 'medical-necessity' : null }));
        }
        for (const hit of analysis.aoc) {
          if (hit.line !== i) continue;
          found = true;
          out.push(makeFinding('ncci-denial', 'info', { line: i }, line.code, 'check.ncci-denial.aoc',
            { ...base, code: hit.entry.addon, dos: hit.date, ...citeParams(hit.entry.meta, hit.date) }, { templateId: 'corrected-claim' }));
        }
        // "No edit explains it" only when the kind of edit behind that CARC was imported for this claim type.
        const relevant = carc.endsWith('151') ? ctx.edits?.has('mue', analysis.setting) : ctx.edits?.has('ptp', analysis.setting);
        if (!found && relevant) {
          out.push(makeFinding('ncci-denial', 'info', { line: i }, line.code, 'check.ncci-denial.none',
            { ...base, dos: ctx.lineDates[i] ?? '—', tableKey: `edits.table.${analysis.setting}` }));
        }
      }
    });
    return out;
  },
};
