/**
 * One finding per adjustment (group + CARC) and remark (RARC) on each line, with the playbook's
 * plain-language explanation and next steps; codes outside the playbook show the imported official
 * description, or a hint to import the lists.
 */
import { explainAdjustment, explainRemark } from '../../playbook';
import type { Explanation } from '../../playbook';
import { makeFinding } from '../make';
import type { CheckContext, Finding, Rule, Severity } from '../types';
import { playbookParams } from './denial-playbook-text';

function severityOf(ex: Explanation): Severity {
  return ex.inPlaybook && ex.entry.kind === 'denial' ? 'warning' : 'info';
}

function findingFor(ctx: CheckContext, line: number, list: 'carc' | 'rarc', group: string, ex: Explanation): Finding {
  const display = list === 'carc' && group ? `${group}-${ex.code}` : ex.code;
  const base = { list, group, code: ex.code, groupPrefix: list === 'carc' && group ? `${group}-` : '' };
  const where = { line };
  if (ex.inPlaybook) {
    const params = { ...base, ...playbookParams(base, 'en') };
    return makeFinding('denial-playbook', severityOf(ex), where, display, `check.denial-playbook.${list}`, params,
      { fixKey: 'check.denial-playbook.fix', templateId: ex.entry.template });
  }
  if (ex.official) {
    return makeFinding('denial-playbook', 'info', where, display, 'check.denial-playbook.official', { ...base, official: ex.official });
  }
  return makeFinding('denial-playbook', 'info', where, display, 'check.denial-playbook.unknown', base);
}

export const denialPlaybook: Rule = {
  id: 'denial-playbook',
  check(ctx) {
    const out: Finding[] = [];
    const official = ctx.settings.officialLists ?? null;
    ctx.claim.lines.forEach((line, i) => {
      const seen = new Set<string>();
      for (const adj of line.adjustments) {
        const ex = explainAdjustment(adj.group, adj.reason, official);
        const key = `${adj.group ?? ''}-${ex.code}`;
        if (!ex.code || seen.has(key)) continue;
        seen.add(key);
        out.push(findingFor(ctx, i, 'carc', adj.group ?? '', ex));
      }
      for (const remark of line.remarks) {
        const ex = explainRemark(remark, official);
        if (!ex.code || seen.has(ex.code)) continue;
        seen.add(ex.code);
        out.push(findingFor(ctx, i, 'rarc', '', ex));
      }
    });
    return out;
  },
};
