/** Playbook text for a denial-playbook finding in a given locale (kept apart so render.ts can use it). */
import type { Locale } from '@/lib/platform/i18n';
import { GROUPS, lookupCarc, lookupRarc, type PlaybookAction } from '@/lib/denials';
import type { AdjustmentGroup } from '@/lib/claim/types';
import type { Finding, FindingParams } from '@/lib/checks/types';

export function playbookParams(params: FindingParams, locale: Locale): FindingParams {
  const code = String(params.code ?? '');
  const entry = params.list === 'rarc' ? lookupRarc(code) : lookupCarc(code);
  const group = GROUPS[String(params.group ?? '') as AdjustmentGroup];
  // "CO (Contractual obligation): the patient may not be billed …" — the group changes who pays.
  const out: FindingParams = {
    groupNote: group ? `${group.group} (${group[locale].name})${locale === 'fr' ? ' : ' : ': '}${group[locale].explanation}` : '',
  };
  if (entry) {
    // Group-specific text (CO-45 vs PR-45) when the entry has it for this group.
    const text = entry.byGroup?.[String(params.group ?? '') as AdjustmentGroup]?.[locale] ?? entry[locale];
    out.title = text.title;
    out.explanation = text.explanation;
    out.steps = text.steps.join(' ');
  }
  return out;
}

// What replaces "send a corrected claim" for the payer types where it is the wrong remedy.
const CORRECTED_CLAIM_INSTEAD: Record<string, PlaybookAction> = {
  'playbook.payer.partB': 'reopening',
  'playbook.payer.partA': 'adjustment-bill',
  'playbook.payer.newClaim': 'new-claim',
};

/** The playbook's usual next steps for a denial-playbook finding (empty for other findings), per payer type. */
export function playbookActions(finding: Finding): PlaybookAction[] {
  if (finding.rule !== 'denial-playbook') return [];
  const code = String(finding.params.code ?? '');
  const entry = finding.params.list === 'rarc' ? lookupRarc(code) : lookupCarc(code);
  if (!entry) return [];
  const instead = CORRECTED_CLAIM_INSTEAD[String(finding.params.payerNoteKey ?? '')];
  let actions = instead ? entry.actions.map((a) => (a === 'corrected-claim' ? instead : a)) : entry.actions;
  // Original Medicare CARC 29: no appeal rights.
  if (finding.params.payerNoteKey === 'playbook.payer.medicareLate') actions = actions.filter((a) => a !== 'appeal');
  return [...new Set(actions)];
}
