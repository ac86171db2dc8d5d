/**
 * One finding per adjustment (group + CARC) and per remark (RARC), listing every line it appears
 * on (CO-45 on four lines is one finding), with the playbook's plain-language explanation and next
 * steps; codes outside the playbook show the imported official description, or a hint to import
 * the lists. The remedy is adjusted to the payer type: Original Medicare Part B takes no corrected
 * claim for a processed claim (reopening or redetermination instead), Part A corrects with an
 * adjustment bill (TOB xx7), and a Medicare timely-filing denial (CARC 29) has no appeal rights.
 */
import { explainAdjustment, explainRemark } from '@/lib/denials';
import type { Explanation } from '@/lib/denials';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule, Severity } from '@/lib/checks/types';
import { classifyClaimPayer, type PayerType } from '@/lib/deadlines/payer-type';
import type { TemplateId } from '@/lib/denials/letters';
import { playbookParams } from './denial-playbook-text';

function severityOf(ex: Explanation): Severity {
  return ex.inPlaybook && ex.entry.kind === 'denial' ? 'warning' : 'info';
}

/** The payer-type caution shown after the steps, or '' when the playbook's steps apply as they are. */
function payerNoteKey(type: PayerType, list: 'carc' | 'rarc', ex: Explanation): string {
  const medicare = type === 'medicare-part-a' || type === 'medicare-part-b';
  if (list === 'carc' && ex.code === '29' && medicare) return 'playbook.payer.medicareLate';
  if (list === 'rarc' && ex.code === 'MA130') return 'playbook.payer.newClaim';
  if (!ex.inPlaybook || !ex.entry.actions.includes('corrected-claim')) return '';
  if (type === 'medicare-part-b') return 'playbook.payer.partB';
  if (type === 'medicare-part-a') return 'playbook.payer.partA';
  return '';
}

/** Part B takes no corrected claim; a Medicare late-filing denial has no letter to write. */
function templateFor(type: PayerType, list: 'carc' | 'rarc', ex: Explanation, template: TemplateId | null): TemplateId | null {
  if (list === 'carc' && ex.code === '29' && (type === 'medicare-part-a' || type === 'medicare-part-b')) return null;
  if (template === 'corrected-claim' && type === 'medicare-part-b') return null;
  return template;
}

function findingFor(list: 'carc' | 'rarc', group: string, ex: Explanation, type: PayerType): Finding {
  const display = list === 'carc' && group ? `${group}-${ex.code}` : ex.code;
  const base = { list, group, code: ex.code, groupPrefix: list === 'carc' && group ? `${group}-` : '', payerNoteKey: payerNoteKey(type, list, ex) };
  const where = { line: 0 };
  if (ex.inPlaybook) {
    const params = { ...base, ...playbookParams(base, 'en') };
    return makeFinding('denial-playbook', severityOf(ex), where, display, `check.denial-playbook.${list}`, params,
      { fixKey: 'check.denial-playbook.fix', templateId: templateFor(type, list, ex, ex.entry.template), sourceKey: 'check.source.playbook' });
  }
  if (ex.official) {
    return makeFinding('denial-playbook', 'info', where, display, 'check.denial-playbook.official', { ...base, official: ex.official },
      { sourceKey: 'check.source.officialList' });
  }
  return makeFinding('denial-playbook', 'info', where, display, 'check.denial-playbook.unknown', base);
}

export const denialPlaybook: Rule = {
  id: 'denial-playbook',
  check(ctx) {
    const official = ctx.settings.officialLists ?? null;
    const type = classifyClaimPayer(ctx.claim).type;
    // A remit repeats the same few codes on every line: one finding per code, listing its lines.
    const byKey = new Map<string, { finding: Finding; lines: number[] }>();
    const place = (line: number, key: string, make: () => Finding) => {
      const hit = byKey.get(key);
      if (hit) { if (!hit.lines.includes(line)) hit.lines.push(line); return; }
      byKey.set(key, { finding: make(), lines: [line] });
    };
    ctx.claim.lines.forEach((line, i) => {
      for (const adj of line.adjustments) {
        const ex = explainAdjustment(adj.group, adj.reason, official);
        if (!ex.code) continue;
        // Normalised code in the key: "045" and "45" are one adjustment.
        place(i, `carc|${adj.group ?? ''}|${ex.code}`, () => findingFor('carc', adj.group ?? '', ex, type));
      }
      for (const remark of line.remarks) {
        const ex = explainRemark(remark, official);
        if (ex.code) place(i, `rarc|${ex.code}`, () => findingFor('rarc', '', ex, type));
      }
    });
    return [...byKey.values()].map(({ finding, lines }) => {
      const linesText = lines.map((l) => l + 1).join(', ');
      const f: Finding = { ...finding, where: { line: lines[0]! }, params: { ...finding.params, lines: linesText } };
      return lines.length > 1 ? { ...f, lines } : f;
    });
  },
};
