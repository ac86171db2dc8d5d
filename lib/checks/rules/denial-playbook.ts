/**
 * One finding per adjustment (group + CARC) and remark (RARC) on each line, with the playbook's
 * plain-language explanation and next steps; codes outside the playbook show the imported official
 * description, or a hint to import the lists.
 */
import { explainAdjustment, explainRemark } from '@/lib/denials';
import type { Explanation } from '@/lib/denials';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule, Severity } from '@/lib/checks/types';
import { playbookParams } from './denial-playbook-text';

function severityOf(ex: Explanation): Severity {
  return ex.inPlaybook && ex.entry.kind === 'denial' ? 'warning' : 'info';
}

/** The finding for a code, at line 0; callers copy it to each line the code appears on. */
function findingFor(list: 'carc' | 'rarc', group: string, ex: Explanation): Finding {
  const display = list === 'carc' && group ? `${group}-${ex.code}` : ex.code;
  const base = { list, group, code: ex.code, groupPrefix: list === 'carc' && group ? `${group}-` : '' };
  const where = { line: 0 };
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
    // A remit repeats the same few codes on every line: render each once, then place it per line.
    const rendered = new Map<string, Finding>();
    const place = (line: number, key: string, make: () => Finding) => {
      let f = rendered.get(key);
      if (!f) { f = make(); rendered.set(key, f); }
      out.push({ ...f, where: { line } });
    };
    ctx.claim.lines.forEach((line, i) => {
      const seen = new Set<string>();
      for (const adj of line.adjustments) {
        const key = `carc|${adj.group ?? ''}|${adj.reason.trim().toUpperCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const ex = explainAdjustment(adj.group, adj.reason, official);
        if (!ex.code) continue;
        // Normalised code in the key: "045" and "45" on one line are one adjustment.
        const normal = `carc|${adj.group ?? ''}|${ex.code}`;
        if (normal !== key && seen.has(normal)) continue;
        seen.add(normal);
        place(i, normal, () => findingFor('carc', adj.group ?? '', ex));
      }
      for (const remark of line.remarks) {
        const key = `rarc|${remark.trim().toUpperCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const ex = explainRemark(remark, official);
        if (ex.code) place(i, key, () => findingFor('rarc', '', ex));
      }
    });
    return out;
  },
};
